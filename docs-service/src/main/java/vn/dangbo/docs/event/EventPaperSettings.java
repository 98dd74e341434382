package vn.dangbo.docs.event;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The gatherings' and the tournament's documents' values as configured ({@code dangbo.docs.*}). */
public class EventPaperSettings {

    @Produces
    @Singleton
    GatheringPapers gatheringPapers(@ConfigProperty(name = "dangbo.docs.place") String place,
            @ConfigProperty(name = "dangbo.docs.signer-name") Optional<String> signerName) {
        return new GatheringPapers(place, signerName.orElse(""));
    }

    @Produces
    @Singleton
    TournamentPapers tournamentPapers(@ConfigProperty(name = "dangbo.docs.place") String place,
            @ConfigProperty(name = "dangbo.docs.signer-name") Optional<String> signerName) {
        return new TournamentPapers(place, signerName.orElse(""));
    }
}

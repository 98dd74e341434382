package vn.dangbo.docs.election;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The election documents' values as configured ({@code dangbo.docs.*}). */
public class ElectionSettings {

    @Produces
    @Singleton
    BallotPapers ballots(@ConfigProperty(name = "dangbo.docs.place") String place) {
        return new BallotPapers(place);
    }

    @Produces
    @Singleton
    ElectionPapers papers(@ConfigProperty(name = "dangbo.docs.place") String place,
            @ConfigProperty(name = "dangbo.docs.signer-name") Optional<String> signerName) {
        return new ElectionPapers(place, signerName.orElse(""));
    }
}

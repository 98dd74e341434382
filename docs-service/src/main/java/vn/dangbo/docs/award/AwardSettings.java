package vn.dangbo.docs.award;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The award documents' values as configured ({@code dangbo.docs.*}). */
public class AwardSettings {

    @Produces
    @Singleton
    AwardPapers papers(@ConfigProperty(name = "dangbo.docs.place") String place,
            @ConfigProperty(name = "dangbo.docs.signer-name") Optional<String> signerName) {
        return new AwardPapers(place, signerName.orElse(""));
    }
}

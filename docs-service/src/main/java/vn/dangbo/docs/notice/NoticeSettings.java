package vn.dangbo.docs.notice;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The congress documents' values as configured ({@code dangbo.docs.*}). */
public class NoticeSettings {

    @Produces
    @Singleton
    CongressNoticeValues values(@ConfigProperty(name = "dangbo.docs.place") String place,
            @ConfigProperty(name = "dangbo.docs.signer-name") Optional<String> signerName) {
        return new CongressNoticeValues(place, signerName.orElse(""));
    }

    @Produces
    @Singleton
    CongressPapers papers(@ConfigProperty(name = "dangbo.docs.place") String place,
            @ConfigProperty(name = "dangbo.docs.signer-name") Optional<String> signerName) {
        return new CongressPapers(place, signerName.orElse(""));
    }
}

package vn.dangbo.docs.notice;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The notice composer as configured ({@code dangbo.docs.*}). */
public class NoticeSettings {

    @Produces
    @Singleton
    NoticeComposer composer(@ConfigProperty(name = "dangbo.docs.place") String place,
            @ConfigProperty(name = "dangbo.docs.signer-name") Optional<String> signerName) {
        return new NoticeComposer(place, signerName.orElse(""));
    }
}

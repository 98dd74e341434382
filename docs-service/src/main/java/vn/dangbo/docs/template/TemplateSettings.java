package vn.dangbo.docs.template;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The templates as configured: {@code dangbo.docs.templates-dir} holds files that replace the built-in ones. */
public class TemplateSettings {

    @Produces
    @Singleton
    DocumentTemplates templates(@ConfigProperty(name = "dangbo.docs.templates-dir") Optional<Path> overrideDir) {
        return new DocumentTemplates(overrideDir);
    }
}

package vn.dangbo.systemtest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.stack.DangboStack;

/**
 * The image recipe (deploy/k8s/Dockerfile.jvm) copies what the packaged services really contain. This is the one check
 * of the Kubernetes deployment that needs the packaged services; the manifests themselves (policy, environment,
 * CloudNativePG, overlays, the recipe's user) are checked offline in deploy/k8s (module k8s-manifests).
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("dangbo.repository.root", "../..")).toAbsolutePath()
            .normalize();

    @Test
    void theImageRecipeCopiesWhatThePackagedServicesContain() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("deploy/k8s/Dockerfile.jvm"));
        for (DangboStack.Service service : DangboStack.SERVICES) {
            Path app = ROOT.resolve(service.module()).resolve("target/quarkus-app");
            for (String part : List.of("lib", "app", "quarkus", "quarkus-run.jar")) {
                assertTrue(Files.exists(app.resolve(part)), app.resolve(part) + " (packaged before this module)");
                assertTrue(dockerfile.contains("${SERVICE}/target/quarkus-app/"
                        + (part.endsWith(".jar") ? "*.jar" : part + "/")), "Dockerfile copies " + part);
            }
        }
    }
}

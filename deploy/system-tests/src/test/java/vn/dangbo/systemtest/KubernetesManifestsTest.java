package vn.dangbo.systemtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.stack.DangboStack;

/**
 * The hand-written Kubernetes manifests (deploy/k8s) describe the services as they really are: every
 * service deployed, probed on its health endpoints, configured through the variables it reads, its
 * database password from a secret, and its image built from the packaged application.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("dangbo.repository.root", "../..")).toAbsolutePath()
            .normalize();
    private static final Path BASE = ROOT.resolve("deploy/k8s/base/services");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void theKustomizationListsEveryManifest() throws IOException {
        JsonNode kustomization = YAML.readTree(BASE.resolve("kustomization.yaml").toFile());
        Set<String> listed = new TreeSet<>();
        kustomization.get("resources").forEach(r -> listed.add(r.asText()));
        Set<String> files;
        try (Stream<Path> list = Files.list(BASE)) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(files, listed);
    }

    @Test
    void everyServiceIsDeployedProbedAndConfiguredAsItReadsItsConfiguration() throws IOException {
        List<JsonNode> documents = documents();
        JsonNode config = find(documents, "ConfigMap", "dangbo-config");
        for (String key : List.of("KAFKA_BOOTSTRAP_SERVERS", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER")) {
            assertFalse(config.at("/data/" + key).asText().isBlank(), key);
        }
        assertEquals("8080", config.at("/data/QUARKUS_HTTP_PORT").asText());

        for (DangboStack.Service service : DangboStack.SERVICES) {
            JsonNode deployment = find(documents, "Deployment", service.module());
            JsonNode container = deployment.at("/spec/template/spec/containers/0");
            assertEquals(8080, container.at("/ports/0/containerPort").asInt(), service.module());
            assertEquals("/q/health/ready", container.at("/readinessProbe/httpGet/path").asText());
            assertEquals("/q/health/live", container.at("/livenessProbe/httpGet/path").asText());
            assertEquals("dangbo-config", container.at("/envFrom/0/configMapRef/name").asText());
            assertNotNull(container.at("/resources/limits/memory").textValue(), service.module() + " memory limit");
            assertTrue(env(container, "QUARKUS_DATASOURCE_JDBC_URL").at("/value").asText()
                    .endsWith("/" + service.database()), service.module() + " uses its own database");
            JsonNode password = env(container, "QUARKUS_DATASOURCE_PASSWORD");
            assertTrue(password.at("/value").isMissingNode(), "no password in a manifest");
            assertFalse(password.at("/valueFrom/secretKeyRef/name").asText().isBlank());

            JsonNode k8sService = find(documents, "Service", service.module());
            assertEquals("http", k8sService.at("/spec/ports/0/targetPort").asText());
            assertEquals(service.module(), k8sService.at("/spec/selector/app.kubernetes.io~1name").asText());
        }
    }

    @Test
    void theImageRecipeCopiesWhatThePackagedServicesContain() throws IOException {
        String dockerfile = Files.readString(ROOT.resolve("deploy/k8s/Dockerfile.jvm"));
        for (DangboStack.Service service : DangboStack.SERVICES) {
            Path app = ROOT.resolve(service.module()).resolve("target/quarkus-app");
            for (String part : List.of("lib", "app", "quarkus", "quarkus-run.jar")) {
                assertTrue(Files.exists(app.resolve(part)), app.resolve(part) + " (packaged before this module)");
                assertTrue(dockerfile.contains("target/quarkus-app/" + (part.endsWith(".jar") ? "*.jar" : part + "/")),
                        "Dockerfile copies " + part);
            }
        }
    }

    private static List<JsonNode> documents() throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (Stream<Path> list = Files.list(BASE)) {
            for (Path file : list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                YAMLParser parser = new YAMLFactory().createParser(file.toFile());
                ObjectReader reader = YAML.readerFor(JsonNode.class);
                reader.<JsonNode>readValues(parser).forEachRemaining(documents::add);
            }
        }
        return documents;
    }

    private static JsonNode find(List<JsonNode> documents, String kind, String name) {
        return documents.stream()
                .filter(d -> kind.equals(d.path("kind").asText()) && name.equals(d.at("/metadata/name").asText()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    private static JsonNode env(JsonNode container, String name) {
        for (JsonNode variable : container.path("env")) {
            if (name.equals(variable.path("name").asText())) {
                return variable;
            }
        }
        throw new AssertionError("no env " + name);
    }
}

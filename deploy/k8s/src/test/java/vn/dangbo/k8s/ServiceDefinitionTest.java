package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The four services are one definition (base/services/service) and each service's values
 * (base/services/&lt;service&gt;/values.yaml): every value lands in its service's objects and no placeholder of the
 * definition reaches a cluster.
 */
class ServiceDefinitionTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    /** The placeholders of base/services/service/service.yaml, besides the name {@code service}. */
    private static final Set<String> PLACEHOLDERS = Set.of("dangbo/service", "dangbo-pg-database",
            "jdbc:postgresql://dangbo-pg-rw:5432/database", "MEMORY-REQUEST", "MEMORY-LIMIT", "TMP-SIZE");

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void noPlaceholderOfTheDefinitionIsLeft(String kustomization) {
        List<String> left = new ArrayList<>();
        for (ObjectNode object : Manifests.render(kustomization)) {
            String where = object.path("kind").asText() + " " + object.at("/metadata/name").asText();
            collectPlaceholders(object, null, where, left);
        }
        assertEquals(List.of(), left);
    }

    private static void collectPlaceholders(JsonNode node, String field, String where, List<String> left) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> collectPlaceholders(e.getValue(), e.getKey(), where, left));
        } else if (node.isArray()) {
            node.forEach(element -> collectPlaceholders(element, field, where, left));
        } else if (PLACEHOLDERS.contains(node.asText())
                || node.asText().equals("service") && !"app.kubernetes.io/component".equals(field)) {
            left.add(where + ": " + field + "=" + node.asText());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "congress-service", "emulation-service", "docs-service"})
    void eachServiceGetsItsOwnValues(String service) throws IOException {
        JsonNode values = YAML.readTree(Manifests.K8S.resolve("base/services").resolve(service).resolve("values.yaml")
                .toFile()).path("data");
        assertEquals(service, values.path("name").asText());
        List<ObjectNode> objects = Manifests.render("base");
        for (String kind : List.of("ServiceAccount", "Deployment", "Service", "PodDisruptionBudget",
                "HorizontalPodAutoscaler", "NetworkPolicy")) {
            assertEquals(service, Manifests.find(objects, kind, service)
                    .at("/metadata/labels/app.kubernetes.io~1name").asText(), kind);
        }
        ObjectNode deployment = Manifests.find(objects, "Deployment", service);
        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertEquals(service, container.path("name").asText());
        assertEquals("dangbo/" + service, container.path("image").asText());
        assertEquals(values.path("memory-request").asText(), container.at("/resources/requests/memory").asText());
        assertEquals(values.path("memory-limit").asText(), container.at("/resources/limits/memory").asText());
        Map<String, JsonNode> env = new HashMap<>();
        container.path("env").forEach(e -> env.put(e.path("name").asText(), e));
        assertEquals("jdbc:postgresql://dangbo-pg-rw:5432/" + values.path("database").asText(),
                env.get("QUARKUS_DATASOURCE_JDBC_URL").path("value").asText());
        assertEquals(values.path("database-secret").asText(),
                env.get("QUARKUS_DATASOURCE_PASSWORD").at("/valueFrom/secretKeyRef/name").asText());
        assertEquals(service, env.get("KAFKA_SASL_JAAS_CONFIG").at("/valueFrom/secretKeyRef/name").asText());
        JsonNode tmp = null;
        for (JsonNode volume : deployment.at("/spec/template/spec/volumes")) {
            if (volume.path("name").asText().equals("tmp")) {
                tmp = volume;
            }
        }
        assertTrue(tmp != null, service + " has its /tmp volume");
        assertEquals(values.path("tmp-size").asText(), tmp.at("/emptyDir/sizeLimit").asText());
    }
}

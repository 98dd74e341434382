package vn.dangbo.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each service's OpenAPI document, as its build writes it (quarkus.smallrye-openapi.store-schema-directory), describes
 * what travels on the wire, never the Java class behind it: a Jackson tree (JsonNode: valueNode, containerNode...)
 * or a java.time value (YearMonth: prolepticMonth, leapYear...) scanned as a bean gives a client a model it cannot
 * read the JSON into.
 */
class OpenApiDocumentsTest {

    /** Properties only a scanned JsonNode or java.time class has; no API record of ours has them. */
    private static final Set<String> CLASS_INTERNALS = Set.of("valueNode", "containerNode", "missingNode",
            "nodeType", "pojo", "integralNumber", "prolepticMonth", "leapYear", "monthValue", "epochSecond",
            "chronology", "dayOfWeek");
    private static final Set<String> CLASS_SCHEMAS = Set.of("JsonNode", "JsonNodeType", "ObjectNode", "ArrayNode",
            "Object");

    static JsonNode document(String service) throws IOException {
        Path file = Path.of(System.getProperty("dangbo.repository.root"), service, "target/openapi/openapi.json");
        assertTrue(Files.isRegularFile(file), file + " missing: the service writes it when it is packaged");
        return new ObjectMapper().readTree(file.toFile());
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "congress-service", "emulation-service", "docs-service"})
    void noJavaClassLeaksIntoTheDocument(String service) throws IOException {
        JsonNode schemas = document(service).path("components").path("schemas");
        List<String> leaks = new ArrayList<>();
        schemas.fieldNames().forEachRemaining(name -> {
            if (CLASS_SCHEMAS.contains(name)) {
                leaks.add("components.schemas." + name);
            }
        });
        walk(document(service), "", leaks);
        assertEquals(List.of(), leaks, service + ": schemas of Java classes instead of the JSON they write");
    }

    @ParameterizedTest
    @ValueSource(strings = {"registry-service", "emulation-service"})
    void freeFormJsonIsDescribedAsWhatItIs(String service) throws IOException {
        JsonNode schemas = document(service).path("components").path("schemas");
        Map<String, String> expected = service.equals("registry-service")
                ? Map.of("AuditEntryResponse.before", "object", "AuditEntryResponse.after", "object",
                        "ImportJobResponse.report", "object")
                : Map.of("SettingsResponse.sections", "object", "MatchResponse.sets", "array");
        expected.forEach((field, type) -> {
            String[] at = field.split("\\.");
            JsonNode property = schemas.path(at[0]).path("properties").path(at[1]);
            assertTrue(property.toString().contains("\"" + type + "\""), field + " is not an " + type + ": " + property);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"congress-service"})
    void yearMonthIsTheTextItIsWritten(String service) throws IOException {
        JsonNode yearMonth = document(service).path("components").path("schemas").path("YearMonth");
        assertEquals("string", yearMonth.path("type").asText(), yearMonth.toString());
    }

    private static void walk(JsonNode node, String path, List<String> leaks) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.fieldNames().forEachRemaining(name -> {
                    if (CLASS_INTERNALS.contains(name)) {
                        leaks.add(path + ".properties." + name);
                    }
                });
            }
            node.fields().forEachRemaining(e -> walk(e.getValue(), path + "." + e.getKey(), leaks));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "[" + i + "]", leaks);
            }
        }
    }
}

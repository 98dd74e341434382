package vn.dangbo.emulation.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The AsyncAPI document and the schema files say the same thing: every type it lists as produced has its schema file
 * (a subscriber following the document never meets a missing schema), every schema file is listed, and each schema
 * names its own type in its {@code $id} and forbids personal data a subscriber must never receive.
 */
class EventsDocumentTest {

    private static final Path EVENTS = Path.of("src/main/resources/META-INF/resources/events");
    private static final Pattern OWN_REF = Pattern.compile("\\$ref: 'schemas/(vn\\.dangbo\\.emulation\\.[^']+)\\.json'");
    private static final Set<String> PERSONAL = Set.of("nationalId", "phone", "birthDate", "dateOfBirth");

    @Test
    void everyProducedTypeHasItsSchemaAndEverySchemaIsListed() throws IOException {
        String asyncapi = Files.readString(EVENTS.resolve("asyncapi.yaml"), StandardCharsets.UTF_8);
        Set<String> listed = new TreeSet<>();
        Matcher m = OWN_REF.matcher(asyncapi);
        while (m.find()) {
            listed.add(m.group(1));
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> schemas = Files.list(EVENTS.resolve("schemas"))) {
            schemas.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).forEach(files::add);
        }
        assertEquals(files, listed, "the AsyncAPI document lists exactly the schema files");
        for (String type : listed) {
            assertTrue(asyncapi.contains("name: " + type), type + " named as a message");
        }
    }

    @Test
    void eachSchemaNamesItsTypeAndCarriesNoPersonalData() throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> schemas = Files.list(EVENTS.resolve("schemas"))) {
            for (Path file : schemas.toList()) {
                String type = file.getFileName().toString().replaceFirst("\\.json$", "");
                JsonNode schema = json.readTree(file.toFile());
                assertEquals("urn:dangbo:event:" + type, schema.path("$id").asText(), file + " $id");
                assertEquals(false, schema.path("additionalProperties").asBoolean(true),
                        file + " refuses properties it does not describe");
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String field : PERSONAL) {
                    assertTrue(!text.contains("\"" + field + "\""), file + " must not describe " + field);
                }
            }
        }
    }
}

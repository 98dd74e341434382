package vn.dangbo.testsupport.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class EventSchemasTest {

    private static final Path SCHEMA = Paths.get("src/test/resources/schemas/vn.dangbo.test.member.registered.v1.json");
    private static final String TYPE = "vn.dangbo.registry.member.registered.v1";
    private static final String SOURCE = "/dangbo/registry-service";

    @Test
    void aValidDocumentPasses() {
        EventSchemas.assertValid(SCHEMA, "{\"member\":{\"id\":\"0b9e3a4c-5d2f-4a61-9c1e-2f3a4b5c6d7e\","
                + "\"fullName\":\"Nguyễn Văn A\",\"sex\":\"MALE\"},\"registeredOn\":\"2024-05-10\"}");
    }

    @Test
    void anInvalidDocumentIsRejectedWithEveryMessageNamingTheField() {
        AssertionError e = assertThrows(AssertionError.class, () -> EventSchemas.assertValid(SCHEMA,
                "{\"member\":{\"id\":\"not-a-uuid\",\"sex\":\"OTHER\",\"nickname\":\"x\"},\"registeredOn\":\"10/05/2024\"}"));
        String message = e.getMessage();
        assertTrue(message.contains("fullName"), message);      // required property missing
        assertTrue(message.contains("/member/id: "), message);  // format uuid
        assertTrue(message.contains("/member/sex: "), message); // enum
        assertTrue(message.contains("nickname"), message);      // additionalProperties
        assertTrue(message.contains("/registeredOn: "), message); // format date
        assertTrue(message.startsWith("5 schema violation(s)"), message);
    }

    @Test
    void notJsonIsAnAssertionError() {
        assertThrows(AssertionError.class, () -> EventSchemas.assertValid(SCHEMA, "{nope"));
    }

    @Test
    void cloudEventHeadersAreChecked() {
        ConsumerRecord<String, String> good = record("m-1", "1.0", "e-1", TYPE, SOURCE, "m-1", "2024-05-10T08:15:30.123Z",
                "application/json");
        EventSchemas.assertCloudEvent(good, TYPE, SOURCE);
        EventSchemas.assertCloudEvent(record("m-1", "1.0", "e-1", TYPE, SOURCE, "m-1", "2024-05-10T15:15:30+07:00",
                "application/json"), TYPE, SOURCE);

        ConsumerRecord<String, String> bad = record("m-1", "0.3", "", "other.type", SOURCE, "m-2", "2024-05-10 08:15",
                "text/plain");
        AssertionError e = assertThrows(AssertionError.class, () -> EventSchemas.assertCloudEvent(bad, TYPE, SOURCE));
        for (String header : new String[] {"ce_specversion", "ce_id", "ce_type", "ce_subject", "ce_time", "content-type"}) {
            assertTrue(e.getMessage().contains(header), e.getMessage());
        }
        assertFalse(e.getMessage().contains("ce_source"), e.getMessage());

        ConsumerRecord<String, String> none = new ConsumerRecord<>("t", 0, 0L, "k", "{}");
        assertThrows(AssertionError.class, () -> EventSchemas.assertCloudEvent(none, TYPE, SOURCE));
    }

    @Test
    void rfc3339() {
        assertTrue(EventSchemas.isRfc3339("2024-05-10T08:15:30Z"));
        assertTrue(EventSchemas.isRfc3339("2024-05-10T08:15:30.123456789+07:00"));
        assertFalse(EventSchemas.isRfc3339("2024-05-10T08:15Z"));
        assertFalse(EventSchemas.isRfc3339("2024-05-10T08:15:30"));
        assertFalse(EventSchemas.isRfc3339("2024-13-10T08:15:30Z"));
    }

    @Test
    void producerSchemasAreFoundFromTheRepositoryRoot() {
        Path root = EventSchemas.repositoryRoot();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")));
        assertTrue(Files.isDirectory(root.resolve("deploy/test-support")));
        AssertionError e = assertThrows(AssertionError.class,
                () -> EventSchemas.producerSchema("registry-service", "vn.dangbo.no.such.event.v1"));
        assertTrue(e.getMessage().contains(root.resolve("registry-service/src/main/resources/META-INF/resources/events/schemas/"
                + "vn.dangbo.no.such.event.v1.json").toString()), e.getMessage());
    }

    private static ConsumerRecord<String, String> record(String key, String specVersion, String id, String type,
            String source, String subject, String time, String contentType) {
        ConsumerRecord<String, String> r = new ConsumerRecord<>("registry.members.v1", 0, 42L, key, "{}");
        add(r, "ce_specversion", specVersion);
        add(r, "ce_id", id);
        add(r, "ce_type", type);
        add(r, "ce_source", source);
        add(r, "ce_subject", subject);
        add(r, "ce_time", time);
        add(r, "content-type", contentType);
        return r;
    }

    private static void add(ConsumerRecord<String, String> r, String name, String value) {
        r.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}

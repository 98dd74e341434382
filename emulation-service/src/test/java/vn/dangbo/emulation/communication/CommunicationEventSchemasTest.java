package vn.dangbo.emulation.communication;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.communication.CommunicationEvents.Journal;
import vn.dangbo.emulation.communication.CommunicationEvents.JournalPublished;
import vn.dangbo.emulation.communication.CommunicationEvents.MovementRef;
import vn.dangbo.emulation.communication.CommunicationEvents.PressItem;
import vn.dangbo.emulation.communication.CommunicationEvents.PressItemRecorded;
import vn.dangbo.emulation.communication.CommunicationEvents.PressMonthMissed;
import vn.dangbo.emulation.communication.CommunicationEvents.SourceGroupCount;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The schemas of {@code emulation.communications.v1} describe the records as serialised (the Quarkus tests validate
 * what is read back from Kafka; this one covers nulls and what the contract refuses), and each type is in the
 * AsyncAPI document.
 */
class CommunicationEventSchemasTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Path ASYNCAPI = Path.of("src/main/resources/META-INF/resources/events/asyncapi.yaml");
    private static final MovementRef MOVEMENT = new MovementRef(UUID.randomUUID(), "Đợt thi đua 65 năm");

    @Test
    void aPressItemWithoutALinkMatchesItsSchema() throws Exception {
        assertValid(CommunicationEvents.PRESS_ITEM_RECORDED, new PressItemRecorded(MOVEMENT, new PressItem(
                UUID.randomUUID(), "Báo Lào Cai", "NEWS", "Tin", LocalDate.of(2024, 3, 2), "2024-03", "Tin", null,
                true)));
    }

    @Test
    void aMissedMonthIsAMonthNotADay() throws Exception {
        assertValid(CommunicationEvents.PRESS_MONTH_MISSED, new PressMonthMissed(MOVEMENT, "2024-03",
                LocalDate.of(2024, 3, 31), "2024-01", "2024-05"));
        ObjectNode day = JSON.valueToTree(new PressMonthMissed(MOVEMENT, "2024-03-01", LocalDate.of(2024, 3, 31),
                "2024-01", "2024-05"));
        assertRefused(CommunicationEvents.PRESS_MONTH_MISSED, day, "month");
    }

    @Test
    void theJournalCarriesNoPersonalData() throws Exception {
        JournalPublished published = new JournalPublished(MOVEMENT, new Journal("Tập san 65 năm",
                LocalDate.of(2024, 5, 9), 500, 500, LocalDate.of(2024, 5, 9), false,
                List.of(new SourceGroupCount("STANDING", "Thường trực", 2))));
        assertValid(CommunicationEvents.JOURNAL_PUBLISHED, published);
        ObjectNode slipped = JSON.valueToTree(published);
        ((ObjectNode) slipped.path("journal")).put("editorPhone", "0912345678");
        assertRefused(CommunicationEvents.JOURNAL_PUBLISHED, slipped, "editorPhone");
    }

    @Test
    void everyTypeHasItsSchemaAndIsListedOnTheCommunicationsChannel() throws Exception {
        String asyncapi = Files.readString(ASYNCAPI, StandardCharsets.UTF_8);
        assertTrue(asyncapi.contains("address: " + CommunicationEvents.TOPIC));
        for (String type : List.of(CommunicationEvents.PRESS_ITEM_RECORDED, CommunicationEvents.PRESS_MONTH_MISSED,
                CommunicationEvents.JOURNAL_PUBLISHED)) {
            Path schema = Office.SCHEMAS.resolve(type + ".json");
            assertTrue(Files.readString(schema).contains("\"$id\": \"urn:dangbo:event:" + type + "\""), type);
            assertTrue(asyncapi.contains("$ref: 'schemas/" + type + ".json'"), type + " in the AsyncAPI document");
        }
    }

    private static void assertValid(String type, Object event) throws Exception {
        EventSchemas.assertValid(Office.SCHEMAS.resolve(type + ".json"), JSON.writeValueAsString(event));
    }

    private static void assertRefused(String type, ObjectNode payload, String offending) throws Exception {
        String json = JSON.writeValueAsString(payload);
        AssertionError refused = assertThrows(AssertionError.class,
                () -> EventSchemas.assertValid(Office.SCHEMAS.resolve(type + ".json"), json));
        assertTrue(refused.getMessage().contains(offending), refused.getMessage());
    }
}

package vn.dangbo.emulation.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.nomination.NominationEvents.FormRef;
import vn.dangbo.emulation.nomination.NominationEvents.MovementRef;
import vn.dangbo.emulation.nomination.NominationEvents.NominationRef;
import vn.dangbo.emulation.nomination.NominationEvents.OrganisationRef;
import vn.dangbo.emulation.nomination.NominationEvents.Returned;
import vn.dangbo.emulation.nomination.NominationEvents.ReviewConcluded;
import vn.dangbo.emulation.nomination.NominationEvents.Submitted;
import vn.dangbo.emulation.nomination.NominationEvents.Tally;
import vn.dangbo.emulation.nomination.NominationEvents.Threshold;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The schemas of the nominations' events describe exactly the {@link NominationEvents} records as the service
 * serialises them (every field filled, nulls where allowed; unknown properties forbidden both ways). What the running
 * service publishes is checked against the same files in {@code NominationFlowTest}.
 */
class NominationEventSchemasTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");
    private static final Path ASYNCAPI = Path.of("src/main/resources/META-INF/resources/events/asyncapi.yaml");

    private static final MovementRef MOVEMENT = new MovementRef(UUID.randomUUID(),
            "Phong trào thi đua chào mừng 65 năm Ngày thành lập Đảng bộ Khối", "2024-khoi-65-nam");
    private static final OrganisationRef UNIT = new OrganisationRef(UUID.randomUUID(), "Chi bộ Sở Tư pháp");
    private static final Instant AT = Instant.parse("2024-04-19T16:59:00Z");

    static NominationRef nomination(NominationState state) {
        return new NominationRef(UUID.randomUUID(), Nomination.NomineeKind.MEMBER, UUID.randomUUID(),
                "Nguyễn Thị An", UNIT, UNIT, new FormRef("GIAY_KHEN_BTV_DUK", "Giấy khen",
                        "Ban Thường vụ Đảng ủy Khối"), "Hoàn thành xuất sắc nhiệm vụ năm 2023", state, 2);
    }

    @Test
    void aSubmissionOnTimeOrLateUnderAnOverrideMatchesItsSchema() throws Exception {
        assertMatches(NominationEvents.SUBMITTED, new Submitted(MOVEMENT, nomination(NominationState.SUBMITTED), AT,
                false, null, false));
        assertMatches(NominationEvents.SUBMITTED, new Submitted(MOVEMENT, nomination(NominationState.SUBMITTED), AT,
                true, "Đơn vị ở vùng sâu, Văn phòng cho nộp đến 22/4", true));
    }

    @Test
    void aReturnCarriesItsReasons() throws Exception {
        assertMatches(NominationEvents.RETURNED, new Returned(MOVEMENT, nomination(NominationState.RETURNED),
                List.of("Thiếu báo cáo thành tích", "Chưa có xác nhận của cấp ủy"), AT));
        ObjectNode none = JSON.valueToTree(new Returned(MOVEMENT, nomination(NominationState.RETURNED), List.of(),
                AT));
        assertRefused(NominationEvents.RETURNED, none, "reasons");
    }

    @Test
    void aConcludedReviewCarriesTheTallyAndTheThresholdUsed() throws Exception {
        assertMatches(NominationEvents.REVIEW_CONCLUDED, new ReviewConcluded(MOVEMENT,
                nomination(NominationState.REJECTED), NominationState.REJECTED, new Tally(7, 7, 6, 1),
                new Threshold(CouncilVoteRules.Base.ALL_MEMBERS, 7, 90, false, 7), AT));
        ObjectNode decided = JSON.valueToTree(new ReviewConcluded(MOVEMENT, nomination(NominationState.APPROVED),
                NominationState.DECIDED, new Tally(7, 7, 7, 0), new Threshold(CouncilVoteRules.Base.PRESENT, 7, 90,
                        false, 7), AT));
        assertRefused(NominationEvents.REVIEW_CONCLUDED, decided, "outcome");
    }

    @Test
    void aNationalIdOrABirthDateIsRefused() throws Exception {
        ObjectNode submitted = JSON.valueToTree(new Submitted(MOVEMENT, nomination(NominationState.SUBMITTED), AT,
                false, null, false));
        ((ObjectNode) submitted.get("nomination")).put("nationalId", "066090001234");
        assertRefused(NominationEvents.SUBMITTED, submitted, "nationalId");
        ObjectNode returned = JSON.valueToTree(new Returned(MOVEMENT, nomination(NominationState.RETURNED),
                List.of("Thiếu hồ sơ"), AT));
        returned.put("birthDate", "1980-05-01");
        assertRefused(NominationEvents.RETURNED, returned, "birthDate");
    }

    @Test
    void everyNominationEventTypeHasItsSchemaAndIsListedOnTheAwardsChannel() throws Exception {
        String asyncapi = Files.readString(ASYNCAPI, StandardCharsets.UTF_8);
        assertTrue(asyncapi.contains("address: " + NominationEvents.TOPIC), "channel " + NominationEvents.TOPIC);
        List<String> types = eventTypes();
        assertEquals(3, types.size(), types.toString());
        for (String type : types) {
            Path schema = SCHEMAS.resolve(type + ".json");
            assertTrue(Files.isRegularFile(schema), "schema file " + schema.toAbsolutePath());
            assertTrue(Files.readString(schema).contains("\"$id\": \"urn:dangbo:event:" + type + "\""), type);
            assertTrue(asyncapi.contains("name: " + type), type + " in the AsyncAPI document");
            assertTrue(asyncapi.contains("$ref: 'schemas/" + type + ".json'"), type + "'s payload in the AsyncAPI");
        }
    }

    private static void assertMatches(String type, Object event) throws Exception {
        EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), JSON.writeValueAsString(event));
    }

    private static void assertRefused(String type, ObjectNode payload, String offending) throws Exception {
        String json = JSON.writeValueAsString(payload);
        AssertionError refused = assertThrows(AssertionError.class,
                () -> EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), json));
        assertTrue(refused.getMessage().contains(offending), refused.getMessage());
    }

    private static List<String> eventTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field field : NominationEvents.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("TOPIC")) {
                types.add((String) field.get(null));
            }
        }
        return types;
    }
}

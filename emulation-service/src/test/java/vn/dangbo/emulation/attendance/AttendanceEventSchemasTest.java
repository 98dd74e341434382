package vn.dangbo.emulation.attendance;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.attendance.AttendanceEvents.AttendanceClosed;
import vn.dangbo.emulation.attendance.AttendanceEvents.Attendee;
import vn.dangbo.emulation.attendance.AttendanceEvents.EventRef;
import vn.dangbo.emulation.attendance.AttendanceEvents.GroupCount;
import vn.dangbo.emulation.attendance.AttendanceEvents.MovementRef;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * attendance.closed.v1 as serialised matches the schema docs-service reads (the Quarkus test validates what is read
 * back from Kafka; this one covers the nulls: no higher body, a guest without a title, no substitute).
 */
class AttendanceEventSchemasTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static AttendanceClosed closed(String guestTitle) {
        OffsetDateTime at = OffsetDateTime.parse("2024-05-10T07:45:00+07:00");
        return new AttendanceClosed(new MovementRef(UUID.randomUUID(), "Đợt thi đua 65 năm"),
                new IssuingBody.Issuer(UUID.randomUUID(), "Đảng bộ Khối", null, "BLOC_COMMITTEE", "2020-2025"), null,
                new EventRef(UUID.randomUUID(), "MEETING", "Gặp mặt kỷ niệm", LocalDate.of(2024, 5, 10), "08:00",
                        "11:30", "Hội trường lớn Trường Chính trị tỉnh", "Văn phòng Đảng ủy Khối", 350),
                at.plusHours(4), 350, 2, 2, 1, List.of(new GroupCount("GUESTS", "Khách mời", 2, 2, 1)),
                List.of(new Attendee("Vũ Văn Khách", guestTitle, null, List.of("Khách mời"), null, at)));
    }

    @Test
    void aClosedAttendanceWithNullsMatchesTheSchema() throws Exception {
        EventSchemas.assertValid(Office.SCHEMAS.resolve(AttendanceEvents.CLOSED + ".json"),
                JSON.writeValueAsString(closed(null)));
    }

    @Test
    void aPhoneSlippedIntoAnAttendeeIsRefused() {
        ObjectNode slipped = JSON.valueToTree(closed("Nguyên Bí thư"));
        ((ObjectNode) slipped.path("attendees").get(0)).put("phone", "0912345678");
        AssertionError refused = assertThrows(AssertionError.class, () -> EventSchemas.assertValid(
                Office.SCHEMAS.resolve(AttendanceEvents.CLOSED + ".json"), JSON.writeValueAsString(slipped)));
        assertTrue(refused.getMessage().contains("phone"), refused.getMessage());
    }
}

package vn.dangbo.emulation.attendance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.IssuingBody;

/**
 * {@code attendance.closed.v1} on {@code emulation.events.v1} (key = the event's id), whose schema the lead writes
 * for docs-service, which prints the attendee list (danh sách đại biểu) from it. Names, titles and organisations only.
 */
public final class AttendanceEvents {

    public static final String TOPIC = "emulation.events.v1";
    public static final String CLOSED = "vn.dangbo.emulation.attendance.closed.v1";

    private AttendanceEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    /** @param startsAt "08:00", local to the movement's zone, as {@code endsAt} */
    public record EventRef(UUID id, String kind, String title, LocalDate date, String startsAt, String endsAt,
            String venue, String organiser, int plannedCount) {
    }

    /** @param accepted the seats confirmed: accepted and substitutes */
    public record GroupCount(String code, String label, long invited, long accepted, long checkedIn) {
    }

    /** @param substituteFor the invitee whose seat a deputy filled (then name and title are the deputy's) */
    public record Attendee(String name, String title, String organisation, List<String> roles, String substituteFor,
            OffsetDateTime checkedInAt) {
    }

    public record AttendanceClosed(MovementRef movement, IssuingBody.Issuer issuer, IssuingBody.Body higherBody,
            EventRef event, OffsetDateTime closedAt, int plannedCount, long invited, long accepted, long checkedIn,
            List<GroupCount> groups, List<Attendee> attendees) {
    }
}

package vn.dangbo.emulation.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The replies' and the door's API: requests and answers (times in the movement's zone, +07:00). */
public final class AttendanceRecords {

    private AttendanceRecords() {
    }

    public enum Answer {
        ACCEPT,
        DECLINE,
        /** Not coming; one deputy takes the seat (their name required). */
        SUBSTITUTE
    }

    public record SubstituteRequest(@Size(max = 200) String fullName, @Size(max = 300) String title) {
    }

    public record ReplyRequest(@NotNull Answer answer, @Valid SubstituteRequest substitute) {
    }

    public record RoleView(String code, String label, String reason) {
    }

    public record SubstituteView(String fullName, String title) {
    }

    /** Who is invited, as the door and the office see them; {@code substitute} the deputy expected in their seat. */
    public record InviteeView(UUID id, String fullName, String title, String organisationName, List<RoleView> roles,
            SubstituteView substitute) {
    }

    /**
     * @param answer     PENDING | ACCEPTED | DECLINED | SUBSTITUTE
     * @param repliedVia TOKEN (the invitee) | OFFICE (on their behalf); null while pending
     * @param repliedBy  the office's user; null when the invitee answered
     */
    public record ReplyView(String answer, SubstituteView substitute, OffsetDateTime repliedAt, String repliedVia,
            String repliedBy) {
    }

    public record ReplyResponse(InviteeView invitee, ReplyView reply, List<String> warnings) {
    }

    /** One group's replies, or the total (code and label null): each person counted once in the total. */
    public record ReplyCounts(String code, String label, long invited, long accepted, long declined,
            long substitutes, long pending) {
    }

    /** @param warnings accepted and substitutes over the planned count */
    public record RepliesResponse(UUID eventId, int planned, ReplyCounts total, List<ReplyCounts> groups,
            List<String> warnings) {
    }

    public record RemindersResponse(UUID eventId, long count, List<InviteeView> invitees) {
    }

    /**
     * A scan at the door: the invitation's token, or the invitee chosen after a lookup.
     *
     * @param nonce     the scanner's id of this scan: a retry with it is answered as the first time, recorded once
     * @param scannedAt an offline scanner's own time of the scan: the check-in's time
     */
    public record CheckInRequest(@Size(max = 64) String token, UUID inviteeId, @Size(max = 100) String nonce,
            OffsetDateTime scannedAt) {
    }

    /**
     * @param firstScan        this scan checked the person in (201)
     * @param alreadyCheckedIn they were checked in before (200): nothing changed
     * @param message          "Đã điểm danh lúc HH:mm" for a second scan
     */
    public record CheckInResponse(InviteeView invitee, OffsetDateTime checkedInAt, boolean firstScan,
            boolean alreadyCheckedIn, String message) {
    }

    public record LookupEntry(InviteeView invitee, String reply, boolean checkedIn, OffsetDateTime checkedInAt) {
    }

    public record LookupResponse(String q, List<LookupEntry> items) {
    }

    /** @param accepted the seats confirmed: accepted and substitutes */
    public record GroupAttendance(String code, String label, long invited, long accepted, long checkedIn) {
    }

    /** Live counts: each person once in the total, once in each of their groups. */
    public record AttendanceResponse(UUID eventId, String state, int planned, long invited, long accepted,
            long checkedIn, List<GroupAttendance> groups) {
    }
}

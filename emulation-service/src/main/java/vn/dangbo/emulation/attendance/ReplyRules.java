package vn.dangbo.emulation.attendance;

import java.util.Optional;
import vn.dangbo.emulation.attendance.AttendanceRecords.Answer;

/** What a reply must hold, and when the seats taken go over the event's planned count (a warning, never refused). */
public final class ReplyRules {

    /** A refusal naming the request's field. */
    public record Refusal(String field, String message) {
    }

    private ReplyRules() {
    }

    /** A substitute is one seat a named deputy fills; the other answers name nobody. */
    public static Optional<Refusal> refusal(Answer answer, String substituteName, boolean substituteGiven) {
        if (answer == Answer.SUBSTITUTE && (substituteName == null || substituteName.isBlank())) {
            return Optional.of(new Refusal("substitute.fullName", "Cử người dự thay phải ghi họ tên người dự thay"));
        }
        if (answer != Answer.SUBSTITUTE && substituteGiven) {
            return Optional.of(new Refusal("substitute", "Chỉ ghi người dự thay khi trả lời cử người dự thay"));
        }
        return Optional.empty();
    }

    /**
     * @param seatsTaken the accepted and the substitutes, this reply included
     * @return the warning when they are more than planned
     */
    public static Optional<String> overPlanned(long seatsTaken, int plannedCount) {
        if (seatsTaken <= plannedCount) {
            return Optional.empty();
        }
        return Optional.of("Số đại biểu nhận lời tham dự (" + seatsTaken + ", kể cả người dự thay) vượt số dự kiến "
                + plannedCount + " người");
    }
}

package vn.dangbo.emulation.deadline;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

/**
 * "Trước ngày 20/4/2024": due <em>before</em> a day, read strictly in the plan's zone, so the last accepted moment is
 * the last second of the day before (19/4/2024 23:59:59 in Asia/Ho_Chi_Minh) and 20/4 00:00 is late. The office may
 * let one organisation, or every one, hand in later until a moment of its choosing. Plain functions.
 */
public final class DeadlineRules {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm:ss 'ngày' d/M/yyyy");

    private DeadlineRules() {
    }

    /** An exception the office granted: for one organisation, or for all when {@code organisationId} is null. */
    public record Override(UUID organisationId, Instant until, String reason) {
    }

    /** The outcome: accepted on time, accepted late under an override, or late. */
    public record Verdict(boolean accepted, boolean late, Optional<Override> override) {
    }

    /** The last moment accepted when something is due before {@code dueBefore}: the second before it starts. */
    public static ZonedDateTime lastAcceptedMoment(LocalDate dueBefore, ZoneId zone) {
        return dueBefore.atStartOfDay(zone).minusSeconds(1);
    }

    public static boolean isLate(Instant at, LocalDate dueBefore, ZoneId zone) {
        return !at.isBefore(dueBefore.atStartOfDay(zone).toInstant());
    }

    /**
     * @param overrides every override of this kind for the movement; the one for the organisation or for all that
     *                  reaches furthest counts
     */
    public static Verdict judge(Instant at, LocalDate dueBefore, ZoneId zone, UUID organisationId,
            Collection<Override> overrides) {
        if (!isLate(at, dueBefore, zone)) {
            return new Verdict(true, false, Optional.empty());
        }
        Optional<Override> covering = overrides.stream()
                .filter(o -> o.organisationId() == null || o.organisationId().equals(organisationId))
                .filter(o -> !at.isAfter(o.until()))
                .max(java.util.Comparator.comparing(Override::until));
        return new Verdict(covering.isPresent(), true, covering);
    }

    /** "Đã quá hạn nộp <what>: hạn cuối là 23:59:59 ngày 19/4/2024 (giờ Việt Nam)". */
    public static String lateMessage(String what, LocalDate dueBefore, ZoneId zone) {
        return "Đã quá hạn nộp " + what + ": hạn cuối là " + MOMENT.format(lastAcceptedMoment(dueBefore, zone))
                + " (giờ Việt Nam, theo kế hoạch: trước ngày " + dueBefore.getDayOfMonth() + "/"
                + dueBefore.getMonthValue() + "/" + dueBefore.getYear() + "); Văn phòng có thể cho phép nộp muộn";
    }
}

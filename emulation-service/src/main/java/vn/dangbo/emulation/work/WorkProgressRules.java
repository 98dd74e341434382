package vn.dangbo.emulation.work;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Whether a work is ahead of or behind its schedule: the expected percent is the share of the days from the start
 * (its registration, or the period's start) to its target date that have elapsed at the report's date; ahead when
 * the reported percent reaches the expected one plus the margin, behind below the expected one minus the margin.
 * Plain functions.
 */
public final class WorkProgressRules {

    public enum Flag {
        AHEAD, ON_TRACK, BEHIND, DONE
    }

    public enum Status {
        REGISTERED, IN_PROGRESS, COMPLETED
    }

    private WorkProgressRules() {
    }

    /** @return the expected percent at {@code on}, 0 to 100 */
    public static int expectedPercent(LocalDate start, LocalDate target, LocalDate on) {
        if (!on.isAfter(start)) {
            return target.isAfter(start) ? 0 : 100;
        }
        if (!on.isBefore(target)) {
            return 100;
        }
        long total = ChronoUnit.DAYS.between(start, target);
        long elapsed = ChronoUnit.DAYS.between(start, on);
        return (int) (elapsed * 100 / total);
    }

    public static Flag flag(int percent, LocalDate start, LocalDate target, LocalDate on, int marginPercent) {
        if (percent >= 100) {
            return Flag.DONE;
        }
        int expected = expectedPercent(start, target, on);
        if (percent >= expected + marginPercent) {
            return Flag.AHEAD;
        }
        if (percent < expected - marginPercent) {
            return Flag.BEHIND;
        }
        return Flag.ON_TRACK;
    }

    public static Status status(int percent, boolean reported) {
        if (percent >= 100) {
            return Status.COMPLETED;
        }
        return reported ? Status.IN_PROGRESS : Status.REGISTERED;
    }

    /** The day progress is expected from: the registration day, but never before the period starts. */
    public static LocalDate start(LocalDate registeredOn, LocalDate periodStart) {
        return registeredOn.isBefore(periodStart) ? periodStart : registeredOn;
    }
}

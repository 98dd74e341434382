package vn.dangbo.kit.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One VEVENT: all-day (first and last day, both inclusive) or dated (local times in Asia/Ho_Chi_Minh). The
 * caller raises {@code sequence} whenever the event changes, so a subscribed calendar replaces its copy; a
 * cancelled event stays in the feed with {@link EventStatus#CANCELLED} (and a raised sequence) so that it is removed.
 */
public record CalendarEvent(String uid, int sequence, String summary, LocalDate firstDay, LocalDate lastDay,
        LocalDateTime start, LocalDateTime end, EventStatus status) {

    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(status, "status");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence + " is negative");
        }
        boolean allDay = firstDay != null && lastDay != null && start == null && end == null;
        boolean dated = firstDay == null && lastDay == null && start != null && end != null;
        if (!allDay && !dated) {
            throw new IllegalArgumentException(uid + ": either first and last day or start and end");
        }
        if (allDay ? lastDay.isBefore(firstDay) : end.isBefore(start)) {
            throw new IllegalArgumentException(uid + " ends before it starts");
        }
    }

    public static CalendarEvent allDay(String uid, int sequence, String summary, LocalDate firstDay,
            LocalDate lastDay) {
        return new CalendarEvent(uid, sequence, summary, firstDay, lastDay, null, null, EventStatus.CONFIRMED);
    }

    public static CalendarEvent dated(String uid, int sequence, String summary, LocalDateTime start,
            LocalDateTime end) {
        return new CalendarEvent(uid, sequence, summary, null, null, start, end, EventStatus.CONFIRMED);
    }

    /** The same event called off, with {@code sequence} (the caller raises it past the confirmed one's). */
    public CalendarEvent cancelled(int sequence) {
        return new CalendarEvent(uid, sequence, summary, firstDay, lastDay, start, end, EventStatus.CANCELLED);
    }

    public boolean isAllDay() {
        return firstDay != null;
    }
}

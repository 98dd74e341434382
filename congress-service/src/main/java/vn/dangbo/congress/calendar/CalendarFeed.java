package vn.dangbo.congress.calendar;

import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import vn.dangbo.kit.calendar.CalendarEvent;

/**
 * The events of a feed from its rows, as they stream in: each congress once (all-day over its days), then each of
 * its deadlines (one per kind of document). SEQUENCE of a congress is its version, raised by every change of the row (a reschedule, a
 * cancellation, also the record that it was held: a raise without a visible change only makes a client re-read);
 * a deadline's is its item's sequence. A cancelled congress and its deadlines stay in the feed as CANCELLED, so a
 * subscribed client removes them; cancelling raises the congress' version, and the deadlines' sequence is raised
 * by one here, since cancelling need not touch the document rows (once cancelled, a congress stays so: the raise
 * keeps SEQUENCE increasing).
 */
public final class CalendarFeed implements Consumer<CalendarRow> {

    private final Consumer<CalendarEvent> events;
    private UUID congress;

    public CalendarFeed(Consumer<CalendarEvent> events) {
        this.events = Objects.requireNonNull(events, "events");
    }

    @Override
    public void accept(CalendarRow row) {
        if (!row.congressId().equals(congress)) {
            congress = row.congressId();
            events.accept(congress(row));
        }
        if (row.hasDeadline()) {
            events.accept(deadline(row));
        }
    }

    /** "Đại hội Chi bộ I nhiệm kỳ 2020-2022" over the congress' days. */
    public static CalendarEvent congress(CalendarRow row) {
        int sequence = Math.toIntExact(row.congressVersion());
        CalendarEvent event = CalendarEvent.allDay(CalendarUids.congress(row.congressId()), sequence,
                name(row) + " nhiệm kỳ " + row.term(), row.startDate(), row.startDate().plusDays(row.days() - 1L));
        return row.cancelled() ? event.cancelled(sequence) : event;
    }

    public static CalendarEvent deadline(CalendarRow row) {
        CalendarEvent event = DeadlineEvents.of(row.congressId(), name(row), row.documentKind(), row.dueDate(),
                row.documents(), row.documentSequence());
        return row.cancelled() ? event.cancelled(row.documentSequence() + 1) : event;
    }

    private static String name(CalendarRow row) {
        return "Đại hội " + row.organisationName();
    }
}

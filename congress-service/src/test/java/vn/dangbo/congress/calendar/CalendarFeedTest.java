package vn.dangbo.congress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.checklist.DocumentKind;
import vn.dangbo.kit.calendar.CalendarEvent;
import vn.dangbo.kit.calendar.EventStatus;

/** The feed's rows as events: each congress once, then its deadlines; a cancelled one cancelled with them. */
class CalendarFeedTest {

    private static final UUID CELL = UUID.fromString("6f1c2b8e-3d4a-4e5f-9a1b-2c3d4e5f6a7b");
    private static final UUID COMMITTEE = UUID.fromString("0b6b1a9e-58d4-4c7e-a0f3-7f0e2d1c9b8a");
    private static final LocalDate APRIL_15 = LocalDate.of(2020, 4, 15);

    @Test
    void aCongressComesOnceOverItsDaysThenEachDeadline() {
        List<CalendarEvent> events = feed(
                row(CELL, 2, false, APRIL_15, 1, DocumentKind.DRAFT, LocalDate.of(2020, 4, 10), 7, 3),
                row(CELL, 2, false, APRIL_15, 1, DocumentKind.AFTER_REPORT, LocalDate.of(2020, 4, 18), 6, 0),
                row(COMMITTEE, 0, false, LocalDate.of(2020, 6, 15), 2, null, null, 0, 0));

        assertEquals(List.of(CalendarUids.congress(CELL), CalendarUids.deadline(CELL, DocumentKind.DRAFT),
                CalendarUids.deadline(CELL, DocumentKind.AFTER_REPORT), CalendarUids.congress(COMMITTEE)),
                events.stream().map(CalendarEvent::uid).toList());
        assertEquals("Đại hội Chi bộ I nhiệm kỳ 2020-2022", events.get(0).summary());
        assertEquals(List.of(2, 3, 0, 0), events.stream().map(CalendarEvent::sequence).toList());
        assertEquals("Hạn trình duyệt 7 dự thảo văn kiện – Đại hội Chi bộ I", events.get(1).summary());
        assertEquals("Hạn báo cáo 6 văn kiện sau đại hội – Đại hội Chi bộ I", events.get(2).summary());
        assertEquals(LocalDate.of(2020, 4, 10), events.get(1).firstDay());
        assertEquals(LocalDate.of(2020, 6, 16), events.get(3).lastDay());
        assertEquals(List.of(EventStatus.CONFIRMED), events.stream().map(CalendarEvent::status).distinct().toList());
    }

    @Test
    void aCancelledCongressAndItsDeadlinesAreCancelledWithARaisedSequence() {
        List<CalendarEvent> events = feed(
                row(CELL, 3, true, APRIL_15, 1, DocumentKind.DRAFT, LocalDate.of(2020, 4, 10), 7, 1));

        assertEquals(List.of(EventStatus.CANCELLED, EventStatus.CANCELLED),
                events.stream().map(CalendarEvent::status).toList());
        assertEquals(List.of(3, 2), events.stream().map(CalendarEvent::sequence).toList());
    }

    private static List<CalendarEvent> feed(CalendarRow... rows) {
        List<CalendarEvent> events = new ArrayList<>();
        CalendarFeed feed = new CalendarFeed(events::add);
        List.of(rows).forEach(feed);
        return events;
    }

    private static CalendarRow row(UUID congress, long version, boolean cancelled, LocalDate start, int days,
            DocumentKind kind, LocalDate due, int documents, int sequence) {
        boolean cell = congress.equals(CELL);
        return new CalendarRow(congress, version, cancelled, start, days, cell ? "2020-2022" : "2020-2025",
                cell ? "Chi bộ I" : "Đảng bộ Văn phòng UBND tỉnh", kind, due, documents, sequence);
    }
}

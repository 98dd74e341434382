package vn.dangbo.congress.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.dangbo.congress.checklist.ChecklistItem;
import vn.dangbo.congress.checklist.DocumentKind;
import vn.dangbo.kit.calendar.CalendarEvent;

/**
 * A congress' deadlines as all-day events: one for its drafts (the day the body above approves them by) and one for
 * its after-report, each naming how many documents are due, not one event per document on the same day: an
 * office's calendar shows the day a congress' papers are due, the checklist (GET /congresses/{id}/documents) which.
 */
public final class DeadlineEvents {

    private DeadlineEvents() {
    }

    /** The deadlines of a congress' items; items without a due date have none. */
    public static List<CalendarEvent> of(UUID congressId, String congressName, List<ChecklistItem> items,
            int sequence) {
        List<CalendarEvent> events = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.values()) {
            List<ChecklistItem> due = items.stream().filter(i -> i.kind() == kind && i.dueDate() != null).toList();
            if (!due.isEmpty()) {
                LocalDate first = due.stream().map(ChecklistItem::dueDate).min(LocalDate::compareTo).orElseThrow();
                events.add(of(congressId, congressName, kind, first, due.size(), sequence));
            }
        }
        return events;
    }

    /** The deadline of {@code documents} documents of one kind, due on {@code dueDate}. */
    public static CalendarEvent of(UUID congressId, String congressName, DocumentKind kind, LocalDate dueDate,
            int documents, int sequence) {
        Objects.requireNonNull(dueDate, "dueDate");
        String what = kind == DocumentKind.DRAFT ? "Hạn trình duyệt " + documents + " dự thảo văn kiện"
                : "Hạn báo cáo " + documents + " văn kiện sau đại hội";
        return CalendarEvent.allDay(CalendarUids.deadline(congressId, kind), sequence,
                what + " – " + congressName, dueDate, dueDate);
    }
}

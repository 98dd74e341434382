package vn.dangbo.congress.calendar;

import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.checklist.ChecklistItem;
import vn.dangbo.congress.checklist.DocumentKind;

/** A congress' document deadlines as all-day events on their due dates; an item without a due date has none. */
public final class DeadlineEvents {

    private DeadlineEvents() {
    }

    public static List<CalendarEvent> of(UUID congressId, String congressName, List<ChecklistItem> items,
            int sequence) {
        return items.stream().filter(i -> i.dueDate() != null)
                .map(i -> of(congressId, congressName, i, sequence))
                .toList();
    }

    /** One item's deadline; the item must have a due date. */
    public static CalendarEvent of(UUID congressId, String congressName, ChecklistItem item, int sequence) {
        return CalendarEvent.allDay(CalendarUids.deadline(congressId, item.code()), sequence,
                (item.kind() == DocumentKind.DRAFT ? "Hạn trình duyệt: " : "Hạn báo cáo: ") + item.name() + " – "
                        + congressName,
                item.dueDate(), item.dueDate());
    }
}

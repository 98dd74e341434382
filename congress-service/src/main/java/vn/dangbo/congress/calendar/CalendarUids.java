package vn.dangbo.congress.calendar;

import java.util.UUID;
import vn.dangbo.congress.checklist.DocumentKind;
import vn.dangbo.kit.calendar.CalendarUid;

/** UIDs derived from ids alone: the same congress or deadline keeps its UID in every export. */
public final class CalendarUids {

    /** The PRODID of congress-service's calendars. */
    public static final String PRODUCT = "-//dangbo//congress-service//VI";

    private CalendarUids() {
    }

    public static String congress(UUID congressId) {
        return CalendarUid.of("congress", congressId.toString());
    }

    /** A congress' deadline of one kind: its drafts' (approved before it) or its after-report's. */
    public static String deadline(UUID congressId, DocumentKind kind) {
        return CalendarUid.of("deadline", congressId.toString(), kind == DocumentKind.DRAFT ? "drafts" : "after-report");
    }
}

package vn.dangbo.congress.calendar;

import java.util.UUID;
import vn.dangbo.congress.checklist.DocumentKind;

/** UIDs derived from ids alone: the same congress or deadline keeps its UID in every export. */
public final class CalendarUids {

    private static final String DOMAIN = "@dangbo";

    private CalendarUids() {
    }

    public static String congress(UUID congressId) {
        return "congress-" + congressId + DOMAIN;
    }

    /** A congress' deadline of one kind: its drafts' (approved before it) or its after-report's. */
    public static String deadline(UUID congressId, DocumentKind kind) {
        return "deadline-" + congressId + "-" + (kind == DocumentKind.DRAFT ? "drafts" : "after-report") + DOMAIN;
    }
}

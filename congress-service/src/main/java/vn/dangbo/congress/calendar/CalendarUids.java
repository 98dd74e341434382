package vn.dangbo.congress.calendar;

import java.util.UUID;

/** UIDs derived from ids alone: the same congress or deadline keeps its UID in every export. */
public final class CalendarUids {

    private static final String DOMAIN = "@dangbo";

    private CalendarUids() {
    }

    public static String congress(UUID congressId) {
        return "congress-" + congressId + DOMAIN;
    }

    public static String deadline(UUID congressId, String documentCode) {
        return "deadline-" + congressId + "-" + documentCode + DOMAIN;
    }
}

package vn.dangbo.congress.plandata;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The day a plan's dates mean: a congress is held, a document falls due and becomes overdue on a day in Vietnam,
 * whatever zone the server runs in. One place for it, so every deadline check agrees on what today is.
 */
public final class VietnamDay {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnamDay() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}

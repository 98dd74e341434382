package vn.dangbo.congress.round;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A window of the plan, both days inclusive (e.g. the cells' congresses within 1/4/2020 - 30/4/2020). */
public record DateWindow(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** @return whether a congress from {@code start} to {@code end} lies wholly inside the window */
    public boolean contains(LocalDate start, LocalDate end) {
        return !start.isBefore(from) && !end.isAfter(to);
    }

    /** As an office writes it: {@code 01/04/2020 - 30/04/2020}. */
    public String text() {
        return format(from) + " - " + format(to);
    }

    public static String format(LocalDate date) {
        return VIETNAMESE.format(date);
    }
}

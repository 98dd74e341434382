package vn.dangbo.emulation.communication;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** Dates as a Vietnamese reader writes them in a message: 9/5/2024, tháng 3/2024. */
public final class CommunicationText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private CommunicationText() {
    }

    public static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public static String month(YearMonth month) {
        return "tháng " + month.getMonthValue() + "/" + month.getYear();
    }
}

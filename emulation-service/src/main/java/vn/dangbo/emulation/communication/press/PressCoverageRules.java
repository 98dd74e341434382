package vn.dangbo.emulation.communication.press;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * §II.2 "từ tháng 01 trở đi, mỗi tháng có ít nhất một bài viết": each month of the plan with its count of press
 * items; a month is missed once it has ended (today is after its last day) with none. A month still running is never
 * missed, however late in the month it is.
 */
public final class PressCoverageRules {

    private PressCoverageRules() {
    }

    /** @param ended the month's last day is before today; @param missed ended with no item */
    public record MonthCoverage(YearMonth month, long items, boolean ended, boolean missed) {
    }

    /** @param counts items per month of publication (months absent have none) */
    public static List<MonthCoverage> months(YearMonth from, YearMonth until, Map<YearMonth, Long> counts,
            LocalDate today) {
        List<MonthCoverage> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(until); m = m.plusMonths(1)) {
            long items = counts.getOrDefault(m, 0L);
            boolean ended = today.isAfter(m.atEndOfMonth());
            months.add(new MonthCoverage(m, items, ended, ended && items == 0));
        }
        return months;
    }

    /** The months missed so far, oldest first. */
    public static List<YearMonth> missed(YearMonth from, YearMonth until, Map<YearMonth, Long> counts,
            LocalDate today) {
        return months(from, until, counts, today).stream().filter(MonthCoverage::missed).map(MonthCoverage::month)
                .toList();
    }

    /** Whether an item published that day counts toward a month of the plan (one before monthlyFrom is kept only). */
    public static boolean counts(LocalDate publishedOn, YearMonth from, YearMonth until) {
        YearMonth m = YearMonth.from(publishedOn);
        return !m.isBefore(from) && !m.isAfter(until);
    }
}

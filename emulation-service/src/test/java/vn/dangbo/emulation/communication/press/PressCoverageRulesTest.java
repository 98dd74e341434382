package vn.dangbo.emulation.communication.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PressCoverageRulesTest {

    private static final YearMonth JANUARY = YearMonth.of(2024, 1);
    private static final YearMonth MAY = YearMonth.of(2024, 5);
    private static final Map<YearMonth, Long> JAN_FEB_APR = Map.of(YearMonth.of(2024, 1), 2L,
            YearMonth.of(2024, 2), 1L, YearMonth.of(2024, 4), 1L);

    @Test
    void marchIsMissedOnceItHasEndedWithoutAnItem() {
        assertEquals(List.of(YearMonth.of(2024, 3)),
                PressCoverageRules.missed(JANUARY, MAY, JAN_FEB_APR, LocalDate.of(2024, 4, 1)));
    }

    @Test
    void marchIsNotMissedOnItsLastDay() {
        assertEquals(List.of(), PressCoverageRules.missed(JANUARY, MAY, JAN_FEB_APR, LocalDate.of(2024, 3, 31)));
        PressCoverageRules.MonthCoverage march = PressCoverageRules.months(JANUARY, MAY, JAN_FEB_APR,
                LocalDate.of(2024, 3, 31)).get(2);
        assertEquals(YearMonth.of(2024, 3), march.month());
        assertFalse(march.ended());
        assertFalse(march.missed());
    }

    @Test
    void everyMonthOfThePlanIsListedWithItsCount() {
        List<PressCoverageRules.MonthCoverage> months = PressCoverageRules.months(JANUARY, MAY, JAN_FEB_APR,
                LocalDate.of(2024, 6, 1));
        assertEquals(List.of(2L, 1L, 0L, 1L, 0L), months.stream().map(PressCoverageRules.MonthCoverage::items)
                .toList());
        assertEquals(List.of(YearMonth.of(2024, 3), YearMonth.of(2024, 5)),
                PressCoverageRules.missed(JANUARY, MAY, JAN_FEB_APR, LocalDate.of(2024, 6, 1)));
    }

    @Test
    void anItemBeforeTheFirstMonthIsKeptButDoesNotCount() {
        assertFalse(PressCoverageRules.counts(LocalDate.of(2023, 12, 31), JANUARY, MAY));
        assertTrue(PressCoverageRules.counts(LocalDate.of(2024, 1, 1), JANUARY, MAY));
        assertTrue(PressCoverageRules.counts(LocalDate.of(2024, 5, 31), JANUARY, MAY));
        assertFalse(PressCoverageRules.counts(LocalDate.of(2024, 6, 1), JANUARY, MAY));
    }
}

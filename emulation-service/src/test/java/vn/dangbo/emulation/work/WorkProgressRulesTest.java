package vn.dangbo.emulation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.work.WorkProgressRules.Flag;
import vn.dangbo.emulation.work.WorkProgressRules.Status;

class WorkProgressRulesTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    /** 100 days after the start. */
    private static final LocalDate TARGET = LocalDate.of(2024, 4, 10);

    @Test
    void theExpectedPercentIsTheShareOfElapsedDays() {
        assertEquals(0, WorkProgressRules.expectedPercent(START, TARGET, START));
        assertEquals(50, WorkProgressRules.expectedPercent(START, TARGET, START.plusDays(50)));
        assertEquals(100, WorkProgressRules.expectedPercent(START, TARGET, TARGET));
        assertEquals(100, WorkProgressRules.expectedPercent(START, TARGET, TARGET.plusDays(5)));
    }

    @Test
    void aheadAtTheExpectedPercentPlusTheMarginBehindBelowItMinusTheMargin() {
        LocalDate halfway = START.plusDays(50);
        assertEquals(Flag.AHEAD, WorkProgressRules.flag(60, START, TARGET, halfway, 10));
        assertEquals(Flag.ON_TRACK, WorkProgressRules.flag(59, START, TARGET, halfway, 10));
        assertEquals(Flag.ON_TRACK, WorkProgressRules.flag(40, START, TARGET, halfway, 10));
        assertEquals(Flag.BEHIND, WorkProgressRules.flag(39, START, TARGET, halfway, 10));
        assertEquals(Flag.BEHIND, WorkProgressRules.flag(49, START, TARGET, halfway, 0));
        assertEquals(Flag.DONE, WorkProgressRules.flag(100, START, TARGET, START.plusDays(1), 10));
    }

    @Test
    void completedAtAHundredPercent() {
        assertEquals(Status.REGISTERED, WorkProgressRules.status(0, false));
        assertEquals(Status.IN_PROGRESS, WorkProgressRules.status(0, true));
        assertEquals(Status.IN_PROGRESS, WorkProgressRules.status(99, true));
        assertEquals(Status.COMPLETED, WorkProgressRules.status(100, true));
    }

    @Test
    void progressIsExpectedFromThePeriodsStartForAWorkRegisteredBeforeIt() {
        LocalDate periodStart = LocalDate.of(2023, 12, 1);
        assertEquals(periodStart, WorkProgressRules.start(LocalDate.of(2023, 11, 20), periodStart));
        assertEquals(START, WorkProgressRules.start(START, periodStart));
    }
}

package vn.dangbo.registry.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.member.BadgeRules.Reached;

class BadgeRulesTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate TO = LocalDate.of(2024, 12, 31);

    @Test
    void badgesComeAtThirtyFortyThenEveryFiveYearsUpToNinety() {
        assertEquals(List.of(new Reached(30, LocalDate.of(2024, 5, 19))),
                BadgeRules.reachedWithin(LocalDate.of(1994, 5, 19), FROM, TO));
        assertEquals(List.of(), BadgeRules.reachedWithin(LocalDate.of(1989, 5, 19), FROM, TO), "35 years: no badge");
        assertEquals(List.of(new Reached(45, LocalDate.of(2024, 2, 3))),
                BadgeRules.reachedWithin(LocalDate.of(1979, 2, 3), FROM, TO));
        assertEquals(List.of(new Reached(90, LocalDate.of(2024, 12, 31))),
                BadgeRules.reachedWithin(LocalDate.of(1934, 12, 31), FROM, TO));
        assertEquals(List.of(), BadgeRules.reachedWithin(LocalDate.of(1929, 6, 1), FROM, TO), "95 years: none");
    }

    @Test
    void thePeriodIncludesBothEndsOnly() {
        assertEquals(1, BadgeRules.reachedWithin(LocalDate.of(1984, 1, 1), FROM, TO).size());
        assertEquals(0, BadgeRules.reachedWithin(LocalDate.of(1983, 12, 31), FROM, TO).size());
        assertEquals(0, BadgeRules.reachedWithin(LocalDate.of(1985, 1, 1), FROM, TO).size());
    }

    @Test
    void aLongPeriodCanHoldTwoBadgesOfOneMember() {
        assertEquals(List.of(40, 45), BadgeRules.reachedWithin(LocalDate.of(1980, 3, 1), LocalDate.of(2020, 1, 1),
                LocalDate.of(2025, 12, 31)).stream().map(Reached::years).toList());
    }
}

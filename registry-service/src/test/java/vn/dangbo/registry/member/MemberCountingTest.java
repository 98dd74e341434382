package vn.dangbo.registry.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.member.MemberCounting.Counted;
import vn.dangbo.registry.member.MemberCounting.Counts;

class MemberCountingTest {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 10);
    private static final UUID CELL = UUID.randomUUID();

    @Test
    void countsFullAndProbationaryBySexEthnicityAndAgeBand() {
        Counts counts = MemberCounting.count(List.of(
                member(Sex.MALE, "Kinh", LocalDate.of(1994, 5, 11), MemberStatus.FULL, null, false), // 29
                member(Sex.FEMALE, "Tày", LocalDate.of(1994, 5, 10), MemberStatus.FULL, null, false), // 30
                member(Sex.FEMALE, "H'Mông", LocalDate.of(1975, 1, 1), MemberStatus.PROBATIONARY, null, false), // 49
                member(Sex.MALE, "kinh", LocalDate.of(1964, 5, 10), MemberStatus.FULL, null, false)), DAY); // 60
        assertEquals(4, counts.total());
        assertEquals(3, counts.full());
        assertEquals(1, counts.probationary());
        assertEquals(Map.of(Sex.MALE, 2, Sex.FEMALE, 2), counts.bySex());
        assertEquals(2, counts.kinh());
        assertEquals(2, counts.ethnicMinorities());
        assertEquals(List.of("<30", "30-39", "40-49", "50-59", "60+"), List.copyOf(counts.byAgeBand().keySet()));
        assertEquals(List.of(1, 1, 1, 0, 1), List.copyOf(counts.byAgeBand().values()));
    }

    @Test
    void theElectionBaseLeavesOutProbationaryAttachedElsewhereAndExemptedMembers() {
        Counts counts = MemberCounting.count(List.of(
                member(Sex.MALE, "Kinh", LocalDate.of(1980, 1, 1), MemberStatus.FULL, null, false),
                member(Sex.MALE, "Kinh", LocalDate.of(1980, 1, 1), MemberStatus.FULL, null, false),
                member(Sex.MALE, "Kinh", LocalDate.of(1980, 1, 1), MemberStatus.FULL, UUID.randomUUID(), false),
                member(Sex.MALE, "Kinh", LocalDate.of(1940, 1, 1), MemberStatus.FULL, null, true),
                member(Sex.MALE, "Kinh", LocalDate.of(2000, 1, 1), MemberStatus.PROBATIONARY, null, false)), DAY);
        assertEquals(4, counts.full());
        assertEquals(2, counts.electionBase());
    }

    @Test
    void membersWhoLeftOrWereNotYetAdmittedAreNotCounted() {
        MemberLifecycle.Snapshot left = new MemberLifecycle.Snapshot(CELL, MemberStatus.FULL, DAY.minusYears(9),
                DAY.minusYears(8), Standing.LEFT, LifecycleStep.DECEASED, DAY.minusDays(3), null, false, DAY);
        Counts counts = MemberCounting.count(List.of(
                new Counted(Sex.MALE, "Kinh", LocalDate.of(1950, 1, 1), left),
                new Counted(Sex.MALE, "Kinh", LocalDate.of(1990, 1, 1), null)), DAY);
        assertEquals(0, counts.total());
        assertEquals(0, counts.electionBase());
    }

    @Test
    void ageBandsHaveTheReportedBoundaries() {
        assertEquals("<30", MemberCounting.ageBand(29));
        assertEquals("30-39", MemberCounting.ageBand(30));
        assertEquals("50-59", MemberCounting.ageBand(59));
        assertEquals("60+", MemberCounting.ageBand(60));
    }

    @Test
    void aMemberTakenOutOfATallyLeavesItAsBefore() {
        Counted kept = member(Sex.FEMALE, "Kinh", LocalDate.of(1990, 2, 3), MemberStatus.FULL, null, false);
        Counted moved = member(Sex.MALE, "Thái", LocalDate.of(1964, 5, 10), MemberStatus.PROBATIONARY, null, false);
        MemberCounting.Tally tally = new MemberCounting.Tally(DAY);
        tally.add(kept, 1);
        tally.add(moved, 1);
        tally.add(moved, -1);
        assertEquals(MemberCounting.count(List.of(kept), DAY), tally.counts());
    }

    @Test
    void theBandBirthdaysSplitAgesExactlyAsTheAgeRuleDoes() {
        for (LocalDate day : List.of(DAY, LocalDate.of(2024, 2, 29), LocalDate.of(2025, 3, 1), LocalDate.of(2023, 12, 31))) {
            LocalDate[] bounds = MemberCounting.ageBandBirthdays(day);
            for (int i = 0; i < bounds.length; i++) {
                int age = 30 + 10 * i;
                assertEquals(age, MembershipRules.ageOn(bounds[i], day), "born on the bound: " + bounds[i]);
                assertEquals(age - 1, MembershipRules.ageOn(bounds[i].plusDays(1), day), "a day later: " + bounds[i]);
            }
        }
    }

    private static Counted member(Sex sex, String ethnicity, LocalDate birth, MemberStatus status, UUID attachedTo,
            boolean exempted) {
        return new Counted(sex, ethnicity, birth, new MemberLifecycle.Snapshot(CELL, status, DAY.minusYears(5),
                status == MemberStatus.FULL ? DAY.minusYears(4) : null, Standing.ACTIVE, null, null, attachedTo,
                exempted, DAY.minusYears(4)));
    }
}

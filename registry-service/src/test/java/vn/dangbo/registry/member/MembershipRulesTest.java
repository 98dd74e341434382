package vn.dangbo.registry.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipRulesTest {

    @Test
    void admissionNeedsAnAgeFrom18To60() {
        LocalDate born = LocalDate.of(2000, 6, 15);
        assertTrue(MembershipRules.admissionAgeProblem(born, LocalDate.of(2018, 6, 14)).isPresent(), "one day short of 18");
        assertFalse(MembershipRules.admissionAgeProblem(born, LocalDate.of(2018, 6, 15)).isPresent(), "18th birthday");
        assertFalse(MembershipRules.admissionAgeProblem(born, LocalDate.of(2061, 6, 14)).isPresent(), "still 60");
        assertTrue(MembershipRules.admissionAgeProblem(born, LocalDate.of(2061, 6, 15)).isPresent(), "61");
    }

    /**
     * Born in June 2007, day unknown: on 15/6/2025 the person is 18 if born by the 15th, 17 if later. The admission
     * is refused only when certain, so it stands; one born in July 2007 is certainly 17 and is refused.
     */
    @Test
    void withOnlyTheBirthMonthKnownTheMinimumAgeIsRefusedOnlyWhenCertain() {
        LocalDate admitted = LocalDate.of(2025, 6, 15);
        assertFalse(MembershipRules.admissionAgeProblem(BirthDate.of("2007-06"), admitted).isPresent());
        String why = MembershipRules.admissionAgeProblem(BirthDate.of("2007-07"), admitted).orElseThrow();
        assertTrue(why.contains("mới 17 tuổi") && why.contains("tháng 7/2007"), why);
        // a full date in the same month is exact
        assertTrue(MembershipRules.admissionAgeProblem(BirthDate.of("2007-06-16"), admitted).isPresent());
    }

    /** Born in June 1964, day unknown: on 15/6/2025 the person is 61 if born by the 15th, 60 if later. */
    @Test
    void withOnlyTheBirthMonthKnownTheMaximumAgeIsRefusedOnlyWhenCertain() {
        LocalDate admitted = LocalDate.of(2025, 6, 15);
        assertFalse(MembershipRules.admissionAgeProblem(BirthDate.of("1964-06"), admitted).isPresent());
        String why = MembershipRules.admissionAgeProblem(BirthDate.of("1964-05"), admitted).orElseThrow();
        assertTrue(why.contains("đã 61 tuổi") && why.contains("tháng 5/1964"), why);
        assertTrue(MembershipRules.admissionAgeProblem(BirthDate.of("1964-06-15"), admitted).isPresent());
    }

    @Test
    void fullMembershipOnlyAfterTwelveMonthsOfProbation() {
        LocalDate admitted = LocalDate.of(2023, 3, 31);
        assertEquals(LocalDate.of(2024, 3, 31), MembershipRules.probationEnds(admitted));
        assertTrue(MembershipRules.fullMembershipProblem(admitted, LocalDate.of(2024, 3, 30)).isPresent());
        assertFalse(MembershipRules.fullMembershipProblem(admitted, LocalDate.of(2024, 3, 31)).isPresent());
        String why = MembershipRules.fullMembershipProblem(admitted, LocalDate.of(2023, 12, 1)).orElseThrow();
        assertTrue(why.contains("31/3/2024"), why);
    }
}

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

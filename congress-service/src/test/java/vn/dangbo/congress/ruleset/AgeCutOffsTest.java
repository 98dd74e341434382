package vn.dangbo.congress.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.ruleset.AgeCutOffs.Table;
import vn.dangbo.congress.ruleset.RuleSet.RetirementAge;

class AgeCutOffsTest {

    private static final RuleSet RULES_2020 = RuleSets.shipped("2020");
    private static final RuleSet RULES_2025 = RuleSets.shipped("2025");

    private static YearMonth ym(int month, int year) {
        return YearMonth.of(year, month);
    }

    @Test
    void theSeedsCutOffsAtTheGrassrootsReferenceMonth() {
        assertEquals(new Table(ym(4, 2020), ym(4, 1965), ym(4, 1970), ym(10, 1962), ym(10, 1967)),
                AgeCutOffs.table(RULES_2020, ym(4, 2020)));
    }

    @Test
    void theSeedsCutOffsAtJune2020() {
        assertEquals(new Table(ym(6, 2020), ym(6, 1965), ym(6, 1970), ym(12, 1962), ym(12, 1967)),
                AgeCutOffs.table(RULES_2020, ym(6, 2020)));
    }

    @Test
    void the2025CutOffsFollowTheLabourCodeRoadmap() {
        assertEquals(new Table(ym(4, 2025), ym(4, 1968), ym(1, 1972), ym(4, 1967), ym(5, 1971)),
                AgeCutOffs.table(RULES_2025, ym(4, 2025)));
        // the rest of the reference notes' table
        assertEquals(new Table(ym(9, 2025), ym(9, 1968), ym(5, 1972), ym(9, 1967), ym(9, 1971)),
                AgeCutOffs.table(RULES_2025, ym(9, 2025)));
    }

    @Test
    void the2020RoundKeepsTheFixedAgesNotTheRoadmap() {
        // the 2021 roadmap applied to 2020 would give 1/1964 (reference notes D)
        assertEquals(ym(4, 1965), AgeCutOffs.earliestBirthMonth(RULES_2020, ym(4, 2020), Sex.MALE, false));
    }

    @Test
    void theRoadmapAgeIsTheOneOfTheYearItIsReachedIn() {
        RetirementAge men = RULES_2025.retirementAge().male();
        RetirementAge women = RULES_2025.retirementAge().female();
        // Decree 135/2020 Annex I: men born 1-9/1961 at 60y3m, 10/1961-6/1962 at 60y6m; 4/1966 on at 62
        assertEquals(ym(4, 2021), AgeCutOffs.retirementMonth(men, ym(1, 1961)));
        assertEquals(ym(12, 2021), AgeCutOffs.retirementMonth(men, ym(9, 1961)));
        assertEquals(ym(4, 2022), AgeCutOffs.retirementMonth(men, ym(10, 1961)));
        assertEquals(ym(12, 2022), AgeCutOffs.retirementMonth(men, ym(6, 1962)));
        assertEquals(ym(4, 2028), AgeCutOffs.retirementMonth(men, ym(4, 1966)));
        // women born 1-8/1966 at 55y4m, 9/1966-4/1967 at 55y8m; 5/1975 on at 60
        assertEquals(ym(12, 2021), AgeCutOffs.retirementMonth(women, ym(8, 1966)));
        assertEquals(ym(5, 2022), AgeCutOffs.retirementMonth(women, ym(9, 1966)));
        assertEquals(ym(12, 2022), AgeCutOffs.retirementMonth(women, ym(4, 1967)));
        assertEquals(ym(5, 2035), AgeCutOffs.retirementMonth(women, ym(5, 1975)));
    }

    @Test
    void theReferenceNotesWorkedCases() {
        RetirementAge men = RULES_2025.retirementAge().male();
        RetirementAge women = RULES_2025.retirementAge().female();
        YearMonth reference = ym(4, 2025);
        assertEquals(59, AgeCutOffs.monthsOfWorkLeft(men, ym(3, 1968), reference));
        assertEquals(ym(12, 2029), AgeCutOffs.retirementMonth(women, ym(12, 1971)));
        assertEquals(56, AgeCutOffs.monthsOfWorkLeft(women, ym(12, 1971), reference));
        assertEquals(ym(5, 2030), AgeCutOffs.retirementMonth(women, ym(1, 1972)));
        assertEquals(61, AgeCutOffs.monthsOfWorkLeft(women, ym(1, 1972), reference));
        assertEquals(44, AgeCutOffs.monthsOfWorkLeft(women, ym(4, 1971), reference));
        assertEquals(49, AgeCutOffs.monthsOfWorkLeft(women, ym(5, 1971), reference));
    }

    @Test
    void aLaterBirthMonthNeverRetiresEarlier() {
        for (RetirementAge age : new RetirementAge[] {RULES_2025.retirementAge().male(),
                RULES_2025.retirementAge().female(), RULES_2020.retirementAge().male()}) {
            YearMonth previous = AgeCutOffs.retirementMonth(age, ym(1, 1950));
            for (YearMonth birth = ym(2, 1950); birth.isBefore(ym(1, 1990)); birth = birth.plusMonths(1)) {
                YearMonth retirement = AgeCutOffs.retirementMonth(age, birth);
                assertFalse(retirement.isBefore(previous), "born " + birth + " retires " + retirement);
                previous = retirement;
            }
        }
    }
}

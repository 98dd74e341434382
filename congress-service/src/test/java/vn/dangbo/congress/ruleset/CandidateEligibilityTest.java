package vn.dangbo.congress.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.ruleset.CandidateEligibility.Candidate;
import vn.dangbo.congress.ruleset.CandidateEligibility.Eligibility;

class CandidateEligibilityTest {

    private static final RuleSet RULES_2020 = RuleSets.shipped("2020");
    private static final RuleSet RULES_2025 = RuleSets.shipped("2025");
    private static final YearMonth APRIL_2020 = YearMonth.of(2020, 4);

    @Test
    void aManBornInTheCutOffMonthMayStandForTheFirstTime() {
        Eligibility eligibility = CandidateEligibility.check(RULES_2020, APRIL_2020,
                new Candidate("MALE", "1965-04", "FULL", false));

        assertTrue(eligibility.eligible());
        assertEquals(60L, eligibility.monthsOfWorkLeft());
        assertEquals(YearMonth.of(2025, 4), eligibility.retirementMonth());
        assertEquals("Đủ tuổi tham gia cấp ủy lần đầu: còn 60 tháng công tác đến tháng nghỉ hưu 4/2025"
                + " (tính từ tháng 4/2020), cần ít nhất 60 tháng", eligibility.reason());
    }

    @Test
    void aMonthEarlierIsOneMonthShort() {
        assertEquals(Optional.of("Không đủ tuổi tham gia cấp ủy lần đầu: chỉ còn 59 tháng công tác đến tháng nghỉ"
                + " hưu 3/2025 (tính từ tháng 4/2020), cần ít nhất 60 tháng"),
                CandidateEligibility.candidateProblem(RULES_2020, APRIL_2020,
                        new Candidate("MALE", "1965-03-28", "FULL", false)));
    }

    @Test
    void reElectionNeedsFewerMonths() {
        Candidate woman = new Candidate("FEMALE", "1967-10", "FULL", true);
        assertTrue(CandidateEligibility.candidateProblem(RULES_2020, APRIL_2020, woman).isEmpty());
        assertEquals(30L, CandidateEligibility.check(RULES_2020, APRIL_2020, woman).monthsOfWorkLeft());
        // the same woman standing for the first time
        assertTrue(CandidateEligibility.candidateProblem(RULES_2020, APRIL_2020,
                new Candidate("FEMALE", "1967-10", "FULL", false)).isPresent());
        assertEquals(Optional.of("Không đủ tuổi tái cử cấp ủy: chỉ còn 29 tháng công tác đến tháng nghỉ hưu 9/2022"
                + " (tính từ tháng 4/2020), cần ít nhất 30 tháng"),
                CandidateEligibility.candidateProblem(RULES_2020, APRIL_2020,
                        new Candidate("FEMALE", "1967-09", "FULL", true)));
    }

    @Test
    void the2025RuleSetCountsTheRoadmapAndFortyEightMonths() {
        YearMonth april2025 = YearMonth.of(2025, 4);
        Eligibility short4 = CandidateEligibility.check(RULES_2025, april2025,
                new Candidate("FEMALE", "1971-04", "FULL", true));
        assertFalse(short4.eligible());
        assertEquals(44L, short4.monthsOfWorkLeft());
        assertEquals(48, short4.monthsOfWorkRequired());
        assertTrue(CandidateEligibility.check(RULES_2025, april2025,
                new Candidate("FEMALE", "1971-05", "FULL", true)).eligible());
    }

    @Test
    void aProbationaryMemberIsNeverACandidate() {
        assertEquals(Optional.of("Đảng viên dự bị không được giới thiệu ứng cử, đề cử vào cấp ủy"),
                CandidateEligibility.candidateProblem(RULES_2020, APRIL_2020,
                        new Candidate("FEMALE", "1990-01", "PROBATIONARY", false)));
    }

    @Test
    void aYearAloneIsReadAsJanuary() {
        assertEquals(Optional.of(YearMonth.of(1965, 1)), CandidateEligibility.birthMonth("1965"));
        assertEquals(Optional.of(YearMonth.of(1965, 4)), CandidateEligibility.birthMonth("1965-04"));
        assertEquals(Optional.of(YearMonth.of(1965, 4)), CandidateEligibility.birthMonth("1965-04-30"));
        // born "1965" reads as 1/1965: three months short of the 4/1965 cut-off
        Eligibility yearOnly = CandidateEligibility.check(RULES_2020, APRIL_2020,
                new Candidate("MALE", "1965", "FULL", false));
        assertFalse(yearOnly.eligible());
        assertEquals(57L, yearOnly.monthsOfWorkLeft());
    }

    @Test
    void anUnreadableBirthDateOrSexIsNotGuessed() {
        assertEquals(Optional.empty(), CandidateEligibility.birthMonth("04/1965"));
        assertEquals(Optional.empty(), CandidateEligibility.birthMonth("1965-13"));
        assertEquals(Optional.of("Ngày sinh 04/1965 không đọc được (năm, tháng/năm hoặc ngày/tháng/năm)"),
                CandidateEligibility.candidateProblem(RULES_2020, APRIL_2020,
                        new Candidate("MALE", "04/1965", "FULL", false)));
        assertTrue(CandidateEligibility.candidateProblem(RULES_2020, APRIL_2020,
                new Candidate(null, "1965-04", "FULL", false)).isPresent());
    }

    @Test
    void aMemberPastRetirementHasNoMonthsLeft() {
        Eligibility retired = CandidateEligibility.check(RULES_2020, APRIL_2020,
                new Candidate("MALE", "1959-04", "FULL", true));
        assertFalse(retired.eligible());
        assertEquals(-12L, retired.monthsOfWorkLeft());
        assertTrue(retired.reason().startsWith("Không đủ tuổi tái cử cấp ủy: không còn tháng công tác nào"),
                retired.reason());
    }
}

package vn.dangbo.congress.congress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;
import vn.dangbo.kit.organisation.OrganisationType;

class CongressRulesTest {

    private static final RuleSet RULES_2020 = RuleSets.shipped("2020");

    @Test
    void aCellCongressLastsAtMostOneDay() {
        assertTrue(CongressRules.durationProblem(RULES_2020, OrganisationType.CELL, 1).isEmpty());
        assertEquals("Đại hội chi bộ tổ chức không quá 01 ngày; đề nghị 2 ngày",
                CongressRules.durationProblem(RULES_2020, OrganisationType.CELL, 2).orElseThrow());
        assertTrue(CongressRules.durationProblem(RULES_2020, OrganisationType.GRASSROOTS_CELL, 1).isEmpty());
        assertTrue(CongressRules.durationProblem(RULES_2020, OrganisationType.GRASSROOTS_CELL, 2).isPresent());
    }

    @Test
    void aCommitteeCongressLastsAtMostTwoDays() {
        assertTrue(CongressRules.durationProblem(RULES_2020, OrganisationType.GRASSROOTS_COMMITTEE, 1).isEmpty());
        assertTrue(CongressRules.durationProblem(RULES_2020, OrganisationType.GRASSROOTS_COMMITTEE, 2).isEmpty());
        assertEquals("Đại hội đảng bộ tổ chức không quá 02 ngày; đề nghị 3 ngày",
                CongressRules.durationProblem(RULES_2020, OrganisationType.GRASSROOTS_COMMITTEE, 3).orElseThrow());
        assertTrue(CongressRules.durationProblem(RULES_2020, OrganisationType.PARTIAL_COMMITTEE, 3).isPresent());
        assertTrue(CongressRules.durationProblem(RULES_2020, OrganisationType.BLOC_COMMITTEE, 2).isEmpty());
    }

    @Test
    void aCongressLastsAtLeastADay() {
        assertTrue(CongressRules.durationProblem(RULES_2020, OrganisationType.GRASSROOTS_COMMITTEE, 0).isPresent());
    }

    @Test
    void onlyAnActiveOrganisationHoldsACongress() {
        assertTrue(CongressRules.organisationProblem("Chi bộ I", "ACTIVE").isEmpty());
        assertTrue(CongressRules.organisationProblem("Chi bộ I", "DISSOLVED").isPresent());
        assertTrue(CongressRules.organisationProblem("Chi bộ I", "MERGED").isPresent());
    }

    @Test
    void aCellHoldsAnAllMemberCongress() {
        assertTrue(CongressRules.kindProblem(OrganisationType.CELL, CongressKind.ALL_MEMBER).isEmpty());
        assertTrue(CongressRules.kindProblem(OrganisationType.CELL, CongressKind.DELEGATE).isPresent());
        assertTrue(CongressRules.kindProblem(OrganisationType.GRASSROOTS_COMMITTEE, CongressKind.DELEGATE).isEmpty());
    }

    @Test
    void aTermEndsAfterItStarts() {
        assertTrue(CongressRules.termProblem("2020-2025").isEmpty());
        assertTrue(CongressRules.termProblem("2022-2020").isPresent());
        assertTrue(CongressRules.termProblem("2020-2020").isPresent());
    }

    @Test
    void aCellUnderACommitteeIsConvenedByItsParent() {
        assertTrue(CongressRules.convenedByParent(OrganisationType.CELL));
        assertFalse(CongressRules.convenedByParent(OrganisationType.GRASSROOTS_CELL));
        assertFalse(CongressRules.convenedByParent(OrganisationType.GRASSROOTS_COMMITTEE));
    }

    @Test
    void theLastDayCountsTheFirst() {
        assertEquals(LocalDate.of(2020, 6, 16), CongressRules.endDate(LocalDate.of(2020, 6, 15), 2));
        assertEquals(LocalDate.of(2020, 3, 20), CongressRules.endDate(LocalDate.of(2020, 3, 20), 1));
    }

    @Test
    void theLengthLimitsComeFromTheRuleSet() {
        RuleSet rules = RuleSets.shipped("2020");
        RuleSet longer = RuleSets.withCongresses(rules,
                new RuleSet.Congresses("a test round", 200, 2, 3));

        assertEquals(1, CongressRules.maxDays(rules, OrganisationType.CELL));
        assertEquals(2, CongressRules.maxDays(longer, OrganisationType.CELL));
        assertTrue(CongressRules.durationProblem(longer, OrganisationType.CELL, 2).isEmpty());
        assertEquals("Đại hội đảng bộ tổ chức không quá 03 ngày; đề nghị 4 ngày",
                CongressRules.durationProblem(longer, OrganisationType.GRASSROOTS_COMMITTEE, 4).orElseThrow());
    }

    @Test
    void aCongressIsHeldFromItsFirstDayOn() {
        assertEquals("Đại hội bắt đầu ngày 20/03/2020, chưa thể ghi nhận đã tiến hành",
                CongressRules.heldProblem(LocalDate.of(2020, 3, 20), LocalDate.of(2020, 3, 19)).orElseThrow());
        assertTrue(CongressRules.heldProblem(LocalDate.of(2020, 3, 20), LocalDate.of(2020, 3, 20)).isEmpty());
        assertTrue(CongressRules.heldProblem(LocalDate.of(2020, 3, 20), LocalDate.of(2026, 1, 1)).isEmpty());
    }
}

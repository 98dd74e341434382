package vn.dangbo.congress.eligibility;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    @Test
    void aSeatInTheCommitteeMakesAReElection() {
        assertTrue(EligibilityRules.reElection(List.of("COMMITTEE_MEMBER")));
        assertTrue(EligibilityRules.reElection(List.of("INSPECTION_COMMISSION_MEMBER", "SECRETARY")));
        assertTrue(EligibilityRules.reElection(List.of("STANDING_COMMITTEE_MEMBER")));
    }

    @Test
    void theInspectionCommissionAloneOrNoPositionIsAFirstCandidacy() {
        assertFalse(EligibilityRules.reElection(List.of("INSPECTION_COMMISSION_MEMBER")));
        assertFalse(EligibilityRules.reElection(List.of()));
    }
}

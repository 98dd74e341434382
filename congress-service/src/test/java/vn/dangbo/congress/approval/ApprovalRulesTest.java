package vn.dangbo.congress.approval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.approval.ApprovalRules.Elected;
import vn.dangbo.congress.approval.ApprovalRules.ElectionState;
import vn.dangbo.congress.approval.ApprovalRules.Position;
import vn.dangbo.congress.election.Office;

class ApprovalRulesTest {

    @Test
    void eachOfficeGivesItsRegistryRoleAndTheDelegationNone() {
        assertEquals("COMMITTEE_MEMBER", ApprovalRules.role(Office.CELL_COMMITTEE).orElseThrow());
        assertEquals("COMMITTEE_MEMBER", ApprovalRules.role(Office.PARTY_COMMITTEE).orElseThrow());
        assertEquals("STANDING_COMMITTEE_MEMBER", ApprovalRules.role(Office.STANDING_COMMITTEE).orElseThrow());
        assertEquals("SECRETARY", ApprovalRules.role(Office.SECRETARY).orElseThrow());
        assertEquals("DEPUTY_SECRETARY", ApprovalRules.role(Office.DEPUTY_SECRETARY).orElseThrow());
        assertEquals("INSPECTION_COMMISSION_MEMBER", ApprovalRules.role(Office.INSPECTION_COMMISSION).orElseThrow());
        assertEquals("INSPECTION_COMMISSION_CHAIR", ApprovalRules.role(Office.INSPECTION_CHAIR).orElseThrow());
        assertTrue(ApprovalRules.role(Office.DELEGATION).isEmpty(), "a delegate holds no position");
    }

    @Test
    void theSecretaryIsACommitteeMemberTooAndNobodyHoldsARoleTwice() {
        UUID org = UUID.randomUUID();
        UUID an = UUID.randomUUID();
        UUID binh = UUID.randomUUID();
        List<Position> positions = ApprovalRules.positions(List.of(
                new Elected(Office.CELL_COMMITTEE, an, "Nguyễn Văn An"),
                new Elected(Office.CELL_COMMITTEE, binh, "Trần Thị Bình"),
                new Elected(Office.CELL_COMMITTEE, an, "Nguyễn Văn An"),
                new Elected(Office.SECRETARY, an, "Nguyễn Văn An"),
                new Elected(Office.DELEGATION, binh, "Trần Thị Bình")), org);
        assertEquals(List.of(new Position(an, "Nguyễn Văn An", org, "COMMITTEE_MEMBER"),
                new Position(binh, "Trần Thị Bình", org, "COMMITTEE_MEMBER"),
                new Position(an, "Nguyễn Văn An", org, "SECRETARY")), positions);
    }

    @Test
    void resultsGoUpOnlyWhenEveryElectionIsDeclaredAndEveryOpenSeatDecided() {
        ElectionState done = new ElectionState("Chi ủy", 1, true, false, false, false);
        assertTrue(ApprovalRules.submissionProblem(List.of(done), false).isEmpty());
        assertEquals("Đại hội chưa có cuộc bầu cử nào để trình cấp trên chuẩn y",
                ApprovalRules.submissionProblem(List.of(), false).orElseThrow());
        assertEquals("Cuộc bầu Bí thư lần 1 chưa công bố kết quả", ApprovalRules.submissionProblem(
                List.of(done, new ElectionState("Bí thư", 1, false, false, false, false)), false).orElseThrow());
        ElectionState open = new ElectionState("Chi ủy", 1, true, true, false, false);
        assertTrue(ApprovalRules.submissionProblem(List.of(open), false).orElseThrow()
                .contains("còn ghế chưa có người trúng cử"));
        ElectionState leftVacant = new ElectionState("Chi ủy", 1, true, true, true, false);
        assertTrue(ApprovalRules.submissionProblem(List.of(leftVacant), false).isEmpty());
        ElectionState appointed = new ElectionState("Bí thư", 3, true, true, false, true);
        assertTrue(ApprovalRules.submissionProblem(List.of(appointed), false).isEmpty(),
                "a secretary the higher committee appoints needs no decision of the congress");
        assertTrue(ApprovalRules.submissionProblem(List.of(done), true).orElseThrow().contains("chờ ý kiến chỉ đạo"));
    }
}

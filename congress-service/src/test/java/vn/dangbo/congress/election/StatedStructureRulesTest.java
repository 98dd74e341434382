package vn.dangbo.congress.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;
import vn.dangbo.kit.organisation.OrganisationType;

/** The structure an office states for its congress, against the plan's limits from the rule set. */
class StatedStructureRulesTest {

    private static final RuleSet RULES_2020 = RuleSets.shipped("2020");
    private static final MemberCounts NINE = new MemberCounts(9, 2);
    private static final MemberCounts EIGHT = new MemberCounts(8, 3);
    private static final MemberCounts OFFICE = new MemberCounts(60, 5);

    private static Optional<Refusal> cell(MemberCounts members, Integer committee, Integer deputies) {
        return cell(members, new StatedStructure(committee, null, deputies, null));
    }

    private static Optional<Refusal> cell(MemberCounts members, StatedStructure stated) {
        ElectionStructure derived = ElectionStructureRules.forCell(RULES_2020, members);
        return ElectionStructureRules.statedStructureProblem(RULES_2020, derived, members, stated);
    }

    private static Optional<Refusal> committee(Integer size, Integer standing, Integer deputies, Integer inspection) {
        return committee(RULES_2020, size, standing, deputies, inspection);
    }

    private static Optional<Refusal> committee(RuleSet rules, Integer size, Integer standing, Integer deputies,
            Integer inspection) {
        ElectionStructure derived = ElectionStructureRules
                .structureFor(rules, OrganisationType.GRASSROOTS_COMMITTEE, OFFICE).orElseThrow();
        return ElectionStructureRules.statedStructureProblem(rules, derived, OFFICE,
                new StatedStructure(size, standing, deputies, inspection));
    }

    private static void refused(Optional<Refusal> problem, String field, String message) {
        assertTrue(problem.isPresent(), "expected a refusal of " + field);
        assertEquals(field, problem.get().field());
        assertEquals(message, problem.get().message());
    }

    // ---- a cell of 9 or more full members: cell committee 3-7, one deputy -----------------------------------

    @Test
    void aCellOfNineFullMembersElectsACellCommitteeOfThreeToSeven() {
        assertEquals(Optional.empty(), cell(NINE, 3, 1));
        assertEquals(Optional.empty(), cell(NINE, 7, 1));
        refused(cell(NINE, 2, 1), "committeeSize", "Số lượng chi ủy tối thiểu là 3; đề nghị 2");
        refused(cell(NINE, 8, 1), "committeeSize", "Số lượng chi ủy tối đa là 7; đề nghị 8");
    }

    @Test
    void aCellWithACommitteeMustStateItsSize() {
        refused(cell(NINE, null, 1), "committeeSize",
                "Chi bộ có 9 đảng viên chính thức bầu chi ủy: cần nêu số lượng chi ủy viên (từ 3 đến 7)");
    }

    @Test
    void aCellWithACommitteeElectsExactlyOneDeputy() {
        refused(cell(NINE, 5, 2), "deputySecretaries", "Chi bộ có chi ủy bầu 1 phó bí thư; đề nghị 2");
        refused(cell(NINE, 5, 0), "deputySecretaries", "Chi bộ có chi ủy bầu 1 phó bí thư; đề nghị 0");
        refused(cell(NINE, 5, null), "deputySecretaries", "Chi bộ có chi ủy bầu 1 phó bí thư; cần nêu số lượng");
    }

    // ---- fewer than 9 full members: a secretary, a deputy if wanted, no committee ---------------------------

    @Test
    void aCellOfEightFullMembersElectsNoCellCommittee() {
        // 8 full + 3 probationary: only the full members count
        refused(cell(EIGHT, 5, 1), "committeeSize",
                "Chi bộ có dưới 9 đảng viên chính thức (có 8) không bầu chi ủy; đề nghị 5 chi ủy viên");
        assertEquals(Optional.empty(), cell(EIGHT, 0, 1));
    }

    @Test
    void aCellWithoutACommitteeElectsADeputyOnlyIfItWantsOne() {
        assertEquals(Optional.empty(), cell(EIGHT, null, 0));
        assertEquals(Optional.empty(), cell(EIGHT, null, 1));
        refused(cell(EIGHT, null, 2), "deputySecretaries",
                "Chi bộ không có chi ủy bầu bí thư, nếu cần thêm phó bí thư: số phó bí thư tối đa là 1; đề nghị 2");
        refused(cell(EIGHT, null, -1), "deputySecretaries", "Số phó bí thư tối thiểu là 0; đề nghị -1");
        refused(cell(EIGHT, null, null), "deputySecretaries",
                "Cần nêu số phó bí thư: 0, hoặc tối đa 1 nếu cần");
    }

    @Test
    void aCellElectsNeitherAStandingCommitteeNorAnInspectionCommission() {
        refused(cell(NINE, new StatedStructure(5, 3, 1, null)), "standingCommitteeSize",
                "Chi bộ không bầu Ban Thường vụ; đề nghị 3 ủy viên");
        refused(cell(EIGHT, new StatedStructure(null, null, 1, 3)), "inspectionCommissionSize",
                "Chi bộ không bầu Ủy ban Kiểm tra; đề nghị 3 ủy viên");
    }

    // ---- the party committee: at most 15, standing committee 3, one deputy, inspection commission 3 ---------

    @Test
    void thePartyCommitteeHasAtMostFifteenMembers() {
        assertEquals(Optional.empty(), committee(15, 3, 1, 3));
        refused(committee(16, 3, 1, 3), "committeeSize", "Số lượng ủy viên Ban Chấp hành tối đa là 15; đề nghị 16");
        refused(committee(null, 3, 1, 3), "committeeSize", "Cần nêu số lượng ủy viên Ban Chấp hành (không quá 15)");
    }

    @Test
    void thePartyCommitteeIsLargerThanItsStandingCommittee() {
        assertEquals(Optional.empty(), committee(4, 3, 1, 3));
        refused(committee(3, 3, 1, 3), "committeeSize", "Ban Thường vụ (3 đồng chí) được bầu trong Ban Chấp hành:"
                + " số lượng ủy viên Ban Chấp hành tối thiểu là 4; đề nghị 3");
    }

    @Test
    void theStandingCommitteeHasThreeMembers() {
        refused(committee(11, 4, 1, 3), "standingCommitteeSize", "Số lượng ủy viên Ban Thường vụ là 3; đề nghị 4");
        refused(committee(11, 2, 1, 3), "standingCommitteeSize", "Số lượng ủy viên Ban Thường vụ là 3; đề nghị 2");
        refused(committee(11, null, 1, 3), "standingCommitteeSize",
                "Số lượng ủy viên Ban Thường vụ là 3; cần nêu số lượng");
    }

    @Test
    void thePartyCommitteeElectsOneDeputySecretary() {
        refused(committee(11, 3, 2, 3), "deputySecretaries", "Số lượng phó bí thư là 1; đề nghị 2");
        refused(committee(11, 3, 0, 3), "deputySecretaries", "Số lượng phó bí thư là 1; đề nghị 0");
    }

    @Test
    void theInspectionCommissionHasThreeMembers() {
        refused(committee(11, 3, 1, 5), "inspectionCommissionSize",
                "Số lượng ủy viên Ủy ban Kiểm tra là 3 (chủ nhiệm, phó chủ nhiệm, ủy viên); đề nghị 5");
        refused(committee(11, 3, 1, 2), "inspectionCommissionSize",
                "Số lượng ủy viên Ủy ban Kiểm tra là 3 (chủ nhiệm, phó chủ nhiệm, ủy viên); đề nghị 2");
    }

    // ---- the limits are the rule set's ----------------------------------------------------------------------

    @Test
    void theLimitsComeFromTheRuleSet() {
        RuleSet.Bodies bodies = RULES_2020.bodies();
        RuleSet other = RuleSets.withBodies(RULES_2020, new RuleSet.Bodies("a test round", 12, 5, 9, 21, 5, 2, 5,
                bodies.inspectionPositions()));

        MemberCounts eleven = new MemberCounts(11, 0);
        ElectionStructure small = ElectionStructureRules.forCell(other, eleven);
        refused(ElectionStructureRules.statedStructureProblem(other, small, eleven,
                new StatedStructure(5, null, 1, null)), "committeeSize",
                "Chi bộ có dưới 12 đảng viên chính thức (có 11) không bầu chi ủy; đề nghị 5 chi ủy viên");
        MemberCounts twelve = new MemberCounts(12, 0);
        ElectionStructure large = ElectionStructureRules.forCell(other, twelve);
        assertEquals(Optional.empty(), ElectionStructureRules.statedStructureProblem(other, large, twelve,
                new StatedStructure(9, null, 2, null)));
        refused(ElectionStructureRules.statedStructureProblem(other, large, twelve,
                new StatedStructure(4, null, 2, null)), "committeeSize", "Số lượng chi ủy tối thiểu là 5; đề nghị 4");
        assertEquals(Optional.empty(), committee(other, 21, 5, 2, 5));
        refused(committee(other, 22, 5, 2, 5), "committeeSize",
                "Số lượng ủy viên Ban Chấp hành tối đa là 21; đề nghị 22");
    }
}

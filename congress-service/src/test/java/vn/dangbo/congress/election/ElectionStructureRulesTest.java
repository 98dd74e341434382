package vn.dangbo.congress.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.election.ElectionStructure.Ballot;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.election.ElectionStructure.Kind;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;
import vn.dangbo.kit.organisation.OrganisationType;

class ElectionStructureRulesTest {

    private static final RuleSet RULES_2020 = RuleSets.shipped("2020");

    @Test
    void nineFullMembersElectACellCommitteeThenSecretaryThenOneDeputy() {
        ElectionStructure structure = ElectionStructureRules.forCell(RULES_2020, new MemberCounts(9, 0));

        assertEquals(Kind.CELL_WITH_COMMITTEE, structure.kind());
        assertEquals(List.of(Office.CELL_COMMITTEE, Office.SECRETARY, Office.DEPUTY_SECRETARY),
                structure.ballots().stream().map(Ballot::office).toList());
        Ballot committee = structure.ballot(Office.CELL_COMMITTEE);
        assertEquals(1, committee.order());
        assertEquals(3, committee.minSeats());
        assertEquals(7, committee.maxSeats());
        assertEquals(Electorate.CONGRESS, committee.electedBy());
        Ballot deputy = structure.ballot(Office.DEPUTY_SECRETARY);
        assertEquals(1, deputy.minSeats());
        assertEquals(1, deputy.maxSeats());
        assertFalse(deputy.optional());
    }

    @Test
    void eightFullMembersElectASecretaryOnlyAndADeputyIfNeeded() {
        ElectionStructure structure = ElectionStructureRules.forCell(RULES_2020, new MemberCounts(8, 0));

        assertEquals(Kind.CELL_SECRETARY_ONLY, structure.kind());
        assertNull(structure.ballot(Office.CELL_COMMITTEE));
        assertEquals(List.of(Office.SECRETARY, Office.DEPUTY_SECRETARY),
                structure.ballots().stream().map(Ballot::office).toList());
        Ballot secretary = structure.ballot(Office.SECRETARY);
        assertEquals(1, secretary.minSeats());
        assertFalse(secretary.optional());
        Ballot deputy = structure.ballot(Office.DEPUTY_SECRETARY);
        assertEquals(0, deputy.minSeats());
        assertEquals(1, deputy.maxSeats());
        assertTrue(deputy.optional());
    }

    @Test
    void probationaryMembersDoNotCount() {
        // 8 full + 3 probationary = 11 members, but only 8 vote and stand
        MemberCounts members = new MemberCounts(8, 3);

        assertFalse(ElectionStructureRules.electsCellCommittee(RULES_2020, members));
        assertEquals(Kind.CELL_SECRETARY_ONLY, ElectionStructureRules.forCell(RULES_2020, members).kind());
        assertEquals(Kind.CELL_WITH_COMMITTEE, ElectionStructureRules.forCell(RULES_2020, new MemberCounts(9, 1)).kind());
    }

    @Test
    void bothKindsOfCellUseTheCellRule() {
        MemberCounts members = new MemberCounts(11, 0);
        assertEquals(Kind.CELL_WITH_COMMITTEE,
                ElectionStructureRules.structureFor(RULES_2020, OrganisationType.CELL, members).orElseThrow().kind());
        assertEquals(Kind.CELL_WITH_COMMITTEE,
                ElectionStructureRules.structureFor(RULES_2020, OrganisationType.GRASSROOTS_CELL, members).orElseThrow().kind());
    }

    @Test
    void describesTheCellStructureInVietnamese() {
        MemberCounts eleven = new MemberCounts(11, 2);
        assertEquals("Chi bộ có 11 đảng viên chính thức: bầu chi ủy từ 3 đến 7 đồng chí, sau đó bầu bí thư và một phó bí thư",
                ElectionStructureRules.describe(RULES_2020, ElectionStructureRules.forCell(RULES_2020, eleven), eleven));
        MemberCounts five = new MemberCounts(5, 0);
        assertEquals("Chi bộ có 5 đảng viên chính thức (dưới 9): không bầu chi ủy, bầu bí thư; nếu cần bầu một phó bí thư",
                ElectionStructureRules.describe(RULES_2020, ElectionStructureRules.forCell(RULES_2020, five), five));
    }

    @Test
    void aGrassrootsCommitteeGetsTheOfficePartyCommitteeStructureOfThePlan() {
        ElectionStructure structure = ElectionStructureRules
                .structureFor(RULES_2020, OrganisationType.GRASSROOTS_COMMITTEE, new MemberCounts(60, 5)).orElseThrow();

        assertEquals(Kind.PARTY_COMMITTEE, structure.kind());
        Ballot committee = structure.ballot(Office.PARTY_COMMITTEE);
        assertEquals(1, committee.order());
        assertNull(committee.minSeats());
        assertEquals(15, committee.maxSeats());
        assertEquals(Electorate.CONGRESS, committee.electedBy());
        assertEquals(3, structure.ballot(Office.STANDING_COMMITTEE).maxSeats());
        assertEquals(3, structure.ballot(Office.STANDING_COMMITTEE).minSeats());
        assertEquals(1, structure.ballot(Office.DEPUTY_SECRETARY).maxSeats());
        Ballot inspection = structure.ballot(Office.INSPECTION_COMMISSION);
        assertEquals(3, inspection.maxSeats());
        assertEquals(List.of("CHAIR", "VICE_CHAIR", "MEMBER"), inspection.positions());
        assertEquals(Electorate.NEW_COMMITTEE, inspection.electedBy());
        assertTrue(ElectionStructureRules.describe(RULES_2020, structure, new MemberCounts(60, 5))
                .startsWith("Đảng bộ có 60 đảng viên chính thức: đại hội bầu Ban Chấp hành không quá 15 đồng chí"));
    }

    @Test
    void thePlanSetsNoStructureForOtherLevels() {
        assertTrue(ElectionStructureRules.structureFor(RULES_2020, OrganisationType.BLOC_COMMITTEE, new MemberCounts(1, 0)).isEmpty());
        assertTrue(ElectionStructureRules.structureFor(RULES_2020, OrganisationType.PARTIAL_COMMITTEE, new MemberCounts(1, 0)).isEmpty());
        assertTrue(ElectionStructureRules.structureFor(RULES_2020, null, new MemberCounts(1, 0)).isEmpty());
    }

    @Test
    void theStructureNamesTheRuleSetItComesFrom() {
        assertEquals("244-QĐ/TW; 35-CT/TW (2020)",
                ElectionStructureRules.forCell(RULES_2020, new MemberCounts(9, 0)).ruleSet());
    }

    @Test
    void theSizesComeFromTheRuleSet() {
        RuleSet.Bodies bodies = RULES_2020.bodies();
        RuleSet other = RuleSets.withBodies(RULES_2020, new RuleSet.Bodies("a test round", 12, 5, 9, 21, 5, 2, 5,
                bodies.inspectionPositions()));

        assertEquals(Kind.CELL_SECRETARY_ONLY, ElectionStructureRules.forCell(other, new MemberCounts(11, 0)).kind());
        ElectionStructure cell = ElectionStructureRules.forCell(other, new MemberCounts(12, 0));
        assertEquals(5, cell.ballot(Office.CELL_COMMITTEE).minSeats());
        assertEquals(9, cell.ballot(Office.CELL_COMMITTEE).maxSeats());
        assertEquals(2, cell.ballot(Office.DEPUTY_SECRETARY).maxSeats());
        ElectionStructure committee = ElectionStructureRules.forGrassrootsCommittee(other);
        assertEquals(21, committee.ballot(Office.PARTY_COMMITTEE).maxSeats());
        assertEquals(5, committee.ballot(Office.STANDING_COMMITTEE).maxSeats());
        assertEquals(5, committee.ballot(Office.INSPECTION_COMMISSION).maxSeats());
    }
}

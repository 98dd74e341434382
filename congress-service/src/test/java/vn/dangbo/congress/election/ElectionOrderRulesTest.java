package vn.dangbo.congress.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.election.ElectionOrderRules.Decision;
import vn.dangbo.congress.election.ElectionOrderRules.Held;
import vn.dangbo.congress.election.ElectionOrderRules.Open;
import vn.dangbo.congress.election.ElectionOrderRules.Refused;
import vn.dangbo.congress.election.ElectionOrderRules.Request;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;

/** Item 8: the order and electorate of a congress' elections, under the shipped 2020 rule set. */
class ElectionOrderRulesTest {

    private static final RuleSet RULES = RuleSets.shipped("2020");
    private static final ElectionStructure CELL = ElectionStructureRules.forCell(RULES, new MemberCounts(11, 0));
    private static final ElectionStructure SMALL_CELL = ElectionStructureRules.forCell(RULES, new MemberCounts(7, 1));
    private static final ElectionStructure COMMITTEE = ElectionStructureRules.forGrassrootsCommittee(RULES);
    private static final StatedStructure CELL_STATED = new StatedStructure(5, null, 1, null);
    private static final StatedStructure COMMITTEE_STATED = new StatedStructure(15, 3, 1, 3);

    private final List<Held> held = new ArrayList<>();

    @Test
    void aCellWithACommitteeElectsTheCommitteeThenTheSecretaryThenTheDeputy() {
        assertRefused("Phải bầu Chi ủy trước khi bầu Bí thư: chưa bầu Chi ủy", "office",
                cell(new Request(Office.SECRETARY, 1, 0, null)));
        Open committee = assertOpen(cell(new Request(Office.CELL_COMMITTEE, 5, 0, null)));
        assertEquals(Electorate.CONGRESS, committee.electorate());
        assertEquals(1, committee.roundNo());
        UUID committeeId = hold(Office.CELL_COMMITTEE, 1, ElectionStatus.LIST_APPROVED, 0);

        assertRefused("Phải bầu Chi ủy trước khi bầu Bí thư: lần bầu Chi ủy chưa công bố kết quả", "office",
                cell(new Request(Office.SECRETARY, 1, 0, null)));
        declare(committeeId, 5);
        assertRefused("Phải bầu Bí thư trước khi bầu Phó Bí thư: chưa bầu Bí thư", "office",
                cell(new Request(Office.DEPUTY_SECRETARY, 1, 0, null)));
        assertEquals(Electorate.CONGRESS, assertOpen(cell(new Request(Office.SECRETARY, 1, 0, null))).electorate());
        declare(hold(Office.SECRETARY, 1, ElectionStatus.RESULT_DECLARED, 0), 1);
        assertOpen(cell(new Request(Office.DEPUTY_SECRETARY, 1, 0, null)));
    }

    @Test
    void theSeatsComeFromTheStatedStructure() {
        assertRefused("Số lượng cần bầu Chi ủy từ 3 đến 5; đề nghị 6", "seats",
                cell(new Request(Office.CELL_COMMITTEE, 6, 0, null)));
        assertRefused("Số lượng cần bầu Chi ủy từ 3 đến 5; đề nghị 2", "seats",
                cell(new Request(Office.CELL_COMMITTEE, 2, 0, null)));
        // without a stated structure, the rule set's range
        assertOpen(ElectionOrderRules.open(RULES, CELL, null, false, held,
                new Request(Office.CELL_COMMITTEE, 7, 0, null)));
        assertRefused("Số lượng cần bầu Chi ủy từ 3 đến 7; đề nghị 8", "seats", ElectionOrderRules.open(RULES, CELL,
                null, false, held, new Request(Office.CELL_COMMITTEE, 8, 0, null)));
        assertRefused("Số lượng cần bầu Bí thư là 1; đề nghị 2", "seats", ElectionOrderRules.open(RULES, SMALL_CELL,
                null, false, held, new Request(Office.SECRETARY, 2, 0, null)));
        assertRefused("Số lượng cần bầu Ban Chấp hành Đảng bộ từ 1 đến 15; đề nghị 16", "seats",
                committee(new Request(Office.PARTY_COMMITTEE, 16, 0, null)));
    }

    @Test
    void aCellWithoutACommitteeElectsItsSecretaryAndADeputyOnlyIfStated() {
        StatedStructure noDeputy = new StatedStructure(null, null, 0, null);
        assertRefused("Đại hội này không bầu Chi ủy; đại hội bầu: Bí thư, Phó Bí thư", "office",
                ElectionOrderRules.open(RULES, SMALL_CELL, noDeputy, false, held,
                        new Request(Office.CELL_COMMITTEE, 3, 0, null)));
        assertOpen(ElectionOrderRules.open(RULES, SMALL_CELL, noDeputy, false, held,
                new Request(Office.SECRETARY, 1, 0, null)));
        declare(hold(Office.SECRETARY, 1, ElectionStatus.RESULT_DECLARED, 0), 1);
        assertRefused("Đại hội đã nêu không bầu Phó Bí thư", "office", ElectionOrderRules.open(RULES, SMALL_CELL,
                noDeputy, false, held, new Request(Office.DEPUTY_SECRETARY, 1, 0, null)));
    }

    @Test
    void aPartyCommitteesNewCommitteeElectsItsBodiesAfterTheCongressElectsIt() {
        assertRefused("Phải bầu Ban Chấp hành Đảng bộ trước khi bầu Ban Thường vụ: chưa bầu Ban Chấp hành Đảng bộ",
                "office", committee(new Request(Office.STANDING_COMMITTEE, 3, 0, null)));
        assertEquals(Electorate.CONGRESS,
                assertOpen(committee(new Request(Office.PARTY_COMMITTEE, 15, 0, null))).electorate());
        UUID committeeId = hold(Office.PARTY_COMMITTEE, 1, ElectionStatus.COUNT_CLOSED, 0);
        assertRefused("Phải bầu Ban Chấp hành Đảng bộ trước khi bầu Đại biểu dự Đại hội cấp trên: lần bầu Ban Chấp"
                + " hành Đảng bộ chưa công bố kết quả", "office", committee(new Request(Office.DELEGATION, 10, 2, null)));
        declare(committeeId, 15);

        Open delegation = assertOpen(committee(new Request(Office.DELEGATION, 10, 2, null)));
        assertEquals(Electorate.CONGRESS, delegation.electorate());
        Open standing = assertOpen(committee(new Request(Office.STANDING_COMMITTEE, 3, 0, null)));
        assertEquals(Electorate.NEW_COMMITTEE, standing.electorate());
        assertRefused("Phải bầu Ban Thường vụ trước khi bầu Bí thư: chưa bầu Ban Thường vụ", "office",
                committee(new Request(Office.SECRETARY, 1, 0, null)));
        declare(hold(Office.STANDING_COMMITTEE, 1, ElectionStatus.RESULT_DECLARED, 0), 3);
        assertEquals(Electorate.NEW_COMMITTEE,
                assertOpen(committee(new Request(Office.SECRETARY, 1, 0, null))).electorate());
        declare(hold(Office.SECRETARY, 1, ElectionStatus.RESULT_DECLARED, 0), 1);
        declare(hold(Office.DEPUTY_SECRETARY, 1, ElectionStatus.RESULT_DECLARED, 0), 1);
        assertRefused("Phải bầu Ủy ban Kiểm tra trước khi bầu Chủ nhiệm Ủy ban Kiểm tra: chưa bầu Ủy ban Kiểm tra",
                "office", committee(new Request(Office.INSPECTION_CHAIR, 1, 0, null)));
        assertRefused("Số lượng cần bầu Ủy ban Kiểm tra là 3; đề nghị 4", "seats",
                committee(new Request(Office.INSPECTION_COMMISSION, 4, 0, null)));
        declare(hold(Office.INSPECTION_COMMISSION, 1, ElectionStatus.RESULT_DECLARED, 0), 3);
        assertEquals(Electorate.NEW_COMMITTEE,
                assertOpen(committee(new Request(Office.INSPECTION_CHAIR, 1, 0, null))).electorate());
    }

    @Test
    void onlyACongressWhoseAgendaHasItElectsADelegationAndOnlyTheDelegationHasAlternates() {
        assertRefused("Đại hội này không bầu đại biểu dự đại hội cấp trên (cấp trên tổ chức đại hội toàn thể đảng"
                + " viên)", "office", cell(new Request(Office.DELEGATION, 3, 1, null)));
        assertRefused("Chỉ bầu đại biểu dự khuyết cùng đoàn đại biểu dự đại hội cấp trên", "alternateSeats",
                committee(new Request(Office.PARTY_COMMITTEE, 15, 2, null)));
        // a cell of a committee holding a delegate congress elects its delegates after its committee
        declare(hold(Office.CELL_COMMITTEE, 1, ElectionStatus.RESULT_DECLARED, 0), 5);
        assertOpen(ElectionOrderRules.open(RULES, CELL, CELL_STATED, true, held,
                new Request(Office.DELEGATION, 3, 1, null)));
    }

    @Test
    void onlyADelegationsNextRoundMayElectAlternatesAlone() {
        declare(hold(Office.PARTY_COMMITTEE, 1, ElectionStatus.RESULT_DECLARED, 0), 15);
        assertRefused("Số lượng cần bầu phải từ 1 trở lên; đề nghị 0", "seats",
                committee(new Request(Office.DELEGATION, 0, 1, null)));
        UUID delegation = declare(hold(Office.DELEGATION, 1, ElectionStatus.RESULT_DECLARED, 0), 10);
        // those tied for the last alternate's place are run off for that place only
        assertOpen(committee(new Request(Office.DELEGATION, 0, 1, delegation)));
        assertRefused("Số lượng cần bầu phải từ 1 trở lên; đề nghị 0", "seats",
                committee(new Request(Office.DELEGATION, 0, 0, delegation)));
    }

    @Test
    void anotherRoundPointsAtTheRoundBeforeAndFillsOnlyTheSeatsLeft() {
        UUID first = declare(hold(Office.PARTY_COMMITTEE, 1, ElectionStatus.RESULT_DECLARED, 0), 13);

        assertRefused("Đã mở lần bầu Ban Chấp hành Đảng bộ thứ 1; lần bầu tiếp theo phải nêu lần bầu trước"
                + " (previousElectionId)", "previousElectionId", committee(new Request(Office.PARTY_COMMITTEE, 2, 0,
                        null)));
        assertRefused("Ban Chấp hành Đảng bộ còn 2 người cần bầu (đã trúng cử 13/15); đề nghị 3", "seats",
                committee(new Request(Office.PARTY_COMMITTEE, 3, 0, first)));
        Open second = assertOpen(committee(new Request(Office.PARTY_COMMITTEE, 2, 0, first)));
        assertEquals(2, second.roundNo());
        assertEquals(first, second.previousElectionId());
        UUID secondId = hold(Office.PARTY_COMMITTEE, 2, ElectionStatus.NOMINATING, 0);

        assertRefused("Đã có lần bầu Ban Chấp hành Đảng bộ thứ 2 sau lần bầu thứ 1; lần bầu tiếp theo nối tiếp lần"
                + " bầu thứ 2", "previousElectionId", committee(new Request(Office.PARTY_COMMITTEE, 1, 0, first)));
        assertRefused("Lần bầu Ban Chấp hành Đảng bộ thứ 2 chưa công bố kết quả: chưa mở lần bầu tiếp theo được",
                "previousElectionId", committee(new Request(Office.PARTY_COMMITTEE, 1, 0, secondId)));
        declare(secondId, 2);
        assertRefused("Ban Chấp hành Đảng bộ đã bầu đủ 15 người; không mở thêm lần bầu", "office",
                committee(new Request(Office.PARTY_COMMITTEE, 1, 0, secondId)));
    }

    @Test
    void aFourthSecretaryRoundIsRefusedTheHigherCommitteeAppoints() {
        declare(hold(Office.CELL_COMMITTEE, 1, ElectionStatus.RESULT_DECLARED, 0), 5);
        UUID previous = null;
        for (int round = 1; round <= 3; round++) {
            Open open = assertOpen(cell(new Request(Office.SECRETARY, 1, 0, previous)));
            assertEquals(round, open.roundNo());
            previous = hold(Office.SECRETARY, round, ElectionStatus.RESULT_DECLARED, 0);
        }

        Refused fourth = assertInstanceOf(Refused.class, cell(new Request(Office.SECRETARY, 1, 0, previous)));
        assertEquals("Đã bầu Bí thư 3 lần chưa có người trúng cử: cấp trên chỉ định Bí thư, không bầu lần thứ 4",
                fourth.refusal().message());
        assertTrue(fourth.refusal().message().contains("cấp trên chỉ định"));
        // the rule set's number, not a constant: a rule set allowing 4 rounds opens the 4th
        RuleSet four = RuleSets.withElections(RULES, new RuleSet.Elections("test", true, true, true, 4, 2, 5, 3, 2));
        assertEquals(4, assertOpen(ElectionOrderRules.open(four, CELL, CELL_STATED, false, held,
                new Request(Office.SECRETARY, 1, 0, previous))).roundNo());
    }

    private Decision cell(Request request) {
        return ElectionOrderRules.open(RULES, CELL, CELL_STATED, false, held, request);
    }

    private Decision committee(Request request) {
        return ElectionOrderRules.open(RULES, COMMITTEE, COMMITTEE_STATED, true, held, request);
    }

    private UUID hold(Office office, int roundNo, ElectionStatus status, int elected) {
        UUID id = UUID.randomUUID();
        held.add(new Held(id, office, roundNo, status, elected));
        return id;
    }

    /** The result of that election is declared with {@code elected} elected. */
    private UUID declare(UUID id, int elected) {
        Held h = held.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        held.set(held.indexOf(h), new Held(id, h.office(), h.roundNo(), ElectionStatus.RESULT_DECLARED, elected));
        return id;
    }

    private static Open assertOpen(Decision decision) {
        if (decision instanceof Refused refused) {
            throw new AssertionError("refused: " + refused.refusal());
        }
        return (Open) decision;
    }

    private static void assertRefused(String message, String field, Decision decision) {
        Refused refused = assertInstanceOf(Refused.class, decision);
        assertEquals(message, refused.refusal().message());
        assertEquals(field, refused.refusal().field());
    }
}

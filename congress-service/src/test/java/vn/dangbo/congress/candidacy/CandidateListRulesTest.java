package vn.dangbo.congress.candidacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.candidacy.CandidateListRules.Limits;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.ElectionStructure.Kind;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.election.Refusal;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSets;

/** The numbers (item 2) and the reference notes' R5-R7, under the shipped rule sets. */
class CandidateListRulesTest {

    private static final RuleSet RULES_2020 = RuleSets.shipped("2020");
    private static final RuleSet RULES_2025 = RuleSets.shipped("2025");
    private static final RuleSet.Surplus SURPLUS = RULES_2020.surplus();

    @Test
    void fifteenSeatsTakeAListOfNineteenNotTwenty() {
        Limits limits = CandidateListRules.limits(SURPLUS, Office.PARTY_COMMITTEE, 15, 0);

        assertEquals(16, limits.minLength());
        assertEquals(19, limits.maxLength());
        assertTrue(CandidateListRules.listProblem(SURPLUS, limits, Office.PARTY_COMMITTEE, 19).isEmpty());
        assertTrue(CandidateListRules.listProblem(SURPLUS, limits, Office.PARTY_COMMITTEE, 16).isEmpty());
        Refusal twenty = CandidateListRules.listProblem(SURPLUS, limits, Office.PARTY_COMMITTEE, 20).orElseThrow();
        assertEquals("candidates", twenty.field());
        assertEquals("Danh sách bầu Ban Chấp hành Đảng bộ có 20 người, nhiều nhất 19 người (số dư không quá 30% của"
                + " 15 người cần bầu)", twenty.message());
    }

    @Test
    void theCommitteesPreparedSurplusIsAdvice() {
        Limits limits = CandidateListRules.limits(SURPLUS, Office.PARTY_COMMITTEE, 15, 0);

        assertEquals(17, limits.preparedMin());
        assertEquals(17, limits.preparedMax());
        assertEquals("Cấp ủy chuẩn bị danh sách có số dư từ 10% đến 15%: 17 người cho 15 người cần bầu; danh sách đại"
                + " hội quyết định nhiều nhất 19 người", limits.advice());
        // the advice never goes above the longest list, nor refuses anything
        Limits forty = CandidateListRules.limits(SURPLUS, Office.PARTY_COMMITTEE, 40, 0);
        assertEquals(44, forty.preparedMin());
        assertEquals(46, forty.preparedMax());
        assertTrue(CandidateListRules.listProblem(SURPLUS, forty, Office.PARTY_COMMITTEE, 52).isEmpty());
    }

    @Test
    void smallBodiesHaveOneNameMore() {
        assertEquals(6, CandidateListRules.maxLength(SURPLUS, 5));
        assertEquals(4, CandidateListRules.maxLength(SURPLUS, 3));
        assertEquals(6, CandidateListRules.maxLength(RULES_2025.surplus(), 5));
        assertEquals(4, CandidateListRules.maxLength(RULES_2025.surplus(), 3));
        assertEquals(9, CandidateListRules.maxLength(SURPLUS, 7));
        // 4 seats: 30% gives 5 under 2020; 2025's small-body limit (3-5 seats, one more) also gives 5
        assertEquals(5, CandidateListRules.maxLength(RULES_2025.surplus(), 4));
        // a rule set whose small bodies may have no more than one extra though 30% would allow two
        RuleSet.Surplus tight = new RuleSet.Surplus("test", 30, 10, 15, 30, new RuleSet.SmallBody(3, 7, 1));
        assertEquals(8, CandidateListRules.maxLength(tight, 7));
        Refusal nine = CandidateListRules.listProblem(tight, CandidateListRules.limits(tight, Office.CELL_COMMITTEE,
                7, 0), Office.CELL_COMMITTEE, 9).orElseThrow();
        assertEquals("Danh sách bầu Chi ủy có 9 người, nhiều nhất 8 người (cơ quan từ 3 đến 7 người dư nhiều nhất 1"
                + " người)", nine.message());
    }

    @Test
    void aCommitteeOrStandingCommitteeListMustBeLongerThanTheSeats() {
        Limits cell = CandidateListRules.limits(SURPLUS, Office.CELL_COMMITTEE, 5, 0);
        Refusal five = CandidateListRules.listProblem(SURPLUS, cell, Office.CELL_COMMITTEE, 5).orElseThrow();
        assertEquals("Danh sách bầu Chi ủy phải nhiều hơn số lượng cần bầu (5); hiện có 5 người", five.message());
        assertTrue(CandidateListRules.listProblem(SURPLUS, cell, Office.CELL_COMMITTEE, 6).isEmpty());
        Limits standing = CandidateListRules.limits(SURPLUS, Office.STANDING_COMMITTEE, 3, 0);
        assertTrue(standing.surplusRequired());
        assertFalse(CandidateListRules.listProblem(SURPLUS, standing, Office.STANDING_COMMITTEE, 3).isEmpty());
        assertTrue(CandidateListRules.listProblem(SURPLUS, standing, Office.STANDING_COMMITTEE, 4).isEmpty());
    }

    @Test
    void oneSecretaryCandidateGetsAgreeDisagreeBallotsTwoAreStruckOut() {
        Limits secretary = CandidateListRules.limits(SURPLUS, Office.SECRETARY, 1, 0);

        assertFalse(secretary.surplusRequired());
        assertNull(secretary.advice());
        assertTrue(CandidateListRules.listProblem(SURPLUS, secretary, Office.SECRETARY, 1).isEmpty());
        assertEquals("Danh sách bầu Bí thư cần ít nhất 1 người; hiện có 0 người",
                CandidateListRules.listProblem(SURPLUS, secretary, Office.SECRETARY, 0).orElseThrow().message());
        assertEquals(BallotKind.AGREE_DISAGREE, CandidateListRules.ballotKind(1, 1));
        assertEquals(BallotKind.STRIKE_OUT, CandidateListRules.ballotKind(1, 2));
        assertEquals(BallotKind.STRIKE_OUT, CandidateListRules.ballotKind(15, 19));
        assertEquals(BallotKind.AGREE_DISAGREE, CandidateListRules.ballotKind(3, 3));
    }

    @Test
    void aDelegationListHoldsTheDelegatesAndMayCarryAlternatesAndSurplus() {
        Limits delegation = CandidateListRules.limits(SURPLUS, Office.DELEGATION, 10, 2);

        assertEquals(12, delegation.seats());
        assertEquals(10, delegation.minLength());
        assertEquals(15, delegation.maxLength());
    }

    @Test
    void aNameFromOutsideTheListNeedsMoreThanThirtyPercentOfThosePresent() {
        assertFalse(CandidateListRules.floorNomineeAccepted(SURPLUS, 50, 15), "exactly 30% is not more than 30%");
        assertTrue(CandidateListRules.floorNomineeAccepted(SURPLUS, 50, 16));
        assertFalse(CandidateListRules.floorNomineeAccepted(SURPLUS, 10, 3));
        assertTrue(CandidateListRules.floorNomineeAccepted(SURPLUS, 10, 4));
        assertEquals("Chỉ 15/50 người có mặt (30,00%) đồng ý đưa vào danh sách, cần trên 30%",
                CandidateListRules.floorNomineeRefusal(SURPLUS, 50, 15));
    }

    @Test
    void theListIsPrintedByGivenNameThenFullNameAccentAware() {
        record Name(UUID id, String fullName) {
        }
        List<Name> names = List.of(new Name(UUID.randomUUID(), "Trần Văn Đức"),
                new Name(UUID.randomUUID(), "Nguyễn Thị An"), new Name(UUID.randomUUID(), "Lê Văn Dũng"),
                new Name(UUID.randomUUID(), "Phạm Thị Ánh"), new Name(UUID.randomUUID(), "Hoàng Văn Anh"),
                new Name(UUID.randomUUID(), "Bùi Thị Anh"));

        List<String> printed = CandidateListRules.printedOrder(names, Name::fullName, Name::id).stream()
                .map(Name::fullName).toList();

        // An, then Anh (Bùi before Hoàng), Ánh (a tone after the bare letters), Dũng, then Đức (đ after d)
        assertEquals(List.of("Nguyễn Thị An", "Bùi Thị Anh", "Hoàng Văn Anh", "Phạm Thị Ánh", "Lê Văn Dũng",
                "Trần Văn Đức"), printed);
    }

    @Test
    void sparesAreTheRuleSetsShareRoundedUpAtLeastItsMinimum() {
        assertEquals(3, CandidateListRules.spareBallots(RULES_2020.elections(), 11));
        assertEquals(8, CandidateListRules.spareBallots(RULES_2020.elections(), 150));
        assertEquals(18, CandidateListRules.spareBallots(RULES_2020.elections(), 350));
    }

    @Test
    void theSecretaryOfACommitteeIsChosenAmongThoseJustElected() {
        assertEquals(List.of(Office.CELL_COMMITTEE),
                CandidateListRules.drawnFrom(Kind.CELL_WITH_COMMITTEE, Office.SECRETARY));
        assertEquals(List.of(), CandidateListRules.drawnFrom(Kind.CELL_WITH_COMMITTEE, Office.CELL_COMMITTEE));
        assertEquals(List.of(), CandidateListRules.drawnFrom(Kind.CELL_SECRETARY_ONLY, Office.SECRETARY));
        assertEquals(List.of(Office.PARTY_COMMITTEE),
                CandidateListRules.drawnFrom(Kind.PARTY_COMMITTEE, Office.STANDING_COMMITTEE));
        assertEquals(List.of(Office.PARTY_COMMITTEE, Office.STANDING_COMMITTEE),
                CandidateListRules.drawnFrom(Kind.PARTY_COMMITTEE, Office.SECRETARY));
        assertEquals(List.of(Office.PARTY_COMMITTEE, Office.INSPECTION_COMMISSION),
                CandidateListRules.drawnFrom(Kind.PARTY_COMMITTEE, Office.INSPECTION_CHAIR));
        assertEquals("BCH1-", CandidateListRules.serialPrefix(Office.PARTY_COMMITTEE, 1));
        assertEquals("BT2-", CandidateListRules.serialPrefix(Office.SECRETARY, 2));
    }
}

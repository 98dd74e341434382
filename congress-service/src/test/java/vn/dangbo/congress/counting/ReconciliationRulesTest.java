package vn.dangbo.congress.counting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.ruleset.RuleSets;

/** The checks before closing: each failure names the figure and says why. */
class ReconciliationRulesTest {

    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();
    private static final CountBasis TWO_OF_THREE = CountBasis.of(BallotKind.STRIKE_OUT, 2, List.of(A, B, C), 2,
            RuleSets.shipped("2020").elections());
    private static final Map<UUID, String> NAMES = Map.of(A, "Nguyễn Văn An", B, "Trần Thị Bình", C, "Lê Văn Cường");

    @Test
    void fiftyIssuedAndFiftyOneReturnedBlocksTheCount() {
        List<ReconciliationRules.Problem> problems = ReconciliationRules.check(50, 51, ballots(51, List.of(A, B)), 2,
                NAMES);
        assertEquals(List.of(new ReconciliationRules.Problem("ballotsReturned",
                "Số phiếu thu vào (51) nhiều hơn số phiếu phát ra (50)")), problems);
    }

    @Test
    void aCountThatReconcilesHasNoProblem() {
        assertTrue(ReconciliationRules.check(50, 48, ballots(48, List.of(A, B)), 2, NAMES).isEmpty());
    }

    @Test
    void validPlusInvalidMustBeTheReturnedAndEveryBallotDecided() {
        List<TallyRules.Unit> units = new ArrayList<>(units(10, List.of(A)));
        units.add(new TallyRules.Unit("x1", UnitKind.BALLOT, UnitStatus.MISMATCH, null));
        units.add(new TallyRules.Unit("x2", UnitKind.BALLOT, UnitStatus.PENDING, null));
        List<ReconciliationRules.Problem> problems = ReconciliationRules.check(12, 12,
                TallyRules.tally(TWO_OF_THREE, units), 2, NAMES);
        assertEquals(List.of(
                new ReconciliationRules.Problem("pending", "Còn 1 phiếu chưa đủ lượt nhập và 1 phiếu nhập không khớp "
                        + "chưa được ban kiểm phiếu giải quyết"),
                new ReconciliationRules.Problem("validBallots", "Số phiếu hợp lệ (10) cộng số phiếu không hợp lệ (0) "
                        + "là 10, khác số phiếu thu vào (12)")), problems);
    }

    @Test
    void aGroupTallyWithMoreVotesThanValidBallotsBlocksTheCount() {
        GroupTally group = new GroupTally(10, 9, 1, Map.of(A, 10, B, 9, C, 0));
        TallyRules.Totals totals = TallyRules.tally(TWO_OF_THREE, List.of(
                new TallyRules.Unit("T1", UnitKind.GROUP, UnitStatus.FINAL, group.canonical())));
        List<ReconciliationRules.Problem> problems = ReconciliationRules.check(10, 10, totals, 2, NAMES);
        assertEquals(List.of(
                new ReconciliationRules.Problem("votes", "Số phiếu bầu của Nguyễn Văn An (10) nhiều hơn số phiếu hợp "
                        + "lệ (9)"),
                new ReconciliationRules.Problem("votes", "Tổng số phiếu bầu (19) nhiều hơn số phiếu hợp lệ nhân số "
                        + "lượng cần bầu (9 × 2 = 18)")), problems);
    }

    @Test
    void figuresNotEnteredBlockTheCount() {
        List<ReconciliationRules.Problem> problems = ReconciliationRules.check(null, null, ballots(0, List.of()), 2,
                NAMES);
        assertEquals(List.of("ballotsIssued", "ballotsReturned"), problems.stream()
                .map(ReconciliationRules.Problem::field).toList());
    }

    private static TallyRules.Totals ballots(int n, List<UUID> kept) {
        return TallyRules.tally(TWO_OF_THREE, units(n, kept));
    }

    private static List<TallyRules.Unit> units(int n, List<UUID> kept) {
        String content = BallotContent.entered(TWO_OF_THREE, kept, null).canonical();
        List<TallyRules.Unit> units = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            units.add(new TallyRules.Unit("s" + i, UnitKind.BALLOT, UnitStatus.FINAL, content));
        }
        return units;
    }
}

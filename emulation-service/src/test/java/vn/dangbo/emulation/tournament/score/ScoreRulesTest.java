package vn.dangbo.emulation.tournament.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.standing.PlayingRules;
import vn.dangbo.emulation.tournament.standing.SetScore;

class ScoreRulesTest {

    private static final TournamentRules RULES = PlayingRules.PLAN;

    private static ScoreRules.Verdict check(int... points) {
        List<SetScore> sets = new java.util.ArrayList<>();
        for (int i = 0; i < points.length; i += 2) {
            sets.add(new SetScore(points[i], points[i + 1]));
        }
        return ScoreRules.check(RULES, sets);
    }

    @Test
    void aMatchWonTwoSetsToNilWithOrdinarySetsWarnsNothing() {
        ScoreRules.Verdict verdict = check(21, 19, 23, 21);
        assertTrue(verdict.decided());
        assertEquals(ScoreRules.Side.HOME, verdict.winner());
        assertEquals(List.of(), verdict.warnings());
    }

    @Test
    void aSetWonByOnePointWarnsOfTheTwoPointLead() {
        ScoreRules.Verdict verdict = check(21, 20, 21, 15);
        assertTrue(verdict.decided());
        assertEquals(List.of("Set 1 (21-20): thắng set phải cách biệt 2 điểm"), verdict.warnings());
    }

    @Test
    void aSetWonPastItsPointsByMoreThanTwoWarns() {
        assertEquals(List.of("Set 1 (22-10): set đã kết thúc ở 21 điểm, không thể thắng 22 điểm với cách biệt 12"),
                check(22, 10, 21, 15).warnings());
    }

    @Test
    void aSetPastTheCapWarnsAndOneEndingAtTheCapDoesNot() {
        assertEquals(List.of("Set 1 (31-29): vượt điểm chạm 30"), check(31, 29, 21, 15).warnings());
        assertEquals(List.of(), check(30, 29, 21, 15).warnings());
    }

    @Test
    void theDecidingSetIsPlayedToItsOwnPoints() {
        ScoreRules.Verdict verdict = check(21, 15, 17, 21, 15, 12);
        assertEquals(ScoreRules.Side.HOME, verdict.winner());
        assertEquals(List.of(), verdict.warnings());
        assertEquals(List.of("Set 3 (14-12): đội thắng set chưa đủ 15 điểm"), check(21, 15, 17, 21, 14, 12)
                .warnings());
        assertEquals(List.of(), check(21, 15, 17, 21, 21, 19).warnings());
        assertEquals(List.of("Set 3 (21-10): set đã kết thúc ở 15 điểm, không thể thắng 21 điểm với cách biệt 11"),
                check(21, 15, 17, 21, 21, 10).warnings());
    }

    @Test
    void aSetAfterTheMatchWasWonWarnsAndDoesNotCount() {
        ScoreRules.Verdict verdict = check(21, 15, 21, 18, 15, 21);
        assertEquals(ScoreRules.Side.HOME, verdict.winner());
        assertEquals(2, verdict.homeSets());
        assertEquals(0, verdict.awaySets());
        assertEquals(List.of("Set 3 (15-21): trận đấu đã phân thắng bại trước set này (thắng 2 set là thắng trận),"
                + " set này không được tính"), verdict.warnings());
    }

    @Test
    void aMatchNobodyWonIsNotAResult() {
        ScoreRules.Verdict verdict = check(21, 15, 15, 21);
        assertFalse(verdict.decided());
        assertEquals("Trận đấu chưa phân thắng bại: tỉ số 1-1 về set, cần thắng 2 set", verdict.problem());
        assertEquals("sets", verdict.problemField());
        assertFalse(check().decided());
    }

    @Test
    void aDrawnSetOrNegativePointsAreRefusedNamingTheSet() {
        ScoreRules.Verdict drawn = check(21, 15, 20, 20, 15, 10);
        assertEquals("Set 2 (20-20): một set phải có đội thắng", drawn.problem());
        assertEquals("sets[1]", drawn.problemField());
        assertEquals("sets[0]", check(-1, 21, 21, 15, 15, 10).problemField());
    }

    @Test
    void aForfeitIsSetsToWinSetsOfTheForfeitScore() {
        assertEquals(List.of(new SetScore(0, 25), new SetScore(0, 25)),
                ScoreRules.forfeitSets(RULES, ScoreRules.Side.AWAY));
        assertEquals(List.of(new SetScore(25, 0), new SetScore(25, 0)),
                ScoreRules.forfeitSets(RULES, ScoreRules.Side.HOME));
    }
}

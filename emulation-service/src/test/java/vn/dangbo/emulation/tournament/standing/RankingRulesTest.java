package vn.dangbo.emulation.tournament.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.TournamentMatch.Stage;
import vn.dangbo.emulation.tournament.TournamentMatch.State;
import vn.dangbo.emulation.tournament.standing.RankingRules.Match;
import vn.dangbo.emulation.tournament.standing.RankingRules.Rank;

class RankingRulesTest {

    private final Map<UUID, String> names = new HashMap<>();
    private final UUID a1 = team("Nhất A");
    private final UUID a2 = team("Nhì A");
    private final UUID a3 = team("Ba A");
    private final UUID a4 = team("Tư A");
    private final UUID b1 = team("Nhất B");
    private final UUID b2 = team("Nhì B");
    private final UUID b3 = team("Ba B");
    private final UUID b4 = team("Tư B");

    private UUID team(String name) {
        UUID id = UUID.randomUUID();
        names.put(id, name);
        return id;
    }

    private List<List<UUID>> groups() {
        return List.of(List.of(a1, a2, a3, a4), List.of(b1, b2, b3, b4));
    }

    @Test
    void theFinalThenTheThirdPlaceMatchThenTheGroupsPlaces() {
        List<Match> matches = List.of(
                new Match(Stage.KNOCKOUT, 1, a1, b2, State.PLAYED, a1),
                new Match(Stage.KNOCKOUT, 1, b1, a2, State.PLAYED, a2),
                new Match(Stage.KNOCKOUT, 2, a1, a2, State.PLAYED, a2),
                new Match(Stage.THIRD_PLACE, 2, b2, b1, State.FORFEIT, b1));
        assertTrue(RankingRules.complete(matches));
        List<Rank> ranking = RankingRules.ranking(matches, groups(), names);
        assertEquals(List.of(new Rank(1, a2), new Rank(2, a1), new Rank(3, b1), new Rank(4, b2),
                new Rank(5, a3), new Rank(5, b3), new Rank(7, a4), new Rank(7, b4)), ranking);
    }

    @Test
    void withoutAThirdPlaceMatchBothSemiFinalLosersShareThird() {
        List<Match> matches = List.of(
                new Match(Stage.KNOCKOUT, 1, a1, b2, State.PLAYED, a1),
                new Match(Stage.KNOCKOUT, 1, b1, a2, State.PLAYED, b1),
                new Match(Stage.KNOCKOUT, 2, a1, b1, State.PLAYED, b1));
        List<Rank> ranking = RankingRules.ranking(matches, List.of(), names);
        assertEquals(List.of(new Rank(1, b1), new Rank(2, a1), new Rank(3, a2), new Rank(3, b2)), ranking);
    }

    @Test
    void aPlaceNobodyCameToStaysEmpty() {
        // semi-final a1-b2 a double forfeit: b1 won the final and a2 the third-place match by walkover
        List<Match> matches = List.of(
                new Match(Stage.KNOCKOUT, 1, a1, b2, State.DOUBLE_FORFEIT, null),
                new Match(Stage.KNOCKOUT, 1, b1, a2, State.PLAYED, b1),
                new Match(Stage.KNOCKOUT, 2, null, b1, State.FORFEIT, b1),
                new Match(Stage.THIRD_PLACE, 2, null, a2, State.FORFEIT, a2));
        assertTrue(RankingRules.complete(matches));
        assertEquals(List.of(new Rank(1, b1), new Rank(3, a2), new Rank(5, a1), new Rank(5, b2)),
                RankingRules.ranking(matches, List.of(), names));
    }

    @Test
    void theTournamentIsNotOverUntilTheThirdPlaceMatchIsDecided() {
        List<Match> matches = List.of(
                new Match(Stage.KNOCKOUT, 2, a1, b1, State.PLAYED, b1),
                new Match(Stage.THIRD_PLACE, 2, a2, b2, State.PENDING, null));
        assertFalse(RankingRules.complete(matches));
        assertFalse(RankingRules.complete(List.of(new Match(Stage.KNOCKOUT, 2, null, null, State.PENDING, null))));
    }
}

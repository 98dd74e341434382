package vn.dangbo.emulation.tournament.standing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.TournamentRules.RankingPoints;
import vn.dangbo.emulation.tournament.standing.StandingsRules.Match;
import vn.dangbo.emulation.tournament.standing.StandingsRules.Row;
import vn.dangbo.emulation.tournament.standing.StandingsRules.Team;

class StandingsRulesTest {

    private static final Team CONG_AN = team("Công an tỉnh");
    private static final Team DIEN_LUC = team("Điện lực Lào Cai");
    private static final Team KHO_BAC = team("Kho bạc Nhà nước");
    private static final Team Y_TE = team("Sở Y tế");

    private static Team team(String name) {
        return new Team(UUID.randomUUID(), name);
    }

    /** A match played, the sets as home-away points: the winner is who won two sets. */
    private static Match played(Team home, Team away, int... points) {
        List<SetScore> sets = new ArrayList<>();
        int homeSets = 0;
        for (int i = 0; i < points.length; i += 2) {
            sets.add(new SetScore(points[i], points[i + 1]));
            homeSets += points[i] > points[i + 1] ? 1 : 0;
        }
        return new Match(home.id(), away.id(), TournamentMatch.State.PLAYED, sets, homeSets == 2 ? home.id()
                : away.id());
    }

    private static List<String> order(List<Row> rows) {
        return rows.stream().map(Row::name).toList();
    }

    private static Row row(List<Row> rows, Team team) {
        return rows.stream().filter(r -> r.teamId().equals(team.id())).findFirst().orElseThrow();
    }

    @Test
    void aThreeWayTieOnWinsIsResolvedBySetRatio() {
        // a tournament counting 2 points a win and 1 a loss, whatever the sets: the set ratio separates them
        TournamentRules rules = PlayingRules.withPoints(new RankingPoints(2, 2, 1, 1, 0));
        Team a = Y_TE;
        Team b = KHO_BAC;
        Team c = CONG_AN;
        Team d = DIEN_LUC;
        List<Row> rows = StandingsRules.standings(rules, List.of(c, b, d, a), List.of(
                played(a, b, 21, 15, 21, 17),
                played(b, c, 21, 18, 16, 21, 15, 11),
                played(c, a, 21, 19, 18, 21, 15, 13),
                played(a, d, 21, 10, 21, 12),
                played(b, d, 21, 11, 21, 9),
                played(c, d, 21, 14, 19, 21, 15, 8)));
        assertEquals(List.of(a.name(), b.name(), c.name(), d.name()), order(rows));
        assertEquals(List.of(2, 2, 2, 0), rows.stream().map(Row::wins).toList());
        assertEquals(List.of(5, 5, 5, 3), rows.stream().map(Row::rankingPoints).toList());
        assertEquals(2.5, row(rows, a).setRatio());
        assertEquals(1.333, row(rows, b).setRatio());
        assertEquals(1.25, row(rows, c).setRatio());
        assertEquals(List.of(1, 2, 3, 4), rows.stream().map(Row::rank).toList());
    }

    @Test
    void theTableCountsMatchesSetsPointsAndTheRankingPointsOfEachResult() {
        TournamentRules rules = PlayingRules.PLAN;
        List<Row> rows = StandingsRules.standings(rules, List.of(CONG_AN, Y_TE, KHO_BAC), List.of(
                played(CONG_AN, Y_TE, 21, 15, 15, 21, 15, 12),
                played(CONG_AN, KHO_BAC, 19, 21, 21, 19, 15, 13),
                played(Y_TE, KHO_BAC, 21, 5, 21, 5)));
        // Công an: 2 narrow wins (4 points); Y tế: a clear win and a narrow loss (4); Kho bạc: 1 point
        assertEquals(List.of(CONG_AN.name(), Y_TE.name(), KHO_BAC.name()), order(rows));
        Row congAn = row(rows, CONG_AN);
        assertEquals(4, congAn.rankingPoints());
        assertEquals(2, congAn.played());
        assertEquals(4, congAn.setsWon());
        assertEquals(2, congAn.setsLost());
        assertEquals(106, congAn.pointsWon());
        assertEquals(2.0, congAn.setRatio());
        assertEquals(4, row(rows, Y_TE).rankingPoints());
        assertEquals(1, row(rows, KHO_BAC).rankingPoints());
    }

    @Test
    void twoTeamsLevelOnEverythingAreOrderedByTheirHeadToHead() {
        TournamentRules rules = PlayingRules.PLAN;
        // Y tế beat Công an; both beat one and lost to one, every set 21-15: level on every measure
        List<Row> rows = StandingsRules.standings(rules, List.of(CONG_AN, Y_TE, KHO_BAC, DIEN_LUC), List.of(
                played(Y_TE, CONG_AN, 21, 15, 21, 15),
                played(CONG_AN, KHO_BAC, 21, 15, 21, 15),
                played(KHO_BAC, Y_TE, 21, 15, 21, 15),
                played(Y_TE, DIEN_LUC, 21, 15, 21, 15),
                played(CONG_AN, DIEN_LUC, 21, 15, 21, 15),
                played(DIEN_LUC, KHO_BAC, 21, 15, 21, 15)));
        Row yTe = row(rows, Y_TE);
        Row congAn = row(rows, CONG_AN);
        assertEquals(List.of(yTe.wins(), yTe.rankingPoints(), yTe.setsWon(), yTe.setsLost(), yTe.pointsWon(),
                yTe.pointsLost()), List.of(congAn.wins(), congAn.rankingPoints(), congAn.setsWon(),
                        congAn.setsLost(), congAn.pointsWon(), congAn.pointsLost()));
        // by name Công an would come first: the head-to-head puts Y tế first (and Điện lực above Kho bạc)
        assertEquals(List.of(Y_TE.name(), CONG_AN.name(), DIEN_LUC.name(), KHO_BAC.name()), order(rows));
    }

    @Test
    void threeTeamsLevelOnEverythingAreOrderedByTheirMiniTable() {
        TournamentRules rules = PlayingRules.PLAN;
        Team a = Y_TE;
        Team b = CONG_AN;
        Team c = DIEN_LUC;
        Team d = KHO_BAC;
        List<Row> rows = StandingsRules.standings(rules, List.of(b, c, a, d), List.of(
                // a circle of narrow wins among a, b and c
                played(a, b, 21, 15, 15, 21, 15, 10),
                played(b, c, 21, 19, 19, 21, 15, 13),
                played(c, a, 21, 18, 18, 21, 15, 12),
                // each beat d so that all three end on 149 points won, 130 lost
                played(a, d, 21, 6, 26, 24),
                played(b, d, 21, 1, 27, 25),
                played(c, d, 21, 12, 21, 12)));
        for (Team t : List.of(a, b, c)) {
            Row r = row(rows, t);
            assertEquals(List.of(2, 6, 5, 3, 149, 130), List.of(r.wins(), r.rankingPoints(), r.setsWon(),
                    r.setsLost(), r.pointsWon(), r.pointsLost()), t.name());
        }
        // among themselves: one win, 3 points, 3-3 sets each; points 102-100 (a), 107-106 (c), 101-104 (b)
        assertEquals(List.of(a.name(), c.name(), b.name(), d.name()), order(rows));
    }

    @Test
    void aForfeitCountsTwoSetsOfTwentyFiveNilAndADoubleForfeitIsALossForBoth() {
        // 2 points a win, 1 a loss, none for a forfeit
        TournamentRules rules = PlayingRules.withPoints(new RankingPoints(2, 2, 1, 1, 0));
        List<Row> rows = StandingsRules.standings(rules, List.of(CONG_AN, Y_TE, KHO_BAC), List.of(
                new Match(CONG_AN.id(), Y_TE.id(), TournamentMatch.State.FORFEIT,
                        List.of(new SetScore(0, 25), new SetScore(0, 25)), Y_TE.id()),
                new Match(CONG_AN.id(), KHO_BAC.id(), TournamentMatch.State.DOUBLE_FORFEIT, List.of(), null)));
        Row yTe = row(rows, Y_TE);
        assertEquals(List.of(1, 1, 0, 2, 2, 0, 50, 0), List.of(yTe.played(), yTe.wins(), yTe.losses(),
                yTe.rankingPoints(), yTe.setsWon(), yTe.setsLost(), yTe.pointsWon(), yTe.pointsLost()));
        assertNull(yTe.setRatio(), "nothing lost: the highest ratio");
        assertNull(yTe.pointRatio());
        Row congAn = row(rows, CONG_AN);
        assertEquals(List.of(2, 0, 2, 0, 0, 4, 0, 100), List.of(congAn.played(), congAn.wins(), congAn.losses(),
                congAn.rankingPoints(), congAn.setsWon(), congAn.setsLost(), congAn.pointsWon(),
                congAn.pointsLost()));
        Row khoBac = row(rows, KHO_BAC);
        assertEquals(List.of(1, 0, 1, 0, 0, 2, 0, 50), List.of(khoBac.played(), khoBac.wins(), khoBac.losses(),
                khoBac.rankingPoints(), khoBac.setsWon(), khoBac.setsLost(), khoBac.pointsWon(),
                khoBac.pointsLost()));
        assertEquals(0.0, khoBac.setRatio());
        assertEquals(Y_TE.name(), rows.get(0).name());
    }

    @Test
    void aGroupWithNothingPlayedIsInTheNamesOrder() {
        List<Row> rows = StandingsRules.standings(PlayingRules.PLAN, List.of(Y_TE, KHO_BAC, DIEN_LUC, CONG_AN),
                List.of());
        assertEquals(List.of(CONG_AN.name(), DIEN_LUC.name(), KHO_BAC.name(), Y_TE.name()), order(rows));
    }
}

package vn.dangbo.emulation.tournament.standing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.kit.text.VietnameseText;

/**
 * A group's table: per team the matches played, won and lost, the ranking points of each result (a clear or a narrow
 * win or loss, a forfeit), the sets and the points won and lost. Teams are ordered by wins, then ranking points,
 * then set ratio, then point ratio; teams still level are ordered by the same measures over the matches among
 * themselves only (two teams: their head-to-head; three or more: their mini-table), and only if that separates
 * nothing, by name. A ratio with nothing lost is the highest.
 */
public final class StandingsRules {

    public record Team(UUID id, String name) {
    }

    /** A decided match of the group (PLAYED, FORFEIT or DOUBLE_FORFEIT) with its sets as entered. */
    public record Match(UUID homeId, UUID awayId, TournamentMatch.State state, List<SetScore> sets, UUID winnerId) {
    }

    /** One team's line; a ratio is null when nothing was lost (the highest ratio). */
    public record Row(int rank, UUID teamId, String name, int played, int wins, int losses, int rankingPoints,
            int setsWon, int setsLost, Double setRatio, int pointsWon, int pointsLost, Double pointRatio) {
    }

    private StandingsRules() {
    }

    public static List<Row> standings(TournamentRules rules, List<Team> teams, List<Match> matches) {
        Map<UUID, Team> byId = new LinkedHashMap<>();
        teams.forEach(t -> byId.put(t.id(), t));
        Map<UUID, Tally> overall = tally(rules, byId.keySet(), matches);
        List<UUID> order = order(rules, byId, byId.keySet(), matches, overall, true);
        List<Row> rows = new ArrayList<>();
        for (UUID id : order) {
            Tally t = overall.get(id);
            rows.add(new Row(rows.size() + 1, id, byId.get(id).name(), t.played, t.wins, t.losses, t.rankingPoints,
                    t.setsWon, t.setsLost, ratio(t.setsWon, t.setsLost), t.pointsWon, t.pointsLost,
                    ratio(t.pointsWon, t.pointsLost)));
        }
        return rows;
    }

    /**
     * Whether a decided match went to its deciding set (2-1 in a best of three): the loser's ranking points are
     * then the narrow loss's, the winner's the narrow win's.
     */
    public static boolean narrow(TournamentRules rules, int homeSets, int awaySets) {
        return Math.min(homeSets, awaySets) == rules.setsToWin() - 1;
    }

    private static List<UUID> order(TournamentRules rules, Map<UUID, Team> teams, Set<UUID> among,
            List<Match> matches, Map<UUID, Tally> tally, boolean whole) {
        Comparator<UUID> measures = Comparator.<UUID, Tally>comparing(tally::get, Tally.BY_MEASURES);
        List<UUID> sorted = new ArrayList<>(among);
        sorted.sort(measures);
        List<UUID> order = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            while (j < sorted.size() && measures.compare(sorted.get(i), sorted.get(j)) == 0) {
                j++;
            }
            List<UUID> level = sorted.subList(i, j);
            if (level.size() == 1) {
                order.add(level.get(0));
            } else if (whole || level.size() < among.size()) {
                // the teams still level, measured over their matches among themselves only
                Set<UUID> tied = new HashSet<>(level);
                order.addAll(order(rules, teams, tied, matches, tally(rules, tied, matches), false));
            } else {
                // their matches among themselves separate nobody: the only order left is the name's
                List<UUID> byName = new ArrayList<>(level);
                byName.sort(Comparator.comparing(id -> teams.get(id).name(), VietnameseText.collator()));
                order.addAll(byName);
            }
            i = j;
        }
        return order;
    }

    /** Every team's measures over the decided matches between two of {@code among}. */
    private static Map<UUID, Tally> tally(TournamentRules rules, Set<UUID> among, List<Match> matches) {
        Map<UUID, Tally> tally = new LinkedHashMap<>();
        among.forEach(id -> tally.put(id, new Tally()));
        for (Match m : matches) {
            Tally home = tally.get(m.homeId());
            Tally away = tally.get(m.awayId());
            if (home == null || away == null) {
                continue;
            }
            if (m.state() == TournamentMatch.State.DOUBLE_FORFEIT) {
                home.doubleForfeit(rules);
                away.doubleForfeit(rules);
                continue;
            }
            int homeSets = 0;
            int awaySets = 0;
            int homePoints = 0;
            int awayPoints = 0;
            // the sets until the match was won: a set entered after it counts nowhere (the score warned of it)
            for (SetScore set : m.sets()) {
                if (homeSets == rules.setsToWin() || awaySets == rules.setsToWin()) {
                    break;
                }
                homePoints += set.home();
                awayPoints += set.away();
                if (set.home() > set.away()) {
                    homeSets++;
                } else {
                    awaySets++;
                }
            }
            boolean homeWon = m.homeId().equals(m.winnerId());
            boolean forfeit = m.state() == TournamentMatch.State.FORFEIT;
            boolean narrow = !forfeit && narrow(rules, homeSets, awaySets);
            home.add(homeWon, forfeit, narrow, homeSets, awaySets, homePoints, awayPoints, rules);
            away.add(!homeWon, forfeit, narrow, awaySets, homeSets, awayPoints, homePoints, rules);
        }
        return tally;
    }

    private static Double ratio(int won, int lost) {
        return lost == 0 ? null : Math.round(1000.0 * won / lost) / 1000.0;
    }

    /** won1/lost1 against won2/lost2 without dividing: nothing lost is the highest ratio. */
    private static int compareRatio(int won1, int lost1, int won2, int lost2) {
        if (lost1 == 0 || lost2 == 0) {
            return Boolean.compare(lost1 == 0, lost2 == 0);
        }
        return Long.compare((long) won1 * lost2, (long) won2 * lost1);
    }

    private static final class Tally {

        /** Best first: more wins, more ranking points, a higher set ratio, a higher point ratio. */
        static final Comparator<Tally> BY_MEASURES = Comparator.<Tally>comparingInt(t -> t.wins)
                .thenComparingInt(t -> t.rankingPoints)
                .thenComparing((a, b) -> compareRatio(a.setsWon, a.setsLost, b.setsWon, b.setsLost))
                .thenComparing((a, b) -> compareRatio(a.pointsWon, a.pointsLost, b.pointsWon, b.pointsLost))
                .reversed();

        int played;
        int wins;
        int losses;
        int rankingPoints;
        int setsWon;
        int setsLost;
        int pointsWon;
        int pointsLost;

        void add(boolean won, boolean forfeit, boolean narrow, int setsFor, int setsAgainst, int pointsFor,
                int pointsAgainst, TournamentRules rules) {
            TournamentRules.RankingPoints points = rules.rankingPoints();
            played++;
            if (won) {
                wins++;
                rankingPoints += narrow ? points.narrowWin() : points.clearWin();
            } else {
                losses++;
                rankingPoints += forfeit ? points.forfeitLoss() : narrow ? points.narrowLoss() : points.clearLoss();
            }
            setsWon += setsFor;
            setsLost += setsAgainst;
            pointsWon += pointsFor;
            pointsLost += pointsAgainst;
        }

        /** Neither side played: each counts the match lost by forfeit, with the forfeit's score against it. */
        void doubleForfeit(TournamentRules rules) {
            played++;
            losses++;
            rankingPoints += rules.rankingPoints().forfeitLoss();
            setsLost += rules.setsToWin();
            pointsWon += rules.setsToWin() * rules.forfeit().loserPoints();
            pointsLost += rules.setsToWin() * rules.forfeit().winnerPoints();
        }
    }
}

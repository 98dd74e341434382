package vn.dangbo.emulation.tournament;

import com.fasterxml.jackson.core.JsonProcessingException;
import vn.dangbo.emulation.plan.MovementPlans;

/**
 * The rules of one tournament (điều lệ giải), data: the plan's defaults ({@code tournament.rules} of the plan file)
 * copied at creation, changed by the office before the draw. Read by the teams (roster), the draw and schedule
 * (format), the scores (sets, points, forfeits) and the standings (ranking points).
 *
 * @param setsToWin       sets a side needs to win the match (2: best of three)
 * @param pointsPerSet    points to win a set (21)
 * @param pointsFinalSet  points to win the deciding set (15)
 * @param winByTwo        a set is won by two clear points
 * @param cap             a set ends at this score even without two clear points; null: no cap
 * @param rankingPoints   pool ranking points per result (FIVB: 3/2/1/0)
 * @param forfeit         the score a forfeited match counts, per set (25-0)
 * @param roster          the roster's size and its minimum of women and men
 * @param onCourt         the players on court and their minimum of women and men
 * @param format          GROUPS_THEN_KNOCKOUT or KNOCKOUT_ONLY
 * @param groups          the groups' shape (GROUPS_THEN_KNOCKOUT only)
 * @param thirdPlaceMatch whether the semi-finals' losers play for third place
 */
public record TournamentRules(int setsToWin, int pointsPerSet, int pointsFinalSet, boolean winByTwo, Integer cap,
        RankingPoints rankingPoints, Forfeit forfeit, Roster roster, OnCourt onCourt, Format format, Groups groups,
        boolean thirdPlaceMatch) {

    public enum Format {
        GROUPS_THEN_KNOCKOUT,
        KNOCKOUT_ONLY
    }

    /**
     * Pool points per result. "Narrow" is a match that went to its deciding set (2-1 in a best of three, 3-2 in a
     * best of five); "clear" any other.
     */
    public record RankingPoints(int clearWin, int narrowWin, int narrowLoss, int clearLoss, int forfeitLoss) {
    }

    /** A forfeited match counts as won by {@code setsToWin} sets of {@code winnerPoints}-{@code loserPoints}. */
    public record Forfeit(int winnerPoints, int loserPoints) {
    }

    public record Roster(int minPlayers, int maxPlayers, int minWomen, int minMen) {
    }

    public record OnCourt(int players, int minWomen, int minMen) {
    }

    /**
     * @param teamsPerGroup the largest group (groups are as even as the teams allow)
     * @param advancing     how many of each group go on to the knockout
     */
    public record Groups(int teamsPerGroup, int advancing) {
    }

    public static TournamentRules read(String json) {
        try {
            return MovementPlans.JSON.readValue(json, TournamentRules.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tournament rules are not readable", e);
        }
    }

    public String write() {
        try {
            return MovementPlans.JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.dangbo.emulation.tournament.standing;

import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.TournamentRules.Forfeit;
import vn.dangbo.emulation.tournament.TournamentRules.Groups;
import vn.dangbo.emulation.tournament.TournamentRules.OnCourt;
import vn.dangbo.emulation.tournament.TournamentRules.RankingPoints;
import vn.dangbo.emulation.tournament.TournamentRules.Roster;

/** The plan's rules (best of three to 21, deciding set to 15, win by two, cap 30, FIVB 3/2/1/0, forfeit 25-0). */
public final class PlayingRules {

    public static final TournamentRules PLAN = new TournamentRules(2, 21, 15, true, 30,
            new RankingPoints(3, 2, 1, 0, 0), new Forfeit(25, 0), new Roster(6, 10, 2, 2), new OnCourt(5, 2, 2),
            TournamentRules.Format.GROUPS_THEN_KNOCKOUT, new Groups(4, 2), true);

    private PlayingRules() {
    }

    /** The plan's rules with other ranking points (a tournament may choose its own). */
    public static TournamentRules withPoints(RankingPoints points) {
        return new TournamentRules(PLAN.setsToWin(), PLAN.pointsPerSet(), PLAN.pointsFinalSet(), PLAN.winByTwo(),
                PLAN.cap(), points, PLAN.forfeit(), PLAN.roster(), PLAN.onCourt(), PLAN.format(), PLAN.groups(),
                PLAN.thirdPlaceMatch());
    }
}

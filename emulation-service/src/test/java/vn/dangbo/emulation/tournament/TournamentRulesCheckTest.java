package vn.dangbo.emulation.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.TournamentRules.Forfeit;
import vn.dangbo.emulation.tournament.TournamentRules.Format;
import vn.dangbo.emulation.tournament.TournamentRules.Groups;
import vn.dangbo.emulation.tournament.TournamentRules.OnCourt;
import vn.dangbo.emulation.tournament.TournamentRules.RankingPoints;
import vn.dangbo.emulation.tournament.TournamentRules.Roster;

/** A rule set that cannot be played is refused, each problem naming its field. */
class TournamentRulesCheckTest {

    static TournamentRules defaults() {
        return new TournamentRules(2, 21, 15, true, 30, new RankingPoints(3, 2, 1, 0, 0), new Forfeit(25, 0),
                new Roster(6, 10, 2, 2), new OnCourt(5, 2, 2), Format.GROUPS_THEN_KNOCKOUT, new Groups(4, 2), true);
    }

    static TournamentRules with(int setsToWin, int points, int finalSet, boolean winByTwo, Integer cap) {
        TournamentRules d = defaults();
        return new TournamentRules(setsToWin, points, finalSet, winByTwo, cap, d.rankingPoints(), d.forfeit(),
                d.roster(), d.onCourt(), d.format(), d.groups(), d.thirdPlaceMatch());
    }

    static TournamentRules with(Roster roster, OnCourt onCourt) {
        TournamentRules d = defaults();
        return new TournamentRules(d.setsToWin(), d.pointsPerSet(), d.pointsFinalSet(), d.winByTwo(), d.cap(),
                d.rankingPoints(), d.forfeit(), roster, onCourt, d.format(), d.groups(), d.thirdPlaceMatch());
    }

    static TournamentRules with(Format format, Groups groups) {
        TournamentRules d = defaults();
        return new TournamentRules(d.setsToWin(), d.pointsPerSet(), d.pointsFinalSet(), d.winByTwo(), d.cap(),
                d.rankingPoints(), d.forfeit(), d.roster(), d.onCourt(), format, groups, d.thirdPlaceMatch());
    }

    @Test
    void theFivbLikeDefaultsPass() {
        assertEquals(List.of(), TournamentRulesCheck.problems(defaults()));
        assertEquals(List.of(), TournamentRulesCheck.problems(with(3, 25, 15, true, null)));
        assertEquals(List.of(), TournamentRulesCheck.problems(with(Format.KNOCKOUT_ONLY, null)));
    }

    @Test
    void setsAndPoints() {
        assertEquals(List.of("setsToWin: phải từ 1 trở lên"), TournamentRulesCheck.problems(with(0, 21, 15, true, 30)));
        assertEquals(List.of("pointsPerSet: phải lớn hơn 0", "pointsFinalSet: phải lớn hơn 0"),
                TournamentRulesCheck.problems(with(2, 0, 0, false, null)));
        assertEquals(List.of("pointsFinalSet: không được lớn hơn số điểm một hiệp (21)"),
                TournamentRulesCheck.problems(with(2, 21, 25, true, null)));
    }

    @Test
    void aCapBelowTwoClearPointsIsRefused() {
        assertEquals(List.of("cap: điểm chạm phải từ 23 trở lên (số điểm một hiệp cộng 2, vì phải thắng cách 2 "
                + "điểm)"), TournamentRulesCheck.problems(with(2, 21, 15, true, 22)));
        assertEquals(List.of(), TournamentRulesCheck.problems(with(2, 21, 15, true, 23)));
        assertEquals(List.of(), TournamentRulesCheck.problems(with(2, 21, 15, false, 21)));
        assertEquals(List.of("cap: điểm chạm phải từ 21 trở lên"),
                TournamentRulesCheck.problems(with(2, 21, 15, false, 20)));
    }

    @Test
    void theRoster() {
        assertEquals(List.of("roster.maxPlayers: không được nhỏ hơn roster.minPlayers (6)"),
                TournamentRulesCheck.problems(with(new Roster(6, 5, 2, 2), new OnCourt(5, 2, 2))));
        assertEquals(List.of("roster.minPlayers: phải từ 7 trở lên (số nữ tối thiểu cộng số nam tối thiểu)"),
                TournamentRulesCheck.problems(with(new Roster(6, 10, 4, 3), new OnCourt(5, 2, 2))));
        assertEquals(List.of("roster: số nữ, số nam tối thiểu không được âm"),
                TournamentRulesCheck.problems(with(new Roster(6, 10, -1, 2), new OnCourt(5, 0, 2))));
    }

    @Test
    void onCourtFitsTheRoster() {
        assertEquals(List.of("onCourt.players: không được lớn hơn roster.minPlayers (6)"),
                TournamentRulesCheck.problems(with(new Roster(6, 10, 2, 2), new OnCourt(7, 2, 2))));
        assertEquals(List.of("onCourt.players: phải từ 5 trở lên (số nữ tối thiểu cộng số nam tối thiểu trên sân)"),
                TournamentRulesCheck.problems(with(new Roster(6, 10, 3, 2), new OnCourt(4, 3, 2))));
        assertEquals(List.of("onCourt.minWomen: không được lớn hơn roster.minWomen (2)"),
                TournamentRulesCheck.problems(with(new Roster(6, 10, 2, 2), new OnCourt(5, 3, 2))));
        assertEquals(List.of("roster: bắt buộc"), TournamentRulesCheck.problems(with(null, new OnCourt(5, 2, 2))));
    }

    @Test
    void groupsAdvanceFewerThanTheyHold() {
        assertEquals(List.of("groups.advancing: phải nhỏ hơn groups.teamsPerGroup (4)"),
                TournamentRulesCheck.problems(with(Format.GROUPS_THEN_KNOCKOUT, new Groups(4, 4))));
        assertEquals(List.of("groups.teamsPerGroup: phải từ 2 trở lên", "groups.advancing: phải nhỏ hơn "
                + "groups.teamsPerGroup (1)"), TournamentRulesCheck.problems(with(Format.GROUPS_THEN_KNOCKOUT,
                        new Groups(1, 1))));
        assertEquals(List.of("groups: bắt buộc khi thi đấu vòng bảng rồi loại trực tiếp"),
                TournamentRulesCheck.problems(with(Format.GROUPS_THEN_KNOCKOUT, null)));
        assertEquals(List.of("format: phải là GROUPS_THEN_KNOCKOUT hoặc KNOCKOUT_ONLY"),
                TournamentRulesCheck.problems(with(null, new Groups(4, 2))));
    }

    @Test
    void rankingPointsAndForfeit() {
        TournamentRules d = defaults();
        TournamentRules bad = new TournamentRules(2, 21, 15, true, 30, new RankingPoints(3, 1, 1, 0, 0),
                new Forfeit(0, 0), d.roster(), d.onCourt(), d.format(), d.groups(), true);
        assertEquals(List.of("rankingPoints.narrowLoss: phải nhỏ hơn narrowWin (trận thắng được nhiều điểm hơn trận "
                + "thua)", "forfeit.winnerPoints: phải lớn hơn loserPoints"), TournamentRulesCheck.problems(bad));
        TournamentRules none = new TournamentRules(2, 21, 15, true, 30, null, null, d.roster(), d.onCourt(),
                d.format(), d.groups(), true);
        assertEquals(List.of("rankingPoints: bắt buộc", "forfeit: bắt buộc"), TournamentRulesCheck.problems(none));
    }
}

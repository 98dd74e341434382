package vn.dangbo.emulation.tournament;

import java.util.ArrayList;
import java.util.List;

/**
 * What is wrong with a set of tournament rules, each problem naming its field ({@code roster.maxPlayers: ...}):
 * the plan's defaults are checked with it at start, and the office's change before it is stored. Plain Java.
 */
public final class TournamentRulesCheck {

    private TournamentRulesCheck() {
    }

    /** @return "field: message" problems in Vietnamese; empty when the rules may be played */
    public static List<String> problems(TournamentRules rules) {
        List<String> problems = new ArrayList<>();
        if (rules == null) {
            problems.add("rules: bắt buộc");
            return problems;
        }
        scoring(rules, problems);
        rankingPoints(rules.rankingPoints(), problems);
        forfeit(rules.forfeit(), problems);
        roster(rules, problems);
        format(rules, problems);
        return problems;
    }

    private static void scoring(TournamentRules rules, List<String> problems) {
        if (rules.setsToWin() < 1) {
            problems.add("setsToWin: phải từ 1 trở lên");
        }
        if (rules.pointsPerSet() < 1) {
            problems.add("pointsPerSet: phải lớn hơn 0");
        }
        if (rules.pointsFinalSet() < 1) {
            problems.add("pointsFinalSet: phải lớn hơn 0");
        } else if (rules.pointsPerSet() >= 1 && rules.pointsFinalSet() > rules.pointsPerSet()) {
            problems.add("pointsFinalSet: không được lớn hơn số điểm một hiệp (" + rules.pointsPerSet() + ")");
        }
        Integer cap = rules.cap();
        int least = rules.winByTwo() ? rules.pointsPerSet() + 2 : rules.pointsPerSet();
        if (cap != null && cap < least) {
            problems.add("cap: điểm chạm phải từ " + least + " trở lên"
                    + (rules.winByTwo() ? " (số điểm một hiệp cộng 2, vì phải thắng cách 2 điểm)" : ""));
        }
    }

    private static void rankingPoints(TournamentRules.RankingPoints points, List<String> problems) {
        if (points == null) {
            problems.add("rankingPoints: bắt buộc");
            return;
        }
        if (points.clearWin() < 0 || points.narrowWin() < 0 || points.narrowLoss() < 0 || points.clearLoss() < 0
                || points.forfeitLoss() < 0) {
            problems.add("rankingPoints: điểm xếp hạng không được âm");
        }
        if (points.clearWin() < points.narrowWin()) {
            problems.add("rankingPoints.narrowWin: không được lớn hơn clearWin");
        }
        if (points.narrowWin() <= points.narrowLoss()) {
            problems.add("rankingPoints.narrowLoss: phải nhỏ hơn narrowWin (trận thắng được nhiều điểm hơn trận thua)");
        }
        if (points.narrowLoss() < points.clearLoss()) {
            problems.add("rankingPoints.clearLoss: không được lớn hơn narrowLoss");
        }
        if (points.clearLoss() < points.forfeitLoss()) {
            problems.add("rankingPoints.forfeitLoss: không được lớn hơn clearLoss");
        }
    }

    private static void forfeit(TournamentRules.Forfeit forfeit, List<String> problems) {
        if (forfeit == null) {
            problems.add("forfeit: bắt buộc");
            return;
        }
        if (forfeit.loserPoints() < 0) {
            problems.add("forfeit.loserPoints: không được âm");
        }
        if (forfeit.winnerPoints() <= forfeit.loserPoints()) {
            problems.add("forfeit.winnerPoints: phải lớn hơn loserPoints");
        }
    }

    private static void roster(TournamentRules rules, List<String> problems) {
        TournamentRules.Roster roster = rules.roster();
        if (roster == null) {
            problems.add("roster: bắt buộc");
        } else {
            if (roster.minPlayers() < 1) {
                problems.add("roster.minPlayers: phải từ 1 trở lên");
            }
            if (roster.maxPlayers() < roster.minPlayers()) {
                problems.add("roster.maxPlayers: không được nhỏ hơn roster.minPlayers (" + roster.minPlayers() + ")");
            }
            if (roster.minWomen() < 0 || roster.minMen() < 0) {
                problems.add("roster: số nữ, số nam tối thiểu không được âm");
            } else if (roster.minWomen() + roster.minMen() > roster.minPlayers()) {
                problems.add("roster.minPlayers: phải từ " + (roster.minWomen() + roster.minMen())
                        + " trở lên (số nữ tối thiểu cộng số nam tối thiểu)");
            }
        }
        TournamentRules.OnCourt court = rules.onCourt();
        if (court == null) {
            problems.add("onCourt: bắt buộc");
            return;
        }
        if (court.players() < 1) {
            problems.add("onCourt.players: phải từ 1 trở lên");
        } else if (roster != null && court.players() > roster.minPlayers()) {
            problems.add("onCourt.players: không được lớn hơn roster.minPlayers (" + roster.minPlayers() + ")");
        }
        if (court.minWomen() < 0 || court.minMen() < 0) {
            problems.add("onCourt: số nữ, số nam tối thiểu trên sân không được âm");
            return;
        }
        if (court.minWomen() + court.minMen() > court.players()) {
            problems.add("onCourt.players: phải từ " + (court.minWomen() + court.minMen())
                    + " trở lên (số nữ tối thiểu cộng số nam tối thiểu trên sân)");
        }
        if (roster == null || roster.minWomen() < 0 || roster.minMen() < 0) {
            return;
        }
        if (court.minWomen() > roster.minWomen()) {
            problems.add("onCourt.minWomen: không được lớn hơn roster.minWomen (" + roster.minWomen() + ")");
        }
        if (court.minMen() > roster.minMen()) {
            problems.add("onCourt.minMen: không được lớn hơn roster.minMen (" + roster.minMen() + ")");
        }
    }

    private static void format(TournamentRules rules, List<String> problems) {
        if (rules.format() == null) {
            problems.add("format: phải là GROUPS_THEN_KNOCKOUT hoặc KNOCKOUT_ONLY");
            return;
        }
        if (rules.format() != TournamentRules.Format.GROUPS_THEN_KNOCKOUT) {
            return;
        }
        TournamentRules.Groups groups = rules.groups();
        if (groups == null) {
            problems.add("groups: bắt buộc khi thi đấu vòng bảng rồi loại trực tiếp");
            return;
        }
        if (groups.teamsPerGroup() < 2) {
            problems.add("groups.teamsPerGroup: phải từ 2 trở lên");
        }
        if (groups.advancing() < 1) {
            problems.add("groups.advancing: phải từ 1 trở lên");
        } else if (groups.advancing() >= groups.teamsPerGroup()) {
            problems.add("groups.advancing: phải nhỏ hơn groups.teamsPerGroup (" + groups.teamsPerGroup() + ")");
        }
    }
}

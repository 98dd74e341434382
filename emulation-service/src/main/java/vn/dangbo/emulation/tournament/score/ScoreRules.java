package vn.dangbo.emulation.tournament.score;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.standing.SetScore;

/**
 * A match's set scores read against the tournament's rules. The winner is the side that won {@code setsToWin} sets;
 * a match nobody won is not a result. A set the rules would not have ended that way (the winner short of the points,
 * no two-point lead, past the cap, played after the match was won) is still the scoresheet's: it warns, the office
 * decides — a referee's sheet is the record, the rules only help spot a typing slip.
 */
public final class ScoreRules {

    public enum Side {
        HOME,
        AWAY
    }

    /**
     * @param homeSets  sets won by the home side until the match was decided
     * @param awaySets  sets won by the away side until then
     * @param winner    the side that won setsToWin sets; null when nobody did
     * @param problem   why the sets are not a result (Vietnamese); null when they are
     * @param warnings  the unusual sets (Vietnamese), never a refusal
     */
    public record Verdict(int homeSets, int awaySets, Side winner, String problem, String problemField,
            List<String> warnings) {

        public boolean decided() {
            return problem == null;
        }
    }

    private ScoreRules() {
    }

    public static Verdict check(TournamentRules rules, List<SetScore> sets) {
        if (sets == null || sets.isEmpty()) {
            return refused("Chưa nhập tỉ số set nào", "sets");
        }
        int maxSets = 2 * rules.setsToWin() - 1;
        List<String> warnings = new ArrayList<>();
        int home = 0;
        int away = 0;
        Side winner = null;
        for (int i = 0; i < sets.size(); i++) {
            SetScore set = sets.get(i);
            String name = "Set " + (i + 1) + " (" + set.home() + "-" + set.away() + ")";
            if (set.home() < 0 || set.away() < 0) {
                return refused(name + ": điểm không được âm", "sets[" + i + "]");
            }
            if (set.home() == set.away()) {
                return refused(name + ": một set phải có đội thắng", "sets[" + i + "]");
            }
            if (winner != null || i >= maxSets) {
                warnings.add(name + ": trận đấu đã phân thắng bại trước set này (thắng " + rules.setsToWin()
                        + " set là thắng trận), set này không được tính");
                continue;
            }
            boolean deciding = i == maxSets - 1;
            warnings.addAll(unusual(rules, set, deciding, name));
            if (set.home() > set.away()) {
                home++;
            } else {
                away++;
            }
            if (home == rules.setsToWin()) {
                winner = Side.HOME;
            } else if (away == rules.setsToWin()) {
                winner = Side.AWAY;
            }
        }
        if (winner == null) {
            return new Verdict(home, away, null, "Trận đấu chưa phân thắng bại: tỉ số " + home + "-" + away
                    + " về set, cần thắng " + rules.setsToWin() + " set", "sets", List.of());
        }
        return new Verdict(home, away, winner, null, null, Collections.unmodifiableList(warnings));
    }

    /** The sets a forfeited match counts: setsToWin sets of the rules' forfeit score, won by {@code winner}. */
    public static List<SetScore> forfeitSets(TournamentRules rules, Side winner) {
        int w = rules.forfeit().winnerPoints();
        int l = rules.forfeit().loserPoints();
        SetScore set = winner == Side.HOME ? new SetScore(w, l) : new SetScore(l, w);
        return Collections.nCopies(rules.setsToWin(), set);
    }

    /** The points a set is played to: the deciding set's (15) or any other's (21). */
    public static int target(TournamentRules rules, boolean deciding) {
        return deciding ? rules.pointsFinalSet() : rules.pointsPerSet();
    }

    private static List<String> unusual(TournamentRules rules, SetScore set, boolean deciding, String name) {
        int target = target(rules, deciding);
        int won = Math.max(set.home(), set.away());
        int lost = Math.min(set.home(), set.away());
        Integer cap = rules.cap();
        List<String> warnings = new ArrayList<>();
        if (won < target) {
            warnings.add(name + ": đội thắng set chưa đủ " + target + " điểm");
        }
        if (cap != null && won > cap) {
            warnings.add(name + ": vượt điểm chạm " + cap);
        }
        boolean atCap = cap != null && won == cap;
        if (rules.winByTwo()) {
            if (won >= target && won - lost < 2 && !atCap) {
                warnings.add(name + ": thắng set phải cách biệt 2 điểm");
            } else if (won > target && won - lost > 2) {
                warnings.add(name + ": set đã kết thúc ở " + target + " điểm, không thể thắng " + won + " điểm"
                        + " với cách biệt " + (won - lost));
            }
        } else if (won > target) {
            warnings.add(name + ": set kết thúc khi đủ " + target + " điểm");
        }
        return warnings;
    }

    private static Verdict refused(String problem, String field) {
        return new Verdict(0, 0, null, problem, field, List.of());
    }
}

package vn.dangbo.emulation.tournament.draw;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.emulation.tournament.draw.DrawModel.PlannedMatch;
import vn.dangbo.emulation.tournament.draw.DrawModel.Side;
import vn.dangbo.emulation.tournament.draw.DrawModel.Stage;

/**
 * The knockout bracket: entrants in seed order placed on a bracket of the next power of two (1 v 8, 4 v 5, 2 v 7,
 * 3 v 6 for eight), the missing entrants being byes given to the best seeds, so seeds 1 and 2 can meet only in the
 * final. From groups, the entrants are the winners first, then the runners-up (and so on), the places of a tier
 * ordered so no first-round match pairs two teams of one group: a winner meets another group's runner-up.
 */
public final class BracketRules {

    private static final Pattern MATCH_SOURCE = Pattern.compile("([WL])(\\d+)");
    private static final Pattern GROUP_SOURCE = Pattern.compile("([A-Z]+)(\\d+)");
    private static final List<String> PLACES = List.of("Nhất", "Nhì", "Ba", "Tư");

    private BracketRules() {
    }

    /** @param group the group the entrant comes from (no two of one group meet in the first round); null: none */
    public record Entrant(Side side, String group) {
    }

    /**
     * The groups' places in seed order: every group's winner ("A1", "B1"...), then the runners-up and so on, the
     * order within a tier chosen (nearest the groups' order first) so no first-round match is of one group.
     */
    public static List<Entrant> groupPlaces(List<String> groups, int advancing) {
        int size = groups.size() * advancing;
        if (size < 2) {
            return size == 1 ? List.of(entrant(groups.get(0), 1)) : List.of();
        }
        int bracket = bracketSize(size);
        String[] chosen = new String[size];
        for (int g = 0; g < groups.size(); g++) {
            chosen[g] = groups.get(g);
        }
        if (!place(groups, advancing, bracket, chosen, groups.size(), new boolean[advancing][groups.size()])) {
            // only one group, or too few groups to keep them apart: the groups' order as it is
            for (int s = groups.size(); s < size; s++) {
                chosen[s] = groups.get(s % groups.size());
            }
        }
        List<Entrant> entrants = new ArrayList<>();
        for (int s = 0; s < size; s++) {
            entrants.add(entrant(chosen[s], s / groups.size() + 1));
        }
        return entrants;
    }

    private static Entrant entrant(String group, int place) {
        return new Entrant(Side.from(group + place), group);
    }

    /** Backtracking over the seeds of the tiers after the winners: few groups, loose constraints, found at once. */
    private static boolean place(List<String> groups, int advancing, int bracket, String[] chosen, int seed,
            boolean[][] used) {
        if (seed == chosen.length) {
            return true;
        }
        int tier = seed / groups.size();
        int index = seed % groups.size();
        int opponent = bracket - 1 - seed;
        for (int k = 0; k < groups.size(); k++) {
            // the groups' own order first (A2 meets the last winner, D2 meets A1), then the next ones
            int g = (index + k) % groups.size();
            if (used[tier][g]) {
                continue;
            }
            String group = groups.get(g);
            if (opponent < seed && group.equals(chosen[opponent])) {
                continue;
            }
            used[tier][g] = true;
            chosen[seed] = group;
            if (place(groups, advancing, bracket, chosen, seed + 1, used)) {
                return true;
            }
            used[tier][g] = false;
        }
        chosen[seed] = null;
        return false;
    }

    /** The smallest power of two holding {@code entrants}. */
    public static int bracketSize(int entrants) {
        int size = 1;
        while (size < entrants) {
            size *= 2;
        }
        return size;
    }

    /** The seeds in bracket order: for 8, 1 8 4 5 2 7 3 6 (consecutive pairs meet in the first round). */
    static int[] positions(int size) {
        int[] order = {1};
        while (order.length < size) {
            int doubled = order.length * 2;
            int[] next = new int[doubled];
            for (int i = 0; i < order.length; i++) {
                next[2 * i] = order[i];
                next[2 * i + 1] = doubled + 1 - order[i];
            }
            order = next;
        }
        return order;
    }

    /**
     * The knockout of these entrants (seed order), numbered from {@code firstNumber}: round by round, byes to the
     * best seeds (their side of the second round is the entrant itself); the third-place match, when the rules
     * have one and both semi-finals are played, numbered just before the final.
     */
    public static List<PlannedMatch> knockout(List<Entrant> entrants, boolean thirdPlace, int firstNumber) {
        List<PlannedMatch> matches = new ArrayList<>();
        if (entrants.size() < 2) {
            return matches;
        }
        int size = bracketSize(entrants.size());
        List<Side> current = new ArrayList<>(Arrays.stream(positions(size))
                .mapToObj(seed -> seed <= entrants.size() ? entrants.get(seed - 1).side() : null).toList());
        int number = firstNumber;
        int round = 1;
        List<PlannedMatch> semiFinals = List.of();
        while (current.size() > 1) {
            List<Side> next = new ArrayList<>();
            List<PlannedMatch> thisRound = new ArrayList<>();
            boolean last = current.size() == 2;
            for (int i = 0; i < current.size(); i += 2) {
                Side home = current.get(i);
                Side away = current.get(i + 1);
                if (home == null || away == null) {
                    next.add(home == null ? away : home);
                    continue;
                }
                if (last && thirdPlace && semiFinals.size() == 2) {
                    matches.add(new PlannedMatch(number++, Stage.THIRD_PLACE, null, round,
                            Side.from("L" + semiFinals.get(0).number()), Side.from("L" + semiFinals.get(1).number())));
                }
                PlannedMatch match = new PlannedMatch(number++, Stage.KNOCKOUT, null, round, home, away);
                thisRound.add(match);
                next.add(Side.from("W" + match.number()));
            }
            matches.addAll(thisRound);
            semiFinals = current.size() == 4 ? thisRound : List.of();
            current = next;
            round++;
        }
        return matches;
    }

    /**
     * A source as printed before its team is known: "A1" → "Nhất bảng A", "B2" → "Nhì bảng B", "W12" → "Thắng trận
     * 12", "L13" → "Thua trận 13"; from the fifth place, "Hạng 5 bảng A".
     */
    public static String label(String source) {
        Matcher match = MATCH_SOURCE.matcher(source);
        if (match.matches()) {
            return (match.group(1).equals("W") ? "Thắng trận " : "Thua trận ") + match.group(2);
        }
        Matcher group = GROUP_SOURCE.matcher(source);
        if (group.matches()) {
            int place = Integer.parseInt(group.group(2));
            return (place <= PLACES.size() ? PLACES.get(place - 1) : "Hạng " + place) + " bảng " + group.group(1);
        }
        return source;
    }

    /** The group a place source comes from ("A1" → "A"), or null for a match's winner or loser. */
    public static String groupOf(String source) {
        if (source == null || MATCH_SOURCE.matcher(source).matches()) {
            return null;
        }
        Matcher group = GROUP_SOURCE.matcher(source);
        return group.matches() ? group.group(1) : null;
    }

    /** The match a "W12"/"L12" source waits on, or null for a group's place. */
    public static Integer matchOf(String source) {
        Matcher match = source == null ? null : MATCH_SOURCE.matcher(source);
        return match != null && match.matches() ? Integer.valueOf(match.group(2)) : null;
    }
}

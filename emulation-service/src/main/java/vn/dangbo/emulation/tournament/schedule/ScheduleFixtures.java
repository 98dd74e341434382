package vn.dangbo.emulation.tournament.schedule;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.tournament.draw.BracketRules;
import vn.dangbo.emulation.tournament.draw.DrawModel.PlannedMatch;
import vn.dangbo.emulation.tournament.draw.DrawModel.Side;
import vn.dangbo.emulation.tournament.draw.DrawModel.Stage;

/**
 * The draw's matches as the schedule sees them: the teams known to play each, and the matches feeding it — every
 * match of group A for "A1" (its places are known once the group is over), match 12 for "W12" or "L12".
 */
public final class ScheduleFixtures {

    private ScheduleFixtures() {
    }

    public static List<ScheduleRules.Fixture> of(List<PlannedMatch> matches) {
        Map<String, List<Integer>> byGroup = byGroup(matches);
        return matches.stream().map(m -> new ScheduleRules.Fixture(m.number(), teams(m), feeders(m, byGroup)))
                .toList();
    }

    /** The numbers of the matches that must end before this one starts. */
    public static List<Integer> feeders(PlannedMatch match, List<PlannedMatch> all) {
        return feeders(match, byGroup(all));
    }

    private static Map<String, List<Integer>> byGroup(List<PlannedMatch> matches) {
        Map<String, List<Integer>> byGroup = new HashMap<>();
        matches.stream().filter(m -> m.stage() == Stage.GROUP)
                .forEach(m -> byGroup.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m.number()));
        return byGroup;
    }

    private static List<Integer> feeders(PlannedMatch match, Map<String, List<Integer>> byGroup) {
        List<Integer> feeders = new ArrayList<>();
        for (Side side : new Side[] {match.home(), match.away()}) {
            if (side.source() == null) {
                continue;
            }
            Integer fed = BracketRules.matchOf(side.source());
            if (fed != null) {
                feeders.add(fed);
            } else {
                feeders.addAll(byGroup.getOrDefault(BracketRules.groupOf(side.source()), List.of()));
            }
        }
        return feeders;
    }

    private static List<UUID> teams(PlannedMatch match) {
        List<UUID> teams = new ArrayList<>(2);
        for (Side side : new Side[] {match.home(), match.away()}) {
            if (side.teamId() != null) {
                teams.add(side.teamId());
            }
        }
        return teams;
    }
}

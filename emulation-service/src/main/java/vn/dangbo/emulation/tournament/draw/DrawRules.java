package vn.dangbo.emulation.tournament.draw;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.draw.DrawModel.Draw;
import vn.dangbo.emulation.tournament.draw.DrawModel.Group;
import vn.dangbo.emulation.tournament.draw.DrawModel.PlannedMatch;
import vn.dangbo.emulation.tournament.draw.DrawModel.Side;
import vn.dangbo.emulation.tournament.draw.DrawModel.Stage;

/**
 * The draw (bốc thăm): the office's seeds first, in their order, then the other teams by a lot drawn from a recorded
 * random seed; into groups as even as the teams allow, snake-seeded (seed 1 → A, 2 → B ... the next row backwards), a
 * round robin in each group (circle method), then the knockout of the groups' places ({@link BracketRules}); or, in a
 * knockout-only tournament, the bracket of every team in that order.
 */
public final class DrawRules {

    private DrawRules() {
    }

    /**
     * @param teams      the registered teams (any order: they are sorted before the lot so it depends on the seed only)
     * @param seeds      the office's seeds in order, each a team of {@code teams}, none twice (checked by the caller)
     * @param randomSeed the lot's seed
     */
    public static Draw draw(List<UUID> teams, List<UUID> seeds, long randomSeed, TournamentRules rules) {
        List<UUID> order = order(teams, seeds, randomSeed);
        if (rules.format() == TournamentRules.Format.KNOCKOUT_ONLY) {
            List<BracketRules.Entrant> entrants = order.stream()
                    .map(id -> new BracketRules.Entrant(Side.team(id), null)).toList();
            return new Draw(randomSeed, List.copyOf(seeds), List.of(),
                    BracketRules.knockout(entrants, rules.thirdPlaceMatch(), 1));
        }
        List<Group> groups = groups(order, groupCount(order.size(), rules.groups().teamsPerGroup()));
        List<PlannedMatch> matches = new ArrayList<>(roundRobins(groups));
        int advancing = Math.min(rules.groups().advancing(), groups.stream()
                .mapToInt(g -> g.teams().size()).min().orElse(0));
        List<BracketRules.Entrant> places = BracketRules.groupPlaces(groups.stream().map(Group::code).toList(),
                advancing);
        matches.addAll(BracketRules.knockout(places, rules.thirdPlaceMatch(), matches.size() + 1));
        return new Draw(randomSeed, List.copyOf(seeds), groups, matches);
    }

    /** The draw's order: the seeds, then the others shuffled by the seed's lot (in id order first: reproducible). */
    static List<UUID> order(List<UUID> teams, List<UUID> seeds, long randomSeed) {
        Set<UUID> seeded = new LinkedHashSet<>(seeds);
        List<UUID> rest = new ArrayList<>(teams.stream().filter(t -> !seeded.contains(t)).distinct()
                .sorted(Comparator.naturalOrder()).toList());
        Collections.shuffle(rest, new Random(randomSeed));
        List<UUID> order = new ArrayList<>(seeded);
        order.addAll(rest);
        return order;
    }

    /** As many groups as needed for groups of at most {@code teamsPerGroup}. */
    public static int groupCount(int teams, int teamsPerGroup) {
        return Math.max(1, (teams + teamsPerGroup - 1) / teamsPerGroup);
    }

    /**
     * Snake seeding: row after row, A → Z then Z → A, skipping a group once full; the first {@code n mod count}
     * groups take one team more.
     */
    static List<Group> groups(List<UUID> order, int count) {
        List<String> codes = groupCodes(count);
        List<List<UUID>> members = new ArrayList<>();
        int[] capacity = new int[count];
        for (int g = 0; g < count; g++) {
            members.add(new ArrayList<>());
            capacity[g] = order.size() / count + (g < order.size() % count ? 1 : 0);
        }
        int next = 0;
        for (int row = 0; next < order.size(); row++) {
            for (int i = 0; i < count && next < order.size(); i++) {
                int g = row % 2 == 0 ? i : count - 1 - i;
                if (members.get(g).size() < capacity[g]) {
                    members.get(g).add(order.get(next++));
                }
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            groups.add(new Group(codes.get(g), List.copyOf(members.get(g))));
        }
        return groups;
    }

    /**
     * Group codes A, B, C... without L and W, so that a knockout source "W12" or "L13" (a match's winner or loser)
     * can never be read as a group's place; past the alphabet, two letters (AA, AB...).
     */
    public static List<String> groupCodes(int count) {
        List<String> letters = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            if (c != 'L' && c != 'W') {
                letters.add(String.valueOf(c));
            }
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; codes.size() < count; i++) {
            codes.add(i < letters.size() ? letters.get(i)
                    : letters.get(i / letters.size() - 1) + letters.get(i % letters.size()));
        }
        return codes;
    }

    /**
     * Every group's round robin by the circle method, numbered round by round across the groups (round 1 of A, B...,
     * then round 2...) so every team plays its first match before any team plays its second.
     */
    static List<PlannedMatch> roundRobins(List<Group> groups) {
        List<List<List<UUID[]>>> rounds = groups.stream().map(g -> circle(g.teams())).toList();
        int most = rounds.stream().mapToInt(List::size).max().orElse(0);
        List<PlannedMatch> matches = new ArrayList<>();
        for (int r = 0; r < most; r++) {
            for (int g = 0; g < groups.size(); g++) {
                if (r >= rounds.get(g).size()) {
                    continue;
                }
                for (UUID[] pair : rounds.get(g).get(r)) {
                    matches.add(new PlannedMatch(matches.size() + 1, Stage.GROUP, groups.get(g).code(), r + 1,
                            Side.team(pair[0]), Side.team(pair[1])));
                }
            }
        }
        return matches;
    }

    /** The circle method: the first team fixed, the others turning; an odd group has a team resting each round. */
    static List<List<UUID[]>> circle(List<UUID> teams) {
        List<UUID> ring = new ArrayList<>(teams);
        if (ring.size() % 2 == 1) {
            ring.add(null);
        }
        int n = ring.size();
        List<List<UUID[]>> rounds = new ArrayList<>();
        for (int r = 0; r < n - 1; r++) {
            List<UUID[]> pairs = new ArrayList<>();
            for (int i = 0; i < n / 2; i++) {
                UUID a = ring.get(i);
                UUID b = ring.get(n - 1 - i);
                if (a == null || b == null) {
                    continue;
                }
                // the fixed team alternates home and away
                pairs.add(i == 0 && r % 2 == 1 ? new UUID[] {b, a} : new UUID[] {a, b});
            }
            rounds.add(pairs);
            ring.add(1, ring.remove(n - 1));
        }
        return rounds;
    }
}

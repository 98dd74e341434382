package vn.dangbo.emulation.tournament.draw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.draw.DrawModel.Draw;
import vn.dangbo.emulation.tournament.draw.DrawModel.Group;
import vn.dangbo.emulation.tournament.draw.DrawModel.PlannedMatch;
import vn.dangbo.emulation.tournament.draw.DrawModel.Stage;

/** The draw: snake-seeded groups, round robins, a bracket keeping a group's teams apart, reproducible by its seed. */
class DrawRulesTest {

    static TournamentRules rules(TournamentRules.Format format, int teamsPerGroup, int advancing, boolean third) {
        return new TournamentRules(2, 21, 15, true, 30, new TournamentRules.RankingPoints(3, 2, 1, 0, 0),
                new TournamentRules.Forfeit(25, 0), new TournamentRules.Roster(6, 10, 2, 2),
                new TournamentRules.OnCourt(5, 2, 2), format, new TournamentRules.Groups(teamsPerGroup, advancing),
                third);
    }

    static List<UUID> teams(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    @Test
    void sixteenTeamsInFourGroupsAreSnakeSeededWithTwentyFourGroupMatchesAndAQuarterFinalBracket() {
        List<UUID> teams = teams(16);
        List<UUID> seeds = teams.subList(0, 8);
        Draw draw = DrawRules.draw(teams, seeds, 42L,
                rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, 4, 2, true));

        assertEquals(List.of("A", "B", "C", "D"), draw.groups().stream().map(Group::code).toList());
        // snake: seeds 1-4 head A-D, seeds 5-8 fill D-A backwards
        assertEquals(List.of(seeds.get(0), seeds.get(7)), draw.groups().get(0).teams().subList(0, 2));
        assertEquals(List.of(seeds.get(1), seeds.get(6)), draw.groups().get(1).teams().subList(0, 2));
        assertEquals(List.of(seeds.get(2), seeds.get(5)), draw.groups().get(2).teams().subList(0, 2));
        assertEquals(List.of(seeds.get(3), seeds.get(4)), draw.groups().get(3).teams().subList(0, 2));
        draw.groups().forEach(g -> assertEquals(4, g.teams().size()));
        assertEquals(16, draw.groups().stream().flatMap(g -> g.teams().stream()).distinct().count());

        List<PlannedMatch> group = draw.matches().stream().filter(m -> m.stage() == Stage.GROUP).toList();
        assertEquals(24, group.size());
        for (Group g : draw.groups()) {
            Set<Set<UUID>> pairs = new HashSet<>();
            group.stream().filter(m -> m.group().equals(g.code()))
                    .forEach(m -> pairs.add(Set.of(m.home().teamId(), m.away().teamId())));
            assertEquals(6, pairs.size(), "every pair of group " + g.code() + " meets once");
        }

        List<PlannedMatch> firstRound = draw.matches().stream()
                .filter(m -> m.stage() == Stage.KNOCKOUT && m.round() == 1).toList();
        assertEquals(4, firstRound.size(), "a quarter-final");
        Set<String> winners = new HashSet<>();
        for (PlannedMatch m : firstRound) {
            String home = m.home().source();
            String away = m.away().source();
            assertNotEquals(BracketRules.groupOf(home), BracketRules.groupOf(away), home + " v " + away);
            assertTrue(home.endsWith("1") != away.endsWith("1"), "a winner meets a runner-up: " + home + " v " + away);
            winners.add(home.endsWith("1") ? home : away);
        }
        assertEquals(Set.of("A1", "B1", "C1", "D1"), winners);
        // A1 and B1 are in opposite halves: they can meet only in the final
        int a1 = firstRound.stream().filter(m -> m.home().source().equals("A1") || m.away().source().equals("A1"))
                .findFirst().orElseThrow().number();
        int b1 = firstRound.stream().filter(m -> m.home().source().equals("B1") || m.away().source().equals("B1"))
                .findFirst().orElseThrow().number();
        assertTrue(draw.matches().stream().filter(m -> m.stage() == Stage.KNOCKOUT && m.round() == 2).noneMatch(m -> Set.of(m.home().source(),
                m.away().source()).equals(Set.of("W" + a1, "W" + b1))));
        assertEquals(8, draw.matches().size() - 24, "4 quarter-finals, 2 semi-finals, third place, final");
    }

    @Test
    void theThirdPlaceMatchIsPlayedByTheSemiFinalsLosersAndNumberedBeforeTheFinal() {
        Draw draw = DrawRules.draw(teams(16), List.of(), 7L,
                rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, 4, 2, true));
        List<PlannedMatch> ko = draw.matches().stream().filter(m -> m.stage() != Stage.GROUP).toList();
        PlannedMatch third = ko.get(ko.size() - 2);
        PlannedMatch fin = ko.get(ko.size() - 1);
        assertEquals(Stage.THIRD_PLACE, third.stage());
        assertEquals("L" + ko.get(4).number(), third.home().source());
        assertEquals("L" + ko.get(5).number(), third.away().source());
        assertEquals("W" + ko.get(4).number(), fin.home().source());
        assertEquals(fin.round(), third.round());
        assertTrue(third.number() < fin.number());

        Draw without = DrawRules.draw(teams(16), List.of(), 7L,
                rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, 4, 2, false));
        assertTrue(without.matches().stream().noneMatch(m -> m.stage() == Stage.THIRD_PLACE));
    }

    @Test
    void theSameRandomSeedDrawsTheSameAndAnotherSeedDrawsOtherwise() {
        List<UUID> teams = teams(20);
        TournamentRules rules = rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, 4, 2, true);
        List<UUID> reordered = new ArrayList<>(teams);
        java.util.Collections.reverse(reordered);
        Draw one = DrawRules.draw(teams, List.of(teams.get(3)), 2024L, rules);
        Draw again = DrawRules.draw(reordered, List.of(teams.get(3)), 2024L, rules);
        assertEquals(one, again, "the same teams and seed draw the same, whatever order they are listed in");
        boolean differs = IntStream.range(0, 5).anyMatch(s -> !DrawRules.draw(teams, List.of(teams.get(3)),
                2025L + s, rules).groups().equals(one.groups()));
        assertTrue(differs, "another seed draws other groups");
    }

    @Test
    void groupsAreAsEvenAsTheTeamsAllow() {
        Draw draw = DrawRules.draw(teams(10), List.of(), 1L,
                rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, 4, 2, true));
        assertEquals(List.of(4, 3, 3), draw.groups().stream().map(g -> g.teams().size()).toList());
        // 3 groups of 4 and 3 teams: 6 + 3 + 3 group matches; 6 places on a bracket of 8 (two byes to A1 and B1)
        assertEquals(12, draw.matches().stream().filter(m -> m.stage() == Stage.GROUP).count());
        List<PlannedMatch> firstRound = draw.matches().stream()
                .filter(m -> m.stage() == Stage.KNOCKOUT && m.round() == 1).toList();
        assertEquals(2, firstRound.size());
        firstRound.forEach(m -> assertNotEquals(BracketRules.groupOf(m.home().source()),
                BracketRules.groupOf(m.away().source())));
        Set<String> inFirstRound = new HashSet<>();
        firstRound.forEach(m -> inFirstRound.addAll(List.of(m.home().source(), m.away().source())));
        assertFalse(inFirstRound.contains("A1") || inFirstRound.contains("B1"), "the byes go to the best winners");
    }

    @Test
    void everyGroupCountKeepsAGroupsTeamsApartInTheFirstRound() {
        for (int groups = 2; groups <= 16; groups++) {
            for (int advancing = 2; advancing <= 3; advancing++) {
                List<BracketRules.Entrant> places = BracketRules.groupPlaces(DrawRules.groupCodes(groups), advancing);
                for (PlannedMatch m : BracketRules.knockout(places, true, 1)) {
                    if (m.round() == 1) {
                        assertNotEquals(BracketRules.groupOf(m.home().source()),
                                BracketRules.groupOf(m.away().source()), groups + " groups, " + advancing + ": " + m);
                    }
                }
            }
        }
    }

    @Test
    void groupCodesNeverReadAsAMatchsWinnerOrLoser() {
        List<String> codes = DrawRules.groupCodes(30);
        assertFalse(codes.contains("L") || codes.contains("W"));
        assertEquals(30, new HashSet<>(codes).size());
        assertEquals("Nhất bảng A", BracketRules.label("A1"));
        assertEquals("Nhì bảng B", BracketRules.label("B2"));
        assertEquals("Thắng trận 12", BracketRules.label("W12"));
        assertEquals("Thua trận 13", BracketRules.label("L13"));
    }

    @Test
    void sixTeamsKnockoutOnlyGiveTheTwoBestSeedsAByeToTheSemiFinals() {
        List<UUID> teams = teams(6);
        Draw draw = DrawRules.draw(teams, teams, 3L, rules(TournamentRules.Format.KNOCKOUT_ONLY, 4, 2, true));
        assertEquals(List.of(), draw.groups());
        List<PlannedMatch> round1 = draw.matches().stream().filter(m -> m.round() == 1).toList();
        assertEquals(2, round1.size(), "8-place bracket, 2 byes: 2 first-round matches");
        Map<Integer, PlannedMatch> byNumber = new HashMap<>();
        draw.matches().forEach(m -> byNumber.put(m.number(), m));
        // seed 3 v seed 6, seed 4 v seed 5 (bracket order 1 8 4 5 2 7 3 6)
        assertEquals(Set.of(Set.of(teams.get(3), teams.get(4)), Set.of(teams.get(2), teams.get(5))),
                Set.of(Set.of(round1.get(0).home().teamId(), round1.get(0).away().teamId()),
                        Set.of(round1.get(1).home().teamId(), round1.get(1).away().teamId())));
        List<PlannedMatch> semis = draw.matches().stream()
                .filter(m -> m.round() == 2 && m.stage() == Stage.KNOCKOUT).toList();
        assertEquals(teams.get(0), semis.get(0).home().teamId(), "seed 1 waits in the semi-final");
        assertEquals("W" + round1.get(0).number(), semis.get(0).away().source());
        assertEquals(teams.get(1), semis.get(1).home().teamId());
        assertEquals(6, draw.matches().size(), "2 + 2 semi-finals + third place + final");
    }
}

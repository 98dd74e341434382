package vn.dangbo.emulation.tournament.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.tournament.draw.DrawModel.Draw;
import vn.dangbo.emulation.tournament.draw.DrawModel.PlannedMatch;
import vn.dangbo.emulation.tournament.draw.DrawModel.Stage;
import vn.dangbo.emulation.tournament.draw.DrawRules;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.schedule.ScheduleRules.Fixture;
import vn.dangbo.emulation.tournament.schedule.ScheduleRules.Frame;
import vn.dangbo.emulation.tournament.schedule.ScheduleRules.Placement;
import vn.dangbo.emulation.tournament.schedule.ScheduleRules.Schedule;

/** The schedule over the finals' days: courts and slots, the rest between a team's matches, the feeders first. */
class ScheduleRulesTest {

    private static final Frame FINALS = new Frame(LocalDate.of(2024, 5, 4), 2, 2, LocalTime.of(7, 30),
            LocalTime.of(17, 30), 45, 45);

    static TournamentRules rules(TournamentRules.Format format, boolean third) {
        return new TournamentRules(2, 21, 15, true, 30, new TournamentRules.RankingPoints(3, 2, 1, 0, 0),
                new TournamentRules.Forfeit(25, 0), new TournamentRules.Roster(6, 10, 2, 2),
                new TournamentRules.OnCourt(5, 2, 2), format, new TournamentRules.Groups(4, 2), third);
    }

    static List<UUID> teams(int n) {
        return IntStream.range(0, n).mapToObj(i -> UUID.randomUUID()).toList();
    }

    @Test
    void theFinalsHaveTwoDaysOfThirteenSlotsOnTwoCourts() {
        assertEquals(13, FINALS.slotsPerDay());
        assertEquals(52, FINALS.slots());
    }

    @Test
    void sixtyTeamsOnTwoCourtsOverTwoDaysDoNotFitAndTheAnswerSaysHowManySlots() {
        Draw draw = DrawRules.draw(teams(60), List.of(), 1L, rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, true));
        Schedule schedule = ScheduleRules.schedule(ScheduleFixtures.of(draw.matches()), FINALS);
        assertFalse(schedule.fits());
        // 15 groups of 4 (90 matches), 30 places (29 knockout matches) and the third place
        assertEquals(120, schedule.needed());
        assertEquals(52, schedule.available());
    }

    @Test
    void restAndFeedersNeedMoreSlotsThanTheMatchesWhenCourtsWouldIdle() {
        // 4 teams in one group: 6 matches fit in 6 slots by count, but a team plays every other round
        Draw draw = DrawRules.draw(teams(4), List.of(), 1L, rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, false));
        Frame oneDay = new Frame(LocalDate.of(2024, 5, 4), 1, 2, LocalTime.of(7, 30), LocalTime.of(10, 30), 45, 45);
        Schedule schedule = ScheduleRules.schedule(ScheduleFixtures.of(draw.matches()), oneDay);
        assertEquals(8, oneDay.slots());
        assertEquals(7, schedule.matches(), "6 group matches and the final");
        assertFalse(schedule.fits());
        assertTrue(schedule.needed() > 8, "needed " + schedule.needed());
    }

    @Test
    void sixteenTeamsFitAndNoTeamPlaysTwiceInASlotAndEveryRestAndFeederHolds() {
        Draw draw = DrawRules.draw(teams(16), List.of(), 5L, rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, true));
        Frame frame = new Frame(LocalDate.of(2024, 5, 4), 2, 3, LocalTime.of(7, 30), LocalTime.of(17, 30), 45, 45);
        Schedule schedule = ScheduleRules.schedule(ScheduleFixtures.of(draw.matches()), frame);
        assertTrue(schedule.fits());
        assertEquals(32, schedule.placements().size());
        assertScheduleHolds(draw.matches(), schedule.placements(), frame);
    }

    @Test
    void knockoutOnlyWithByesAndTheThirdPlaceBeforeOrWithTheFinal() {
        Draw draw = DrawRules.draw(teams(6), List.of(), 9L, rules(TournamentRules.Format.KNOCKOUT_ONLY, true));
        Frame oneCourt = new Frame(LocalDate.of(2024, 5, 4), 1, 1, LocalTime.of(7, 30), LocalTime.of(17, 30), 45, 45);
        Schedule schedule = ScheduleRules.schedule(ScheduleFixtures.of(draw.matches()), oneCourt);
        assertTrue(schedule.fits());
        assertScheduleHolds(draw.matches(), schedule.placements(), oneCourt);
    }

    @Test
    void sixtyFourTeamsOnEightCourtsAreDrawnAndScheduled() {
        List<UUID> teams = teams(64);
        Frame frame = new Frame(LocalDate.of(2024, 5, 4), 2, 8, LocalTime.of(7, 30), LocalTime.of(17, 30), 45, 45);
        Draw draw = DrawRules.draw(teams, teams.subList(0, 16), 64L,
                rules(TournamentRules.Format.GROUPS_THEN_KNOCKOUT, true));
        Schedule schedule = ScheduleRules.schedule(ScheduleFixtures.of(draw.matches()), frame);
        assertTrue(schedule.fits(), "needs " + schedule.needed() + " of " + schedule.available());
        assertEquals(96 + 31 + 1, schedule.placements().size());
        assertScheduleHolds(draw.matches(), schedule.placements(), frame);
    }

    /** No team twice in one slot, every rest at least the minimum, every knockout match after all its feeders. */
    static void assertScheduleHolds(List<PlannedMatch> matches, List<Placement> placements, Frame frame) {
        Map<Integer, Placement> at = new HashMap<>();
        placements.forEach(p -> at.put(p.number(), p));
        assertEquals(matches.size(), at.size());
        Set<String> courts = new HashSet<>();
        Map<UUID, List<LocalDateTime>> byTeam = new HashMap<>();
        for (PlannedMatch m : matches) {
            Placement p = at.get(m.number());
            assertTrue(courts.add(p.startsAt() + "@" + p.court()), "one match per court and slot");
            assertTrue(p.court() >= 1 && p.court() <= frame.courts());
            assertFalse(p.startsAt().toLocalTime().plusMinutes(frame.matchMinutes()).isAfter(frame.dayEndsAt()));
            assertFalse(p.startsAt().toLocalDate().isAfter(frame.firstDay().plusDays(frame.days() - 1)));
            for (UUID team : new UUID[] {m.home().teamId(), m.away().teamId()}) {
                if (team != null) {
                    byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(p.startsAt());
                }
            }
            for (int feeder : ScheduleFixtures.feeders(m, matches)) {
                LocalDateTime fedEnds = at.get(feeder).startsAt().plusMinutes(frame.matchMinutes());
                assertFalse(p.startsAt().isBefore(fedEnds.plusMinutes(frame.minRestMinutes())),
                        "match " + m.number() + " after its feeder " + feeder);
            }
            if (m.stage() == Stage.THIRD_PLACE) {
                PlannedMatch fin = matches.get(matches.size() - 1);
                assertFalse(p.startsAt().isAfter(at.get(fin.number()).startsAt()), "third place before the final");
            }
        }
        byTeam.values().forEach(starts -> {
            List<LocalDateTime> sorted = starts.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertTrue(ChronoUnit.MINUTES.between(sorted.get(i - 1), sorted.get(i))
                        >= frame.matchMinutes() + frame.minRestMinutes(), "rest between " + sorted);
            }
        });
    }
}

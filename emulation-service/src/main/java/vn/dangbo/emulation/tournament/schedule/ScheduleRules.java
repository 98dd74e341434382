package vn.dangbo.emulation.tournament.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The schedule (lịch thi đấu): the finals' days cut into time slots of one match on each court (slots = days ×
 * courts × floor((day end − day start) / match length)); every match, in number order, takes the earliest slot with
 * a free court where each of its teams has rested at least the minimum since its other matches and every match
 * feeding it (the group a place comes from, the match a winner or loser comes from) has ended, with the same rest.
 * Greedy and near-linear: a 64-team tournament is placed in milliseconds.
 */
public final class ScheduleRules {

    private ScheduleRules() {
    }

    /** The finals' frame: the days from {@code firstDay}, the courts, each day's hours, a match's length, the rest. */
    public record Frame(LocalDate firstDay, int days, int courts, LocalTime dayStartsAt, LocalTime dayEndsAt,
            int matchMinutes, int minRestMinutes) {

        public int slotsPerDay() {
            return (int) (ChronoUnit.MINUTES.between(dayStartsAt, dayEndsAt) / matchMinutes);
        }

        /** Every court's slots over every day. */
        public int slots() {
            return days * courts * slotsPerDay();
        }

        LocalDateTime startOf(int time) {
            int perDay = slotsPerDay();
            return firstDay.plusDays(time / perDay).atTime(dayStartsAt).plusMinutes((long) (time % perDay)
                    * matchMinutes);
        }
    }

    /**
     * A match to place.
     *
     * @param teams   the teams already known to play it (none yet for a knockout match waiting on its sources)
     * @param feeders the numbers of the matches that must have ended (a group's matches for "A1", match 12 for "W12")
     */
    public record Fixture(int number, List<UUID> teams, List<Integer> feeders) {
    }

    public record Placement(int number, LocalDateTime startsAt, int court) {
    }

    /**
     * @param placements every match's day, time and court (empty when it does not fit)
     * @param needed     the slots the matches need: their number, or, when the rest and the order of the rounds
     *                   leave courts idle, the slots up to the last match the greedy placement reached
     * @param available  the frame's slots
     */
    public record Schedule(boolean fits, List<Placement> placements, int matches, int needed, int available) {
    }

    public static Schedule schedule(List<Fixture> fixtures, Frame frame) {
        int available = frame.slots();
        if (fixtures.size() > available) {
            return new Schedule(false, List.of(), fixtures.size(), fixtures.size(), available);
        }
        long length = frame.matchMinutes();
        long rest = frame.minRestMinutes();
        Map<Integer, LocalDateTime> startOfMatch = new HashMap<>();
        Map<UUID, List<LocalDateTime>> startsOfTeam = new HashMap<>();
        List<Integer> courtsTaken = new ArrayList<>();
        List<Placement> placements = new ArrayList<>();
        int lastTime = -1;
        for (Fixture fixture : fixtures.stream()
                .sorted(java.util.Comparator.comparingInt(Fixture::number)).toList()) {
            LocalDateTime earliest = frame.startOf(0);
            for (Integer feeder : fixture.feeders()) {
                LocalDateTime fed = startOfMatch.get(feeder);
                if (fed == null) {
                    throw new IllegalArgumentException("match " + fixture.number() + " is fed by match " + feeder
                            + ", which comes after it");
                }
                LocalDateTime ready = fed.plusMinutes(length + rest);
                earliest = ready.isAfter(earliest) ? ready : earliest;
            }
            int time = 0;
            while (true) {
                while (courtsTaken.size() <= time) {
                    courtsTaken.add(0);
                }
                LocalDateTime start = frame.startOf(time);
                if (!start.isBefore(earliest) && courtsTaken.get(time) < frame.courts()
                        && rested(fixture.teams(), start, startsOfTeam, length + rest)) {
                    break;
                }
                time++;
            }
            LocalDateTime start = frame.startOf(time);
            int court = courtsTaken.get(time) + 1;
            courtsTaken.set(time, court);
            startOfMatch.put(fixture.number(), start);
            for (UUID team : fixture.teams()) {
                startsOfTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(start);
            }
            placements.add(new Placement(fixture.number(), start, court));
            lastTime = Math.max(lastTime, time);
        }
        int needed = Math.max(fixtures.size(), (lastTime + 1) * frame.courts());
        boolean fits = lastTime < frame.days() * frame.slotsPerDay();
        return new Schedule(fits, fits ? placements : List.of(), fixtures.size(), fits ? fixtures.size() : needed,
                available);
    }

    /** Whether a match starting at {@code start} leaves each team its rest before and after its other matches. */
    private static boolean rested(List<UUID> teams, LocalDateTime start, Map<UUID, List<LocalDateTime>> startsOfTeam,
            long gap) {
        for (UUID team : teams) {
            for (LocalDateTime other : startsOfTeam.getOrDefault(team, List.of())) {
                long apart = Math.abs(ChronoUnit.MINUTES.between(other, start));
                if (apart < gap) {
                    return false;
                }
            }
        }
        return true;
    }
}

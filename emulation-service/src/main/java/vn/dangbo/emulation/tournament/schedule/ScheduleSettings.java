package vn.dangbo.emulation.tournament.schedule;

import java.time.LocalTime;

/**
 * The {@code tournamentSchedule} section: the finals' frame (§II.5: two days from the TOURNAMENT_FINALS anchor, the
 * courts, each day's hours, a match's length and the least rest between a team's matches). The office may change
 * any of them for one schedule in its request.
 *
 * @param anchor the movement's anchor whose date is the finals' first day
 */
public record ScheduleSettings(String source, String anchor, int days, int courts, LocalTime dayStartsAt,
        LocalTime dayEndsAt, int matchMinutes, int minRestMinutes) {
}

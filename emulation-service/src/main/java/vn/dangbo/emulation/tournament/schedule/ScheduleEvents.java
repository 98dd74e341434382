package vn.dangbo.emulation.tournament.schedule;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.IssuingBody;

/**
 * {@code schedule.published.v1} on {@code emulation.tournaments.v1} (key = the tournament's id): what docs-service
 * prints as the lịch thi đấu, once per publication. A side not known yet is its source's label ("Nhất bảng A",
 * "Thắng trận 12").
 */
public final class ScheduleEvents {

    public static final String TOPIC = "emulation.tournaments.v1";
    public static final String SCHEDULE_PUBLISHED = "vn.dangbo.emulation.schedule.published.v1";

    private ScheduleEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    public record TournamentRef(UUID id, String name, String venue) {
    }

    /** @param date "2024-05-04"; @param time "07:30" in the movement's zone */
    public record ScheduledMatch(int number, String stage, String group, int round, LocalDate date, String time,
            int court, String home, String away) {
    }

    public record SchedulePublished(UUID publicationId, MovementRef movement, IssuingBody.Issuer issuer,
            IssuingBody.Body higherBody, TournamentRef tournament, List<ScheduledMatch> matches) {
    }
}

package vn.dangbo.emulation.tournament.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.tournament.draw.DrawRecords.MatchResponse;

/** The schedule's API. */
public final class ScheduleRecords {

    private ScheduleRecords() {
    }

    /** Every field optional: the section {@code tournamentSchedule}'s value, the first day the finals' anchor's. */
    public record ScheduleRequest(Integer days, Integer courts, LocalTime dayStartsAt, LocalTime dayEndsAt,
            Integer matchMinutes, Integer minRestMinutes, LocalDate firstDay) {
    }

    /** @param slots the frame's slots (days × courts × slots per day), of which the matches take {@code matches} */
    public record ScheduleResponse(UUID tournamentId, String state, LocalDate firstDay, int days, int courts,
            String dayStartsAt, String dayEndsAt, int matchMinutes, int minRestMinutes, int slots,
            List<MatchResponse> matches) {
    }

    /** @param published false when the schedule had not changed since {@code publicationId}: nothing new was sent */
    public record PublicationResponse(UUID publicationId, OffsetDateTime publishedAt, int matches,
            boolean published) {
    }
}

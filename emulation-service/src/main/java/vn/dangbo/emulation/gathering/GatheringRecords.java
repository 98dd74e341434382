package vn.dangbo.emulation.gathering;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** What the events API (the seminar, the meeting) takes and answers. */
public final class GatheringRecords {

    private GatheringRecords() {
    }

    /**
     * Every field but {@code kind} defaults from the section {@code gatherings}; {@code date} from the anchor's date
     * (the seminar has none: its date is required).
     */
    public record EventRequest(@NotNull Gathering.Kind kind, LocalDate date, LocalTime startsAt, LocalTime endsAt,
            @Size(max = 500) String venue, @Size(max = 500) String title, @Positive Integer plannedCount) {
    }

    /** A new date and time; {@code venue} null keeps the venue. */
    public record ScheduleRequest(@NotNull LocalDate date, @NotNull LocalTime startsAt, @NotNull LocalTime endsAt,
            @Size(max = 500) String venue) {
    }

    /** @param hours the length, e.g. 3.5; longer than the plan's half day warns */
    public record EventResponse(UUID id, UUID movementId, String kind, String title, LocalDate date, String startsAt,
            String endsAt, double hours, String venue, String organiser, int plannedCount, String state,
            long version, List<String> warnings) {
    }
}

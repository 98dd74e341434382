package vn.dangbo.congress.congress;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** Requests and responses of the congress API (entities never leave the service). */
public final class CongressRecords {

    private CongressRecords() {
    }

    /** Schedules an organisation's congress; {@code pilot} marks the pilot congress (đại hội điểm). */
    public record ScheduleCongressRequest(
            @NotNull UUID roundId,
            @NotNull UUID organisationId,
            @NotNull CongressKind kind,
            @NotNull LocalDate startDate,
            @NotNull @Min(1) Integer days,
            boolean pilot,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{4}", message = "phải có dạng 2020-2025") String term) {
    }

    /** Moves a congress to new dates; every rule of the round is checked again. */
    public record RescheduleCongressRequest(
            @NotNull LocalDate startDate,
            @NotNull @Min(1) Integer days,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record CancelCongressRequest(@NotBlank @Size(max = 1000) String reason) {
    }

    /** @param statusReason why it was last rescheduled or cancelled, null when never */
    public record CongressResponse(UUID id, UUID roundId, UUID organisationId, String organisationName,
            CongressKind kind, LocalDate startDate, LocalDate endDate, int days, boolean pilot, String term,
            CongressStatus status, String statusReason, long version) {

        static CongressResponse of(Congress c, String organisationName) {
            return new CongressResponse(c.id, c.roundId, c.organisationId, organisationName, c.kind, c.startDate,
                    c.endDate(), c.days, c.pilot, c.term, c.status, c.statusReason, c.version);
        }
    }
}

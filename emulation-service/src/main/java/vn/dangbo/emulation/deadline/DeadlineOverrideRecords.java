package vn.dangbo.emulation.deadline;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The deadline overrides API's request and response. */
public final class DeadlineOverrideRecords {

    private DeadlineOverrideRecords() {
    }

    /** {@code organisationId} null: every organisation of the movement. */
    public record OverrideRequest(@NotNull DeadlineKind kind, UUID organisationId, @NotNull OffsetDateTime until,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record OverrideResponse(UUID id, UUID movementId, DeadlineKind kind, UUID organisationId,
            String organisationName, OffsetDateTime until, String reason, String recordedBy,
            OffsetDateTime recordedAt) {
    }
}

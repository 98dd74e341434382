package vn.dangbo.emulation.summary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The summary reports API's requests and responses. */
public final class SummaryRecords {

    private SummaryRecords() {
    }

    public record SubmitSummaryRequest(@NotNull UUID organisationId, @NotBlank String text) {
    }

    public record SummaryResponse(UUID id, UUID movementId, UUID organisationId, String organisationName, String text,
            OffsetDateTime submittedAt, boolean late, String overrideReason, String submittedBy) {
    }
}

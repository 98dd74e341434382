package vn.dangbo.emulation.summary;

import java.time.OffsetDateTime;
import java.util.UUID;

/** {@code summary.submitted.v1} on {@code emulation.movements.v1} (key = summary id); schema in events/schemas. */
public final class SummaryEvents {

    public static final String TOPIC = "emulation.movements.v1";
    public static final String SUBMITTED = "vn.dangbo.emulation.summary.submitted.v1";

    private SummaryEvents() {
    }

    public record MovementRef(UUID id, String name) {
    }

    public record OrganisationRef(UUID id, String name) {
    }

    /** {@code overrideReason}: the office's reason when late, null on time. */
    public record Summary(UUID id, OffsetDateTime submittedAt, boolean late, String overrideReason) {
    }

    public record Submitted(MovementRef movement, OrganisationRef organisation, Summary summary) {
    }
}

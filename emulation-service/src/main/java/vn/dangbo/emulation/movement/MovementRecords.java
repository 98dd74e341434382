package vn.dangbo.emulation.movement;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dangbo.kit.organisation.KnownOrganisation;

/** Requests and responses of the movement API (entities never leave the service). */
public final class MovementRecords {

    private MovementRecords() {
    }

    /** A grassroots organisation that may register for the movement. */
    public record EligibleOrganisationResponse(UUID id, String name, String type, String shortCode) {

        static EligibleOrganisationResponse of(KnownOrganisation o) {
            return new EligibleOrganisationResponse(o.id, o.name, o.type, o.shortCode);
        }
    }

    /**
     * Launch a movement from a plan file for a bloc committee.
     *
     * @param planId e.g. {@code 2024-khoi-65-nam} (GET /movements/plans lists them)
     */
    public record LaunchRequest(@NotBlank String planId, @NotNull UUID blocId) {
    }

    public record AnchorResponse(String key, String label, LocalDate date, LocalDate windowFrom, LocalDate windowTo,
            LocalDate effectiveDate) {

        static AnchorResponse of(MovementAnchor a) {
            return new AnchorResponse(a.key, a.label, a.onDate, a.windowFrom, a.windowTo, a.effectiveDate());
        }
    }

    public record MovementResponse(UUID id, UUID blocId, String blocName, String planId, String name,
            LocalDate startsOn, LocalDate endsOn, String zone, List<AnchorResponse> anchors, long version) {
    }

    /** A new date for an anchor (the meeting moved to 17/5): every deadline anchored to it moves with it. */
    public record RescheduleRequest(@NotNull LocalDate date) {
    }

    public record PlanResponse(String id, String name, String source, LocalDate from, LocalDate to) {
    }

    /** The movement's settings, section by section, as its features read them. */
    public record SettingsResponse(UUID movementId,
            @Schema(implementation = Map.class,
                    description = "Each section of the settings by its name, as its feature reads it") JsonNode sections,
            long version) {
    }
}

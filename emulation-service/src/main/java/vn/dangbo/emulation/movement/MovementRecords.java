package vn.dangbo.emulation.movement;

import java.util.UUID;
import vn.dangbo.kit.organisation.KnownOrganisation;

/** Responses of the movement API (entities never leave the service). */
public final class MovementRecords {

    private MovementRecords() {
    }

    /** A grassroots organisation that may register for the movement. */
    public record EligibleOrganisationResponse(UUID id, String name, String type, String shortCode) {

        static EligibleOrganisationResponse of(KnownOrganisation o) {
            return new EligibleOrganisationResponse(o.id, o.name, o.type, o.shortCode);
        }
    }
}

package vn.dangbo.registry.organisation;

import java.util.List;
import java.util.UUID;

/**
 * The organisation events of {@code registry.organisations.v1}. Each carries the organisation's whole
 * public state after the change, so a subscriber never has to call back. Schemas:
 * {@code /events/schemas/<type>.json}.
 */
public final class OrganisationEvents {

    public static final String TOPIC = "registry.organisations.v1";
    public static final String CREATED = "vn.dangbo.registry.organisation.created.v1";

    private OrganisationEvents() {
    }

    public record OrganisationState(UUID id, UUID parentId, List<UUID> path, String type, String name,
            String shortCode, String status, String term, long version) {
    }

    public record Created(OrganisationState organisation) {
    }

    static OrganisationState state(Organisation o) {
        return new OrganisationState(o.id, o.parentId, o.pathIds(), o.type.name(), o.name, o.shortCode,
                o.status.name(), o.term, o.version);
    }
}

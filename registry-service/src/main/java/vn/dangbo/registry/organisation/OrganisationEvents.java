package vn.dangbo.registry.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The organisation events of {@code registry.organisations.v1}. Each carries the organisation's whole
 * public state after the change ({@code /organisation}), so a subscriber applies every type as an upsert
 * and never has to call back. Schemas: {@code /events/schemas/<type>.json}.
 */
public final class OrganisationEvents {

    public static final String TOPIC = "registry.organisations.v1";
    public static final String CREATED = "vn.dangbo.registry.organisation.created.v1";
    public static final String RENAMED = "vn.dangbo.registry.organisation.renamed.v1";
    public static final String MOVED = "vn.dangbo.registry.organisation.moved.v1";
    public static final String DISSOLVED = "vn.dangbo.registry.organisation.dissolved.v1";
    public static final String MERGED = "vn.dangbo.registry.organisation.merged.v1";
    public static final String TERM_CHANGED = "vn.dangbo.registry.organisation.term-changed.v1";
    /** Log-compacted: the latest state of every organisation, key = id (a new subscriber's starting point). */
    public static final String SNAPSHOT_TOPIC = "registry.organisations.snapshot.v1";
    public static final String SNAPSHOT = "vn.dangbo.registry.organisation.snapshot.v1";

    private OrganisationEvents() {
    }

    public record OrganisationState(UUID id, UUID parentId, List<UUID> path, String type, String name,
            String shortCode, String status, String term, UUID mergedInto, long version) {
    }

    public record Created(OrganisationState organisation) {
    }

    public record Snapshot(OrganisationState organisation) {
    }

    public record Renamed(OrganisationState organisation, String previousName, String previousShortCode) {
    }

    /** A new term (nhiệm kỳ) began, usually after the organisation's congress. */
    public record TermChanged(OrganisationState organisation, String previousTerm) {
    }

    /** The path of every descendant changes with it; subscribers rewrite their paths from this one event. */
    public record Moved(OrganisationState organisation, UUID fromParentId, UUID toParentId) {
    }

    public record Dissolved(OrganisationState organisation, LocalDate effectiveDate, String decisionReference) {
    }

    /** Its members were transferred to {@code mergedInto} (each has its own member event). */
    public record Merged(OrganisationState organisation, UUID mergedInto, LocalDate effectiveDate,
            String decisionReference) {
    }

    static OrganisationState state(Organisation o) {
        return new OrganisationState(o.id, o.parentId, o.pathIds(), o.type.name(), o.name, o.shortCode,
                o.status.name(), o.term, o.mergedInto, o.version);
    }
}

package vn.dangbo.registry.snapshot;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import vn.dangbo.registry.member.MemberChanges;
import vn.dangbo.registry.member.MemberQueries;
import vn.dangbo.registry.organisation.OrganisationChanges;
import vn.dangbo.registry.organisation.OrganisationQueries;

/**
 * Writes through the outbox, in batches, so a large registry never holds one huge transaction. Members who
 * left the list get a tombstone again (the topic holds members on the list only); dissolved and merged
 * organisations get their snapshot, with their status.
 */
@ApplicationScoped
public class SnapshotService {

    public record Republished(long organisations, long members) {
    }

    private static final int BATCH = 1_000;

    private final EntityManager entityManager;
    private final OrganisationQueries organisations;
    private final OrganisationChanges organisationChanges;
    private final MemberQueries members;
    private final MemberChanges memberChanges;

    public SnapshotService(EntityManager entityManager, OrganisationQueries organisations,
            OrganisationChanges organisationChanges, MemberQueries members, MemberChanges memberChanges) {
        this.entityManager = entityManager;
        this.organisations = organisations;
        this.organisationChanges = organisationChanges;
        this.members = members;
        this.memberChanges = memberChanges;
    }

    public Republished republishAll() {
        long orgs = batches("select o.id from Organisation o order by o.id", ids -> ids.forEach(
                id -> organisationChanges.snapshot(organisations.get(id))));
        long people = batches("select m.id from Member m order by m.id", ids -> ids.forEach(
                id -> memberChanges.snapshot(members.get(id))));
        return new Republished(orgs, people);
    }

    private long batches(String query, java.util.function.Consumer<List<UUID>> publish) {
        long total = 0;
        int offset = 0;
        while (true) {
            int from = offset;
            List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> {
                List<UUID> page = entityManager.createQuery(query, UUID.class).setFirstResult(from)
                        .setMaxResults(BATCH).getResultList();
                publish.accept(page);
                return page;
            });
            total += ids.size();
            offset += BATCH;
            if (ids.size() < BATCH) {
                return total;
            }
        }
    }
}

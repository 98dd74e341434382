package vn.dangbo.kit.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.security.AccessGuard;

/**
 * Who changed what and when, with the state before and after. Written in the transaction of the change,
 * so a change without its audit entry (or the reverse) cannot be committed. Every service keeps its trail in
 * its own {@code audit_entry} table (platform migration {@code R__audit_entry}); a change is usually recorded
 * with its events through {@link vn.dangbo.kit.change.ChangeRecorder}, which writes the entry here.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final AccessGuard access;

    public AuditTrail(EntityManager entityManager, ObjectMapper json, AccessGuard access) {
        this.entityManager = entityManager;
        this.json = json;
        this.access = access;
    }

    /**
     * @param entity what kind of thing changed, as the service's audit API names it (e.g. {@code member})
     * @param before the state before the change (null for a creation); after likewise (records, not entities)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, UUID entityId, String action, Object before, Object after) {
        record(entity, entityId, action, before, after, access.actor());
    }

    /** For work done outside the user's request (an import job), on behalf of {@code actor}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String entity, UUID entityId, String action, Object before, Object after, String actor) {
        AuditEntry entry = new AuditEntry();
        entry.entity = entity;
        entry.entityId = entityId;
        entry.action = action;
        entry.actor = actor;
        entry.at = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        entry.before = toJson(before);
        entry.after = toJson(after);
        entityManager.persist(entry);
    }

    /**
     * The audit entries of a bulk write, streamed with COPY on the caller's connection (so in its transaction):
     * the same rows {@link #record} writes. Close the writer before writing anything else on the connection.
     */
    public BulkEntries bulk(java.sql.Connection connection, String actor) {
        return new BulkEntries(vn.dangbo.kit.persistence.CopyStream.open(connection,
                "audit_entry (entity, entity_id, action, actor, at, before, after)"), actor);
    }

    public final class BulkEntries implements AutoCloseable {

        private final vn.dangbo.kit.persistence.CopyStream rows;
        private final String actor;
        private final OffsetDateTime at = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);

        private BulkEntries(vn.dangbo.kit.persistence.CopyStream rows, String actor) {
            this.rows = rows;
            this.actor = actor;
        }

        public void record(String entity, UUID entityId, String action, Object before, Object after) {
            rows.field(entity).field(entityId).field(action).field(actor).field(at).field(toJson(before))
                    .field(toJson(after));
            rows.endRow();
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /** The entries of one entity, oldest first. */
    public List<AuditEntry> of(String entity, UUID entityId) {
        return entityManager.createQuery("from AuditEntry a where a.entity = :entity and a.entityId = :id order by a.id",
                AuditEntry.class).setParameter("entity", entity).setParameter("id", entityId).getResultList();
    }

    private String toJson(Object state) {
        if (state == null) {
            return null;
        }
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit state cannot be serialised: " + state.getClass().getName(), e);
        }
    }
}

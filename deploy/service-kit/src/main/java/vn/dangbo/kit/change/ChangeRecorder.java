package vn.dangbo.kit.change;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.dangbo.kit.audit.AuditTrail;
import vn.dangbo.kit.messaging.Outbox;

/**
 * The one way a service records a change of an aggregate: flush (but for a {@link Change#restatement}), so the
 * records carry the version the change gave it; the event, then the snapshot (or tombstone) through the {@link Outbox}; then the audit entry. All in
 * the caller's transaction: the change, its records and its audit entry commit together or not at all.
 */
@ApplicationScoped
public class ChangeRecorder {

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final AuditTrail audit;

    public ChangeRecorder(EntityManager entityManager, Outbox outbox, AuditTrail audit) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.audit = audit;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Change change) {
        if (change.flushesFirst()) {
            entityManager.flush();
        }
        String subject = change.aggregateId().toString();
        Change.Publication event = change.event();
        if (event != null) {
            outbox.publish(event.topic(), event.type(), subject, event.data().get());
        }
        Change.Publication snapshot = change.snapshot();
        if (snapshot != null && snapshot.data() == null) {
            outbox.publishTombstone(snapshot.topic(), snapshot.type(), subject);
        } else if (snapshot != null) {
            outbox.publish(snapshot.topic(), snapshot.type(), subject, snapshot.data().get());
        }
        Change.Audit entry = change.auditEntry();
        if (entry == null) {
            return;
        }
        Object after = entry.after().get();
        if (entry.actor() == null) {
            audit.record(entry.entity(), change.aggregateId(), entry.action(), entry.before(), after);
        } else {
            audit.record(entry.entity(), change.aggregateId(), entry.action(), entry.before(), after, entry.actor());
        }
    }
}

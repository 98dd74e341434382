package vn.dangbo.kit.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The consumer side's message log: which events each consumer has already applied. */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    public Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Records the event for this consumer in the caller's transaction.
     *
     * @return true the first time, false when the event was applied before (a redelivery)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, IncomingEvent event) {
        return entityManager.createNativeQuery(
                "insert into inbox_event (consumer, event_id, event_type) values (:consumer, :id, :type) "
                        + "on conflict do nothing")
                .setParameter("consumer", consumer)
                .setParameter("id", event.id())
                .setParameter("type", event.type())
                .executeUpdate() == 1;
    }
}

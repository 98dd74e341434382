package vn.dangbo.kit.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. Nothing reaches Kafka unless the change commits, and a
 * committed change always reaches Kafka (through {@link OutboxRelay}), even if Kafka is down right now.
 */
@ApplicationScoped
public class Outbox {

    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    public Outbox(EntityManager entityManager, ObjectMapper objectMapper,
            TransactionSynchronizationRegistry transactions, OutboxRelay relay) {
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * @param topic     the aggregate's topic, e.g. {@code registry.members.v1}
     * @param eventType the CloudEvents type, e.g. {@code vn.dangbo.registry.member.admitted.v1}
     * @param subject   the aggregate id: CloudEvents subject and Kafka record key
     * @param data      the event data, serialised as JSON; must match the event type's published schema
     * @return the CloudEvents id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publish(String topic, String eventType, String subject, Object data) {
        return enqueue(topic, eventType, subject, toJson(data));
    }

    /**
     * A tombstone for a log-compacted topic: a record with key {@code subject} and a null value, which makes
     * Kafka forget the key's earlier records once the topic is compacted. It carries the CloudEvents
     * attributes as headers like any event ({@code ce_id} lets consumers deduplicate it), but no data and so
     * no {@code content-type}.
     *
     * @param topic     a log-compacted topic, e.g. {@code registry.members.snapshot.v1}
     * @param eventType the CloudEvents type of the topic's records, e.g. {@code vn.dangbo.registry.member.snapshot.v1}
     * @param subject   the key to forget: CloudEvents subject and Kafka record key
     * @return the CloudEvents id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID publishTombstone(String topic, String eventType, String subject) {
        return enqueue(topic, eventType, subject, null);
    }

    private UUID enqueue(String topic, String eventType, String subject, String payload) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = topic;
        event.eventType = eventType;
        event.subject = subject;
        event.occurredAt = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        event.payload = payload;
        entityManager.persist(event);
        // Relay as soon as the change is committed rather than at the next poll.
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
        return event.eventId;
    }

    /**
     * Events of a bulk write, streamed into the outbox with COPY on the caller's connection (so in its
     * transaction): the same rows {@link #publish} writes, at the cost of a raw COPY. The relay picks them up
     * at its next poll. Close the writer before writing anything else on the connection.
     */
    public BulkEvents bulk(java.sql.Connection connection) {
        return new BulkEvents(vn.dangbo.kit.persistence.CopyStream.open(connection,
                "outbox_event (event_id, topic, event_type, subject, occurred_at, payload)"));
    }

    public final class BulkEvents implements AutoCloseable {

        private final vn.dangbo.kit.persistence.CopyStream rows;
        private final OffsetDateTime occurredAt = OffsetDateTime.now(Clock.systemUTC())
                .withOffsetSameInstant(ZoneOffset.UTC);

        private BulkEvents(vn.dangbo.kit.persistence.CopyStream rows) {
            this.rows = rows;
        }

        /** As {@link Outbox#publish}: one event, relayed in the order of the calls. */
        public void publish(String topic, String eventType, String subject, Object data) {
            rows.field(UUID.randomUUID()).field(topic).field(eventType).field(subject).field(occurredAt)
                    .field(toJson(data));
            rows.endRow();
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    private String toJson(Object data) {
        try {
            return objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be serialised: " + data.getClass().getName(), e);
        }
    }
}

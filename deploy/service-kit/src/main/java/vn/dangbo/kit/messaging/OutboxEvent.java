package vn.dangbo.kit.messaging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One event waiting to be relayed to Kafka, written in the transaction of the change it describes. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    // IDENTITY, not a pooled sequence: two replicas holding pre-allocated id blocks could give a later
    // change of the same aggregate a smaller id, and the relay sends in id order.
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String subject;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    /** The event data as JSON; null for a tombstone (a null-value record on a log-compacted topic). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "json")
    public String payload;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;
}

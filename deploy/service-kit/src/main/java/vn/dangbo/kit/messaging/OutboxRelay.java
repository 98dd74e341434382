package vn.dangbo.kit.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Sends committed outbox rows to Kafka as binary-mode CloudEvents, oldest first, and marks them
 * delivered.
 *
 * <p>Only one replica relays at a time (a transaction-scoped advisory lock), and it sends a batch in id
 * order through an idempotent producer: so events of one aggregate keep their order on its partition,
 * whichever replica wrote them. A batch that fails is rolled back and sent again whole; consumers drop
 * the duplicates by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * The transaction-scoped advisory lock a relaying replica holds: any constant shared by the replicas of one
     * service (each service has its own database). Public so an operator or a test can find or hold it.
     */
    public static final long RELAY_LOCK = 0x0D_A9_B0_01L;

    private final EntityManager entityManager;
    private final KafkaClientConfig kafkaConfig;
    private final String source;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration retention;
    private volatile Producer<String, String> producer;
    private volatile boolean failing;
    private final ReentrantLock relaying = new ReentrantLock();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-wake-up");
        thread.setDaemon(true);
        return thread;
    });

    public OutboxRelay(EntityManager entityManager, KafkaClientConfig kafkaConfig,
            @ConfigProperty(name = "dangbo.events.source") String source,
            @ConfigProperty(name = "dangbo.outbox.batch-size") int batchSize,
            @ConfigProperty(name = "dangbo.outbox.send-timeout") Duration sendTimeout,
            @ConfigProperty(name = "dangbo.outbox.retention") Duration retention) {
        this.entityManager = entityManager;
        this.kafkaConfig = kafkaConfig;
        this.source = source;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.retention = retention;
    }

    /** Called after a transaction that wrote events commits: relay now, after any pass under way. */
    void wakeUp() {
        if (wakeUpPending.compareAndSet(false, true)) {
            wakeUps.execute(() -> {
                wakeUpPending.set(false);
                relaying.lock();
                try {
                    relayPendingLocked();
                } finally {
                    relaying.unlock();
                }
            });
        }
    }

    /** The safety net: events of another replica, or of a wake-up lost to a crash, go out at the next poll. */
    @Scheduled(every = "${dangbo.outbox.poll-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relayPending() {
        if (!relaying.tryLock()) {
            return;
        }
        try {
            relayPendingLocked();
        } finally {
            relaying.unlock();
        }
    }

    private void relayPendingLocked() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == batchSize);
            if (failing) {
                LOG.info("Outbox relay reaches Kafka again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warnf("Outbox relay cannot deliver to Kafka (%s); events stay in the outbox and will be retried",
                        e.getMessage());
                failing = true;
            }
        }
    }

    /** @return how many events were delivered */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew()
                .timeout((int) sendTimeout.multipliedBy(2).toSeconds() + 5)
                .call(this::relayInTransaction);
    }

    private int relayInTransaction() {
        Boolean leader = (Boolean) entityManager
                .createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", RELAY_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(leader)) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = entityManager.createNativeQuery(
                "select * from outbox_event where delivered_at is null order by id limit :limit for update skip locked",
                OutboxEvent.class)
                .setParameter("limit", batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        Producer<String, String> kafka = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        for (OutboxEvent event : batch) {
            acks.add(kafka.send(toRecord(event, source)));
        }
        kafka.flush();
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Kafka", e);
            } catch (Exception e) {
                throw new IllegalStateException("Kafka did not acknowledge an event: " + e.getMessage(), e);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (OutboxEvent event : batch) {
            event.deliveredAt = now;
        }
        return batch.size();
    }

    @Scheduled(every = "1m", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneDelivered() {
        prune(retention);
    }

    /** Deletes rows delivered longer ago than {@code age}; undelivered rows are never touched. */
    public int prune(Duration age) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("delete from outbox_event where delivered_at <= :before")
                .setParameter("before", OffsetDateTime.now(ZoneOffset.UTC).minus(age))
                .executeUpdate());
    }

    /** Rows not yet delivered (for metrics and tests). */
    public long pending() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where delivered_at is null")
                .getSingleResult()).longValue());
    }

    /**
     * The Kafka record of an outbox row: binary-mode CloudEvent, key = subject. A row without payload is a
     * tombstone: a null value and the same {@code ce_*} headers (so an inbox can deduplicate it) but no
     * {@code content-type}, since there is no data.
     */
    static ProducerRecord<String, String> toRecord(OutboxEvent event, String source) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, CloudEventHeaders.SPEC_VERSION, CloudEventHeaders.SPEC_VERSION_1_0);
        header(headers, CloudEventHeaders.ID, event.eventId.toString());
        header(headers, CloudEventHeaders.SOURCE, source);
        header(headers, CloudEventHeaders.TYPE, event.eventType);
        header(headers, CloudEventHeaders.SUBJECT, event.subject);
        header(headers, CloudEventHeaders.TIME,
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(event.occurredAt.withOffsetSameInstant(ZoneOffset.UTC)));
        if (event.payload != null) {
            header(headers, CloudEventHeaders.CONTENT_TYPE, CloudEventHeaders.JSON);
        }
        return new ProducerRecord<>(event.topic, null, event.subject, event.payload, headers);
    }

    private static void header(RecordHeaders headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private Producer<String, String> producer() {
        Producer<String, String> current = producer;
        if (current == null) {
            synchronized (this) {
                if (producer == null) {
                    producer = new KafkaProducer<>(producerConfig(), new StringSerializer(), new StringSerializer());
                }
                current = producer;
            }
        }
        return current;
    }

    /**
     * The cluster's address and security come from {@code kafka.*} (as for the channels); what the relay's
     * guarantees rest on is its own and wins: every replica acknowledges, the producer is idempotent (so a retry
     * never duplicates or reorders within a batch), and a batch gives up within the send timeout.
     */
    private Map<String, Object> producerConfig() {
        Map<String, Object> own = new HashMap<>();
        own.put(ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + source.replaceAll("[^A-Za-z0-9-]", ""));
        own.put(ProducerConfig.ACKS_CONFIG, "all");
        own.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        own.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        own.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        int timeoutMs = (int) sendTimeout.toMillis();
        own.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, String.valueOf(timeoutMs / 2));
        own.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs / 3));
        own.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, String.valueOf(timeoutMs));
        own.put(ProducerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "1000");
        Map<String, Object> config = kafkaConfig.producer(own);
        // the relay sends outside Kafka transactions (the outbox row is its transaction) and passes its own
        // serializers: a cluster-wide transactional.id or serializer class would break it
        config.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        config.remove(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG);
        config.remove(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG);
        return config;
    }

    void onStop(@Observes ShutdownEvent event) {
        wakeUps.shutdown();
        Producer<String, String> current = producer;
        if (current != null) {
            current.close(Duration.ofSeconds(2));
        }
    }
}

package vn.dangbo.testsupport.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Writes to one topic as another service would, for tests of a consumer: {@link CloudEvent}s in binary mode
 * (as the kit's outbox relay sends them), and raw records without CloudEvents headers for dead-letter tests.
 * Every send waits for the broker's acknowledgement, so a record sent before another on the same partition is
 * read before it.
 *
 * <pre>{@code
 * String kafka = RealInfrastructure.kafka().bootstrapServers();
 * try (TopicWriter writer = TopicWriter.of(kafka, "registry.organisations.v1")) {
 *     writer.send(CloudEvent.of("/dangbo/registry-service", "vn.dangbo.registry.organisation.created.v1", id, json));
 * }
 * }</pre>
 */
public final class TopicWriter implements AutoCloseable {

    private static final Duration ACKNOWLEDGED_WITHIN = Duration.ofSeconds(30);

    private final String topic;
    private final KafkaProducer<String, String> producer;

    private TopicWriter(String bootstrapServers, String topic) {
        this.topic = topic;
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "dangbo-topic-writer-" + topic);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    /** A writer to {@code topic} (created by the broker if it does not exist yet). */
    public static TopicWriter of(String bootstrapServers, String topic) {
        return new TopicWriter(bootstrapServers, topic);
    }

    /** Sends the event to the partition of its subject. */
    public RecordMetadata send(CloudEvent event) {
        return send(event, null);
    }

    /** Sends the event to {@code partition} (null: the partition of its subject). */
    public RecordMetadata send(CloudEvent event, Integer partition) {
        RecordHeaders headers = new RecordHeaders();
        event.headers().forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        return send(new ProducerRecord<>(topic, partition, event.subject(), event.data(), headers));
    }

    /** Sends a record without any header: not a CloudEvent, whatever its value. */
    public RecordMetadata sendRaw(Integer partition, String key, String value) {
        return send(new ProducerRecord<>(topic, partition, key, value));
    }

    public String topic() {
        return topic;
    }

    private RecordMetadata send(ProducerRecord<String, String> record) {
        try {
            return producer.send(record).get(ACKNOWLEDGED_WITHIN.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the record for " + topic, e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(2));
    }
}

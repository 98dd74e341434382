package vn.dangbo.testsupport.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads one topic from the beginning, for assertions on published events. A fresh consumer group per
 * reader ({@code auto.offset.reset=earliest}, nothing committed), so readers never disturb each other or a
 * service's own consumers. Every record read is remembered: several {@link #awaitRecords} calls on one reader
 * may look for different records.
 *
 * <pre>{@code
 * try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), "registry.members.v1")) {
 *     var records = reader.awaitRecords(r -> memberId.equals(r.key()), 1, Duration.ofSeconds(20));
 *     EventSchemas.assertCloudEvent(records.get(0), "vn.dangbo.registry.member.registered.v1", "/dangbo/registry-service");
 * }
 * }</pre>
 */
public final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(100);

    private final String topic;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicReader(String bootstrapServers, String topic) {
        this.topic = topic;
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "dangbo-topic-reader-" + UUID.randomUUID());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "dangbo-topic-reader-" + topic);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "1000");
        p.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        p.put(ConsumerConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        this.consumer = new KafkaConsumer<>(p);
        this.consumer.subscribe(List.of(topic));
    }

    /** A reader of {@code topic} (created by the broker if it does not exist yet). */
    public static TopicReader of(String bootstrapServers, String topic) {
        return new TopicReader(bootstrapServers, topic);
    }

    /**
     * Polls until at least {@code count} records (read before or during this call) match, and returns all
     * matching records read so far, in the order read.
     *
     * @throws AssertionError when {@code timeout} passes first, naming what was read
     */
    public List<ConsumerRecord<String, String>> awaitRecords(Predicate<ConsumerRecord<String, String>> match,
            int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<ConsumerRecord<String, String>> matching = seen.stream().filter(match).collect(Collectors.toList());
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("expected " + count + " matching record(s) on " + topic + " within "
                        + timeout + " but found " + matching.size() + " among " + seen.size() + " read: "
                        + describe(seen));
            }
            for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofNanos(Math.min(left, POLL.toNanos())))) {
                seen.add(r);
            }
        }
    }

    /** The first record matching, waiting up to {@code timeout}. */
    public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> match, Duration timeout) {
        return awaitRecords(match, 1, timeout).get(0);
    }

    /** Everything read so far. */
    public List<ConsumerRecord<String, String>> seen() {
        return Collections.unmodifiableList(seen);
    }

    public String topic() {
        return topic;
    }

    /** The value of the last header {@code name} as UTF-8, or null when the record has none. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }

    private static String describe(List<ConsumerRecord<String, String>> records) {
        int shown = Math.min(records.size(), 10);
        StringBuilder sb = new StringBuilder();
        for (int i = records.size() - shown; i < records.size(); i++) {
            ConsumerRecord<String, String> r = records.get(i);
            sb.append(System.lineSeparator()).append("  p").append(r.partition()).append('@').append(r.offset())
                    .append(" key=").append(r.key()).append(" ce_type=").append(header(r, "ce_type"))
                    .append(" value=").append(abbreviate(r.value()));
        }
        return records.isEmpty() ? "(nothing)" : (records.size() > shown ? "... " : "") + sb;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 200 ? s : s.substring(0, 200) + "...";
    }
}

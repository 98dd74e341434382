package vn.dangbo.registry.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/** Reads what the registry published, checking every record against the schema of its own type. */
public final class Topics {

    public static final String SOURCE = "/dangbo/registry-service";

    private Topics() {
    }

    public static List<ConsumerRecord<String, String>> await(String topic,
            Predicate<ConsumerRecord<String, String>> match, int count) {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), topic)) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(match, count, Duration.ofSeconds(30));
            for (ConsumerRecord<String, String> record : records) {
                String type = TopicReader.header(record, "ce_type");
                if (record.value() == null) {
                    assertTombstone(record);
                    continue;
                }
                EventSchemas.assertCloudEvent(record, type, SOURCE);
                EventSchemas.assertValid(schema(type), record.value());
            }
            return records;
        }
    }

    /**
     * A tombstone on a log-compacted topic as the AsyncAPI document describes it: null value, the ce_*
     * attributes of a CloudEvent without data (ce_id to deduplicate, ce_subject = key), no content-type.
     */
    public static void assertTombstone(ConsumerRecord<String, String> record) {
        if (record.value() != null) {
            throw new AssertionError("not a tombstone: " + record.value());
        }
        List<String> problems = new java.util.ArrayList<>();
        for (String header : List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time")) {
            String value = TopicReader.header(record, header);
            if (value == null || value.isBlank()) {
                problems.add(header + " missing");
            }
        }
        if (!SOURCE.equals(TopicReader.header(record, "ce_source"))) {
            problems.add("ce_source is " + TopicReader.header(record, "ce_source"));
        }
        if (!record.key().equals(TopicReader.header(record, "ce_subject"))) {
            problems.add("ce_subject differs from the key " + record.key());
        }
        if (TopicReader.header(record, "content-type") != null) {
            problems.add("a content-type without data");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("tombstone " + record.key() + " on " + record.topic() + ": " + problems);
        }
    }

    public static Predicate<ConsumerRecord<String, String>> ofType(String key, String type) {
        return r -> r.key().equals(key) && type.equals(TopicReader.header(r, "ce_type"));
    }

    public static Path schema(String type) {
        return EventSchemas.producerSchema("registry-service", type);
    }
}

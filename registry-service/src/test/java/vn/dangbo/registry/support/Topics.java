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
                EventSchemas.assertCloudEvent(record, type, SOURCE);
                EventSchemas.assertValid(schema(type), record.value());
            }
            return records;
        }
    }

    public static Predicate<ConsumerRecord<String, String>> ofType(String key, String type) {
        return r -> r.key().equals(key) && type.equals(TopicReader.header(r, "ce_type"));
    }

    public static Path schema(String type) {
        return EventSchemas.producerSchema("registry-service", type);
    }
}

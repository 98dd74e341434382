package vn.dangbo.testsupport.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.QuietLogging;
import vn.dangbo.testsupport.infra.KafkaServer;
import vn.dangbo.testsupport.schema.EventSchemas;

class TopicWriterTest {

    static {
        QuietLogging.install();
    }

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TOPIC = "test.organisations.v1";
    private static final String SOURCE = "/dangbo/test-service";
    private static final String CREATED = "vn.dangbo.test.organisation.created.v1";
    private static final String DATA = "{\"organisation\":{\"name\":\"Chi bộ Sở Tư pháp\"}}";
    private static final String POISON = "{\"không phải\": \"một CloudEvent\"}";

    @Test
    void eventsTombstonesAndRawRecordsArriveAsTheRelayWouldSendThem() {
        try (KafkaServer kafka = KafkaServer.start(null, 0, 2);
                TopicWriter writer = TopicWriter.of(kafka.bootstrapServers(), TOPIC);
                TopicReader reader = TopicReader.of(kafka.bootstrapServers(), TOPIC)) {
            CloudEvent created = CloudEvent.of(SOURCE, CREATED, "org-1", DATA)
                    .withTime(OffsetDateTime.parse("2020-03-11T01:30:00+07:00"));
            RecordMetadata createdAt = writer.send(created, 1);
            writer.send(CloudEvent.of(SOURCE, CREATED, "org-1", null).withId("tombstone-1"), 1);
            RecordMetadata rawAt = writer.sendRaw(1, "poison", POISON);
            RecordMetadata byKey = writer.send(CloudEvent.of(SOURCE, CREATED, "org-2", "{}"));

            List<ConsumerRecord<String, String>> onPartition = reader.awaitRecords(
                    r -> r.partition() == 1 && !"org-2".equals(r.key()), 3, WAIT);
            assertEquals(List.of(createdAt.offset(), createdAt.offset() + 1, rawAt.offset()),
                    onPartition.stream().map(ConsumerRecord::offset).toList(), "in the order sent");

            ConsumerRecord<String, String> event = onPartition.get(0);
            EventSchemas.assertCloudEvent(event, CREATED, SOURCE);
            assertEquals(created.id(), TopicReader.header(event, "ce_id"));
            assertEquals("org-1", event.key());
            assertEquals("2020-03-10T18:30:00Z", TopicReader.header(event, "ce_time"));
            assertEquals(DATA, event.value());

            ConsumerRecord<String, String> tombstone = onPartition.get(1);
            assertEquals("org-1", tombstone.key());
            assertNull(tombstone.value(), "a tombstone has no value");
            assertEquals("tombstone-1", TopicReader.header(tombstone, "ce_id"));
            assertEquals("org-1", TopicReader.header(tombstone, "ce_subject"));
            assertNull(TopicReader.header(tombstone, "content-type"), "nor a content type");

            ConsumerRecord<String, String> raw = onPartition.get(2);
            assertEquals("poison", raw.key());
            assertEquals(POISON, raw.value());
            assertEquals(0, raw.headers().toArray().length, "no header at all");

            ConsumerRecord<String, String> routed = reader.awaitRecord(r -> "org-2".equals(r.key()), WAIT);
            assertEquals(byKey.partition(), routed.partition());
            EventSchemas.assertCloudEvent(routed, CREATED, SOURCE);
        }
    }
}

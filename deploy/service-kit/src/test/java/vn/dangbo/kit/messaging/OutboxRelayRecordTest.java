package vn.dangbo.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.infra.KafkaServer;
import vn.dangbo.testsupport.kafka.TopicReader;

/** What the relay puts on Kafka for an outbox row: an event, or a tombstone for a log-compacted topic. */
class OutboxRelayRecordTest {

    private static final String SOURCE = "/dangbo/test-service";
    private static final String TOPIC = "test.members.snapshot.v1";
    private static final String TYPE = "vn.dangbo.test.member.snapshot.v1";

    @Test
    void anEventCarriesItsJsonDataAndEveryCloudEventsHeader() {
        OutboxEvent event = row("{\"member\":{\"id\":1}}");
        ProducerRecord<String, String> record = OutboxRelay.toRecord(event, SOURCE);
        assertEquals(TOPIC, record.topic());
        assertEquals(event.subject, record.key());
        assertEquals(event.payload, record.value());
        assertEquals("application/json", header(record, CloudEventHeaders.CONTENT_TYPE));
        assertEquals(event.eventId.toString(), header(record, CloudEventHeaders.ID));
    }

    @Test
    void aTombstoneIsANullValueRecordThatKeepsItsIdForDeduplication() {
        OutboxEvent tombstone = row(null);
        ProducerRecord<String, String> record = OutboxRelay.toRecord(tombstone, SOURCE);
        assertEquals(tombstone.subject, record.key());
        assertNull(record.value(), "no CloudEvents body");
        assertEquals(tombstone.eventId.toString(), header(record, CloudEventHeaders.ID));
        assertEquals(TYPE, header(record, CloudEventHeaders.TYPE));
        assertEquals(tombstone.subject, header(record, CloudEventHeaders.SUBJECT));
        assertEquals("1.0", header(record, CloudEventHeaders.SPEC_VERSION));
        assertNull(header(record, CloudEventHeaders.CONTENT_TYPE), "no data, so no content type");
    }

    @Test
    void aTombstoneReachesASubscriberAsANullValueAfterTheKeysLastState() {
        OutboxEvent state = row("{\"member\":{\"state\":\"ACTIVE\"}}");
        OutboxEvent tombstone = row(null);
        tombstone.subject = state.subject;
        try (KafkaServer kafka = KafkaServer.start(null, 0)) {
            try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
                producer.send(OutboxRelay.toRecord(state, SOURCE)).get();
                producer.send(OutboxRelay.toRecord(tombstone, SOURCE)).get();
            }
            try (TopicReader reader = TopicReader.of(kafka.bootstrapServers(), TOPIC)) {
                List<ConsumerRecord<String, String>> records = reader.awaitRecords(
                        r -> state.subject.equals(r.key()), 2, Duration.ofSeconds(30));
                assertEquals(state.payload, records.get(0).value());
                ConsumerRecord<String, String> last = records.get(1);
                assertNull(last.value(), "a tombstone: the key's value is gone");
                assertTrue(IncomingEvent.isTombstone(last));
                assertEquals(tombstone.eventId.toString(), TopicReader.header(last, CloudEventHeaders.ID));
                assertNull(TopicReader.header(last, CloudEventHeaders.CONTENT_TYPE));
                // a consumer of an ordinary event topic still refuses it (it goes to the dead-letter topic)
                assertThrows(InvalidEventException.class, () -> IncomingEvent.from(last, new ObjectMapper()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private static OutboxEvent row(String payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = 1L;
        event.eventId = UUID.randomUUID();
        event.topic = TOPIC;
        event.eventType = TYPE;
        event.subject = UUID.randomUUID().toString();
        event.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        event.payload = payload;
        return event;
    }

    private static String header(ProducerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static KafkaProducer<String, String> producer(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }
}

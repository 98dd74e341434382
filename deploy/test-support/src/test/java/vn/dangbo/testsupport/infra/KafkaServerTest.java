package vn.dangbo.testsupport.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.kafka.TopicReader;

class KafkaServerTest {

    static {
        vn.dangbo.testsupport.QuietLogging.install();
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void recordsSurviveAStopAndAStartOnTheSameDirectory() throws Exception {
        KafkaServer kafka = KafkaServer.start(null, 0);
        Path dir = kafka.directory();
        try {
            System.out.printf("Kafka (fresh directory) started in %d ms%n", kafka.lastStartDuration().toMillis());
            assertTrue(kafka.isRunning());
            assertEquals("127.0.0.1:" + kafka.port(), kafka.bootstrapServers());

            try (KafkaProducer<String, String> producer = producer(kafka.bootstrapServers())) {
                for (int i = 1; i <= 3; i++) {
                    ProducerRecord<String, String> r = new ProducerRecord<>("test.members.v1", "member-" + i, "{\"n\":" + i + "}");
                    r.headers().add("ce_type", "vn.dangbo.test.v1".getBytes(StandardCharsets.UTF_8));
                    producer.send(r).get();
                }
            }
            try (TopicReader reader = TopicReader.of(kafka.bootstrapServers(), "test.members.v1")) {
                List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> r.key().startsWith("member-"), 3, WAIT);
                assertEquals(List.of("member-1", "member-2", "member-3"), sortedKeys(records));
                assertEquals("vn.dangbo.test.v1", TopicReader.header(records.get(0), "ce_type"));
                assertEquals(null, TopicReader.header(records.get(0), "ce_id"));
            }

            int port = kafka.port();
            kafka.stop();
            kafka.stop(); // idempotent
            assertFalse(kafka.isRunning());
            assertTrue(Files.exists(dir.resolve("logs/meta.properties")), "the data stays after stop()");

            kafka.startAgain();
            System.out.printf("Kafka (existing directory) started in %d ms%n", kafka.lastStartDuration().toMillis());
            assertEquals(port, kafka.port());
            try (TopicReader reader = TopicReader.of(kafka.bootstrapServers(), "test.members.v1")) {
                List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> true, 3, WAIT);
                assertEquals(List.of("member-1", "member-2", "member-3"), sortedKeys(records));
            }

            // a handle from "another class loader" controls the same broker
            KafkaServer attached = KafkaServer.attach(dir);
            assertTrue(attached.isRunning());
            assertEquals(kafka.bootstrapServers(), attached.bootstrapServers());
            attached.stop();
            assertFalse(kafka.isRunning());
            assertFalse(attached.isRunning());
            attached.close();
            assertTrue(Files.exists(dir), "an attached handle never deletes the directory");
        } finally {
            kafka.close();
        }
        assertFalse(Files.exists(dir), "a temporary directory is deleted on close()");
        assertFalse(kafka.isRunning());
    }

    @Test
    void brokerClasspathListsExistingArtifacts() {
        String cp = KafkaServer.brokerClasspath();
        assertTrue(cp.contains("kafka_2.13-4.3.1.jar"), cp);
        assertTrue(cp.contains("slf4j-simple"), cp);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private static List<String> sortedKeys(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(ConsumerRecord::key).sorted().collect(Collectors.toList());
    }
}

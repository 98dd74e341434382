package vn.dangbo.systemtest;

import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** The system's Kafka as a test disturbs it: a record delivered again (at-least-once delivery). */
final class Kafka {

    private Kafka() {
    }

    /** The record sent again as it was: same CloudEvent id (headers), key and partition. */
    static void redeliver(ConsumerRecord<String, String> event) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SystemUnderTest.stack().kafkaBootstrapServers());
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(event.topic(), event.partition(), event.key(), event.value(),
                    event.headers())).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not take the redelivered event", e);
        }
    }
}

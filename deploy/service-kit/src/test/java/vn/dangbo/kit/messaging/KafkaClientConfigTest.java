package vn.dangbo.kit.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smallrye.config.EnvConfigSource;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

/**
 * A plain Kafka client gets the cluster's address and security from the same {@code kafka.*} settings as the
 * messaging channels, in a cluster typically as environment variables from a Secret.
 */
class KafkaClientConfigTest {

    private static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required"
            + " username=\"registry-service\" password=\"s3cr3t-Mật-khẩu\";";

    /** What Kubernetes gives the pod: the Secret's sasl.jaas.config and the cluster CA as environment variables. */
    private static final Map<String, String> ENVIRONMENT = Map.of(
            "KAFKA_BOOTSTRAP_SERVERS", "dangbo-kafka-kafka-bootstrap:9094",
            "KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
            "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
            "KAFKA_SASL_JAAS_CONFIG", JAAS,
            "KAFKA_SSL_TRUSTSTORE_TYPE", "PEM",
            "KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/dangbo/kafka-ca/ca.crt");

    @Test
    void environmentVariablesReachAProducerAsForTheChannels() {
        KafkaClientConfig kafka = new KafkaClientConfig(config(ENVIRONMENT, Map.of()));
        Map<String, Object> producer = kafka.producer(Map.of(ProducerConfig.ACKS_CONFIG, "all"));
        assertEquals("dangbo-kafka-kafka-bootstrap:9094", producer.get("bootstrap.servers"));
        assertEquals("SASL_SSL", producer.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", producer.get("sasl.mechanism"));
        assertEquals(JAAS, producer.get("sasl.jaas.config"));
        assertEquals("PEM", producer.get("ssl.truststore.type"));
        assertEquals("/etc/dangbo/kafka-ca/ca.crt", producer.get("ssl.truststore.location"));
        assertEquals("all", producer.get("acks"));
    }

    @Test
    void anEnvironmentVariableWinsOverTheServicesDefaultAsForTheChannels() {
        // the kit's microprofile-config.properties points at the local stack; a pod's variable must replace it
        KafkaClientConfig kafka = new KafkaClientConfig(config(ENVIRONMENT,
                Map.of("kafka.bootstrap.servers", "localhost:19092")));
        assertEquals("dangbo-kafka-kafka-bootstrap:9094", kafka.admin(Map.of()).get("bootstrap.servers"));
        KafkaClientConfig local = new KafkaClientConfig(config(Map.of(), Map.of("kafka.bootstrap.servers",
                "localhost:19092")));
        assertEquals(Map.of("bootstrap.servers", "localhost:19092"), local.admin(Map.of()),
                "without security settings a client stays as plain as before");
    }

    @Test
    void theCallersOwnSettingsWin() {
        KafkaClientConfig kafka = new KafkaClientConfig(config(Map.of("KAFKA_ACKS", "1",
                "KAFKA_ENABLE_IDEMPOTENCE", "false", "KAFKA_REQUEST_TIMEOUT_MS", "60000", "KAFKA_CLIENT_ID", "any"),
                Map.of("kafka.bootstrap.servers", "kafka:9092")));
        Map<String, Object> producer = kafka.producer(Map.of(ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true", ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay"));
        assertEquals("all", producer.get("acks"));
        assertEquals("true", producer.get("enable.idempotence"));
        assertEquals(5000, producer.get("request.timeout.ms"));
        assertEquals("outbox-relay", producer.get("client.id"));
        assertEquals("kafka:9092", producer.get("bootstrap.servers"));
    }

    @Test
    void aClientGetsOnlyTheSettingsItKnows() {
        // channel settings: a producer or admin client handed them would warn about unknown configuration
        KafkaClientConfig kafka = new KafkaClientConfig(config(Map.of(), Map.of(
                "kafka.bootstrap.servers", "kafka:9092", "kafka.group.id", "registry-service",
                "kafka.auto.offset.reset", "earliest", "kafka.acks", "all", "kafka.sasl.mechanism", "SCRAM-SHA-512")));
        Map<String, Object> admin = kafka.admin(Map.of());
        assertEquals(Map.of("bootstrap.servers", "kafka:9092", "sasl.mechanism", "SCRAM-SHA-512"), admin);
        Map<String, Object> producer = kafka.producer(Map.of());
        assertFalse(producer.containsKey("group.id"));
        assertFalse(producer.containsKey("auto.offset.reset"));
        assertEquals("all", producer.get("acks"));
        Map<String, Object> consumer = kafka.consumer(Map.of());
        assertEquals("registry-service", consumer.get("group.id"));
        assertEquals("earliest", consumer.get("auto.offset.reset"));
        assertFalse(consumer.containsKey("acks"));
    }

    @Test
    void theSaslSecretIsNeverLogged() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                Object[] parameters = record.getParameters();
                lines.add(parameters == null ? message : message + " " + java.util.Arrays.deepToString(parameters));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(KafkaClientConfig.class.getName());
        Level level = logger.getLevel();
        logger.setLevel(Level.ALL);
        logger.addHandler(capture);
        try {
            KafkaClientConfig kafka = new KafkaClientConfig(config(ENVIRONMENT, Map.of()));
            kafka.producer(Map.of());
            kafka.admin(Map.of());
            kafka.consumer(Map.of());
        } finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }
        String logged = String.join("\n", lines);
        assertTrue(logged.contains("SASL_SSL") && logged.contains("sasl.jaas.config=[hidden]"),
                "the operator sees which settings were taken: " + logged);
        assertFalse(logged.contains("s3cr3t"), "the password stays out of the log: " + logged);
        assertEquals("[hidden]", KafkaClientConfig.printable(Map.of("sasl.jaas.config", JAAS,
                "ssl.truststore.password", "changeit")).get("sasl.jaas.config"));
        assertEquals("[hidden]", KafkaClientConfig.printable(Map.of("ssl.truststore.password", "changeit"))
                .get("ssl.truststore.password"));
    }

    private static SmallRyeConfig config(Map<String, String> environment, Map<String, String> properties) {
        return new SmallRyeConfigBuilder()
                .withSources(new EnvConfigSource(environment, 300))
                .withSources(new PropertiesConfigSource(properties, "microprofile-config.properties", 100))
                .build();
    }
}

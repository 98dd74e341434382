package vn.dangbo.testsupport.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
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
    void aSaslUserAuthenticatesWithItsScramPasswordAndMayDoOnlyWhatItsAclsAllow() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(null, 0, 1, KafkaServer.Security.SASL_SCRAM_WITH_ACLS);
             Admin plain = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertTrue(kafka.enforcesAcls());
            kafka.addScramUser("registry-service", "mật-khẩu-đúng");
            plain.createTopics(List.of(new NewTopic("acl.granted.v1", 1, (short) 1),
                    new NewTopic("acl.denied.v1", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);

            // a wrong password is refused at login
            try (Admin wrong = Admin.create(sasl(kafka, "registry-service", "sai-mật-khẩu"))) {
                ExecutionException refused = assertThrows(ExecutionException.class,
                        () -> wrong.describeCluster().nodes().get(10, TimeUnit.SECONDS));
                assertInstanceOf(SaslAuthenticationException.class, refused.getCause());
            }

            // logged in, but no ACL yet: nothing may be written
            try (KafkaProducer<String, String> producer = saslProducer(kafka, "registry-service", "mật-khẩu-đúng")) {
                ExecutionException denied = assertThrows(ExecutionException.class,
                        () -> producer.send(new ProducerRecord<>("acl.granted.v1", "k", "v")).get(10, TimeUnit.SECONDS));
                assertInstanceOf(AuthorizationException.class, denied.getCause(), String.valueOf(denied.getCause()));
            }

            plain.createAcls(List.of(new AclBinding(
                    new ResourcePattern(ResourceType.TOPIC, "acl.granted.v1", PatternType.LITERAL),
                    new AccessControlEntry("User:registry-service", "*", AclOperation.WRITE, AclPermissionType.ALLOW))))
                    .all().get(10, TimeUnit.SECONDS);
            try (KafkaProducer<String, String> producer = saslProducer(kafka, "registry-service", "mật-khẩu-đúng")) {
                producer.send(new ProducerRecord<>("acl.granted.v1", "granted", "{}")).get(10, TimeUnit.SECONDS);
                ExecutionException denied = assertThrows(ExecutionException.class,
                        () -> producer.send(new ProducerRecord<>("acl.denied.v1", "k", "v")).get(10, TimeUnit.SECONDS));
                assertInstanceOf(TopicAuthorizationException.class, denied.getCause());
            }
            // the PLAINTEXT listener is never restricted: it reads what the SASL user wrote
            try (TopicReader reader = TopicReader.of(kafka.bootstrapServers(), "acl.granted.v1")) {
                assertEquals(List.of("granted"), sortedKeys(reader.awaitRecords(r -> true, 1, WAIT)));
            }
        }
    }

    @Test
    void withoutAclsAnAuthenticatedSaslUserMayDoAnything() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(null, 0, 1, KafkaServer.Security.SASL_SCRAM)) {
            assertFalse(kafka.enforcesAcls());
            kafka.addScramUser("any-service", "mật-khẩu");
            try (KafkaProducer<String, String> producer = saslProducer(kafka, "any-service", "mật-khẩu")) {
                producer.send(new ProducerRecord<>("sasl.auto-created.v1", "k", "{}")).get(10, TimeUnit.SECONDS);
            }
            try (TopicReader reader = TopicReader.of(kafka.bootstrapServers(), "sasl.auto-created.v1")) {
                assertEquals(List.of("k"), sortedKeys(reader.awaitRecords(r -> true, 1, WAIT)));
            }
            // restarted on its directory, it keeps its SASL port and its users
            String sasl = kafka.saslBootstrapServers();
            kafka.restart();
            assertEquals(sasl, kafka.saslBootstrapServers());
            try (KafkaProducer<String, String> producer = saslProducer(kafka, "any-service", "mật-khẩu")) {
                producer.send(new ProducerRecord<>("sasl.auto-created.v1", "k2", "{}")).get(20, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void overSaslSslOnlyAClientTrustingTheBrokersCaConnects() throws Exception {
        try (KafkaServer kafka = KafkaServer.start(null, 0, 1, KafkaServer.Security.SASL_SSL_SCRAM_WITH_ACLS);
             Admin plain = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            assertEquals("SASL_SSL", kafka.saslSecurityProtocol());
            assertTrue(kafka.enforcesAcls());
            Path ca = kafka.caCertificatePem();
            assertTrue(Files.readString(ca).startsWith("-----BEGIN CERTIFICATE-----"), "a PEM file, as Strimzi's ca.crt");
            kafka.addScramUser("registry-service", "mật-khẩu-đúng");
            Map<String, Object> trusting = kafka.saslClientSettings("registry-service", "mật-khẩu-đúng");
            assertEquals("PEM", trusting.get("ssl.truststore.type"));
            assertEquals(ca.toString(), trusting.get("ssl.truststore.location"));

            // the right password, but the JDK's own trust store does not know the broker's CA: refused at the handshake
            Map<String, Object> withoutCa = new HashMap<>(trusting);
            withoutCa.remove("ssl.truststore.type");
            withoutCa.remove("ssl.truststore.location");
            assertHandshakeRefused(withoutCa);
            // nor does a client trusting another CA get in
            Map<String, Object> otherCa = new HashMap<>(trusting);
            otherCa.put("ssl.truststore.location", CertificateAuthority.in(kafka.directory().resolve("other-ca"),
                    "another CA").certificatePem().toString());
            assertHandshakeRefused(otherCa);

            // trusting the CA (hostname verification on: the certificate names 127.0.0.1) it logs in and writes
            plain.createAcls(List.of(new AclBinding(
                    new ResourcePattern(ResourceType.TOPIC, "tls.granted.v1", PatternType.LITERAL),
                    new AccessControlEntry("User:registry-service", "*", AclOperation.WRITE, AclPermissionType.ALLOW))))
                    .all().get(10, TimeUnit.SECONDS);
            plain.createTopics(List.of(new NewTopic("tls.granted.v1", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
            try (KafkaProducer<String, String> producer = producer(trusting)) {
                producer.send(new ProducerRecord<>("tls.granted.v1", "over-tls", "{}")).get(10, TimeUnit.SECONDS);
            }
            try (TopicReader reader = TopicReader.of(kafka.bootstrapServers(), "tls.granted.v1")) {
                assertEquals(List.of("over-tls"), sortedKeys(reader.awaitRecords(r -> true, 1, WAIT)));
            }

            // restarted, or attached from another class loader, it is the same TLS listener with the same CA
            kafka.restart();
            assertEquals(ca, KafkaServer.attach(kafka.directory()).caCertificatePem());
            assertEquals("SASL_SSL", KafkaServer.attach(kafka.directory()).saslSecurityProtocol());
            try (KafkaProducer<String, String> producer = producer(trusting)) {
                producer.send(new ProducerRecord<>("tls.granted.v1", "after-restart", "{}")).get(20, TimeUnit.SECONDS);
            }
        }
    }

    private static void assertHandshakeRefused(Map<String, Object> settings) {
        Map<String, Object> admin = new HashMap<>(settings);
        admin.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        admin.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin refused = Admin.create(admin)) {
            ExecutionException e = assertThrows(ExecutionException.class,
                    () -> refused.describeCluster().nodes().get(15, TimeUnit.SECONDS));
            assertInstanceOf(SslAuthenticationException.class, e.getCause(), String.valueOf(e.getCause()));
        }
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> settings) {
        Map<String, Object> p = new HashMap<>(settings);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
    }

    @Test
    void aPlainBrokerHasNoSaslListener() {
        try (KafkaServer kafka = KafkaServer.start(null, 0, 1)) {
            assertThrows(IllegalStateException.class, kafka::saslBootstrapServers);
            assertThrows(IllegalStateException.class, kafka::caCertificatePem);
            assertFalse(kafka.enforcesAcls());
        }
    }

    private static Map<String, Object> sasl(KafkaServer kafka, String user, String password) {
        Map<String, Object> p = new HashMap<>();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.saslBootstrapServers());
        p.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        p.put(SaslConfigs.SASL_MECHANISM, "SCRAM-SHA-512");
        p.put(SaslConfigs.SASL_JAAS_CONFIG, KafkaServer.scramJaasConfig(user, password));
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return p;
    }

    private static KafkaProducer<String, String> saslProducer(KafkaServer kafka, String user, String password) {
        Map<String, Object> p = sasl(kafka, user, password);
        p.remove(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        return new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
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

package vn.dangbo.registry.messaging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import vn.dangbo.testsupport.infra.KafkaServer;

/**
 * A broker as the cluster's Strimzi Kafka treats the registry: a SASL_SSL listener with SCRAM-SHA-512 (its certificate
 * signed by a CA the test support makes, as Strimzi's cluster CA signs the brokers'), the KafkaUser
 * {@code registry-service} with exactly the ACLs of {@code deploy/k8s/base/kafka/users.yaml}, and its topics created
 * beforehand, as the Topic Operator would from the KafkaTopics (snapshot topics compacted). Its PLAINTEXT listener
 * (unrestricted) is the test's own access, as the cluster's administrator.
 *
 * <p>One per JVM: the test profiles' Quarkus restarts load this class again in another class loader, so the broker's
 * directory is published in a system property and later class loaders attach to it.
 */
final class SecuredKafka {

    static final String USER = "registry-service";
    static final String PASSWORD = "mật-khẩu-của-registry";
    static final String USERS_YAML = "deploy/k8s/base/kafka/users.yaml";
    /** The services' shared settings (ConfigMap {@code dangbo-config}), Kafka's among them. */
    static final String POD_CONFIG = "deploy/k8s/base/services/config.yaml";

    private static final String PROP_DIR = "vn.dangbo.registry.test.secured-kafka.dir";
    /** Interned: one monitor for every class loader of the JVM. */
    private static final Object JVM_LOCK = "vn.dangbo.registry.messaging.SecuredKafka#JVM_LOCK";

    private SecuredKafka() {
    }

    static KafkaServer broker() {
        synchronized (JVM_LOCK) {
            String dir = System.getProperty(PROP_DIR);
            if (dir != null) {
                return KafkaServer.attach(Paths.get(dir));
            }
            KafkaServer kafka = KafkaServer.start(null, 0, 3, KafkaServer.Security.SASL_SSL_SCRAM_WITH_ACLS);
            try {
                kafka.addScramUser(USER, PASSWORD);
                List<AclBinding> acls = acls(USER);
                try (Admin admin = plainAdmin(kafka)) {
                    admin.createAcls(acls).all().get(20, TimeUnit.SECONDS);
                    admin.createTopics(operatorTopics(acls)).all().get(20, TimeUnit.SECONDS);
                }
            } catch (InterruptedException | ExecutionException | TimeoutException e) {
                kafka.close();
                throw new IllegalStateException("cannot prepare the secured Kafka: " + e, e);
            }
            System.setProperty(PROP_DIR, kafka.directory().toString());
            return kafka;
        }
    }

    /**
     * The client settings of the service's pod, as the Kubernetes manifests pass them: every {@code KAFKA_*} of the
     * ConfigMap in {@value #POD_CONFIG} (SASL_SSL, SCRAM-SHA-512, the CA as a PEM truststore, hostname verification
     * left on), the KafkaUser Secret's {@code sasl.jaas.config}; only the broker's address and the CA file's path are
     * this broker's.
     */
    static Map<String, String> serviceSettings(KafkaServer kafka, String password) {
        return serviceSettings(kafka, password, kafka.caCertificatePem());
    }

    /** {@link #serviceSettings(KafkaServer, String)} trusting the CA certificate {@code caPem} instead. */
    static Map<String, String> serviceSettings(KafkaServer kafka, String password, Path caPem) {
        Map<String, String> settings = new LinkedHashMap<>(podKafkaSettings());
        if (!"SASL_SSL".equals(settings.get("kafka.security.protocol"))
                || !settings.containsKey("kafka.ssl.truststore.location")) {
            throw new AssertionError(POD_CONFIG + " no longer sets KAFKA_SECURITY_PROTOCOL=SASL_SSL with a truststore: "
                    + "adapt this proof to what the pods use (" + settings + ")");
        }
        settings.put("kafka.bootstrap.servers", kafka.saslBootstrapServers());
        settings.put("kafka.ssl.truststore.location", caPem.toString());
        settings.put("kafka.sasl.jaas.config", KafkaServer.scramJaasConfig(USER, password));
        // the Kubernetes setting: the topics are the operator's, and the user has no right to create them
        settings.put("dangbo.kafka.create-topics", "false");
        return settings;
    }

    /**
     * The {@code KAFKA_*} entries of the services' ConfigMap, as MicroProfile Config reads them ({@code
     * KAFKA_SSL_TRUSTSTORE_TYPE} is {@code kafka.ssl.truststore.type}).
     */
    private static Map<String, String> podKafkaSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        for (JsonNode object : documents(repositoryFile(POD_CONFIG))) {
            if ("ConfigMap".equals(object.path("kind").asText())) {
                object.path("data").fields().forEachRemaining(entry -> {
                    if (entry.getKey().startsWith("KAFKA_")) {
                        settings.put(entry.getKey().toLowerCase(Locale.ROOT).replace('_', '.'), entry.getValue().asText());
                    }
                });
            }
        }
        if (settings.isEmpty()) {
            throw new AssertionError("no KAFKA_* setting in a ConfigMap of " + POD_CONFIG);
        }
        return settings;
    }

    static Admin plainAdmin(KafkaServer kafka) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()));
    }

    /** The ACLs of KafkaUser {@code user} in users.yaml, as Strimzi's User Operator grants them. */
    static List<AclBinding> acls(String user) {
        List<AclBinding> bindings = new ArrayList<>();
        for (JsonNode kafkaUser : documents(repositoryFile(USERS_YAML))) {
            if (!"KafkaUser".equals(kafkaUser.path("kind").asText())
                    || !user.equals(kafkaUser.path("metadata").path("name").asText())) {
                continue;
            }
            for (JsonNode acl : kafkaUser.path("spec").path("authorization").path("acls")) {
                JsonNode resource = acl.path("resource");
                ResourcePattern pattern = new ResourcePattern(
                        ResourceType.fromString(constant(resource.path("type").asText())),
                        resource.path("type").asText().equals("cluster") ? "kafka-cluster" : resource.path("name").asText(),
                        "prefix".equals(resource.path("patternType").asText()) ? PatternType.PREFIXED : PatternType.LITERAL);
                AclPermissionType permission = "deny".equals(acl.path("type").asText())
                        ? AclPermissionType.DENY : AclPermissionType.ALLOW;
                List<String> operations = new ArrayList<>();
                acl.path("operations").forEach(op -> operations.add(op.asText()));
                if (acl.has("operation")) {
                    operations.add(acl.path("operation").asText());
                }
                if (pattern.resourceType() == ResourceType.UNKNOWN) {
                    throw new AssertionError("unknown resource type in " + USERS_YAML + ": " + resource);
                }
                for (String operation : operations) {
                    AclOperation op = AclOperation.fromString(constant(operation));
                    if (op == AclOperation.UNKNOWN) {
                        throw new AssertionError("unknown operation in " + USERS_YAML + ": " + operation);
                    }
                    bindings.add(new AclBinding(pattern, new AccessControlEntry("User:" + user,
                            acl.path("host").asText("*"), op, permission)));
                }
            }
        }
        if (bindings.isEmpty()) {
            throw new AssertionError("no ACLs for KafkaUser " + user + " in " + USERS_YAML);
        }
        return bindings;
    }

    /** Every topic the user's ACLs name, as its KafkaTopic creates it: snapshot topics compacted. */
    private static List<NewTopic> operatorTopics(List<AclBinding> acls) {
        return acls.stream().map(AclBinding::pattern)
                .filter(p -> p.resourceType() == ResourceType.TOPIC && p.patternType() == PatternType.LITERAL)
                .map(ResourcePattern::name).distinct()
                .map(name -> new NewTopic(name, 3, (short) 1).configs(name.endsWith(".snapshot.v1")
                        ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT) : Map.of()))
                .toList();
    }

    /** {@code DescribeConfigs} → {@code DESCRIBE_CONFIGS}, {@code transactionalId} → {@code TRANSACTIONAL_ID}. */
    private static String constant(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }

    private static List<JsonNode> documents(Path yaml) {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> all = mapper.readerFor(JsonNode.class).readValues(yaml.toFile())) {
            all.forEachRemaining(node -> {
                if (node != null && !node.isNull() && !node.isMissingNode()) {
                    documents.add(node);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    /** A file of the repository, found from the module directory the tests run in. */
    static Path repositoryFile(String relative) {
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException(relative + " not found above " + Paths.get("").toAbsolutePath());
    }
}

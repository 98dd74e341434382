package vn.dangbo.kit.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/**
 * The settings of a plain Kafka client (the outbox relay's producer, the readiness check's and the registry's admin
 * clients) taken from the same {@code kafka.*} configuration the messaging channels use.
 *
 * <p>Why: in a cluster the broker wants SASL/SCRAM or mTLS with the cluster CA ({@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_JAAS_CONFIG}, {@code KAFKA_SSL_TRUSTSTORE_LOCATION}...). The channels get these through Quarkus'
 * default Kafka configuration; a client built from {@code bootstrap.servers} alone would not authenticate, and the
 * service would look healthy while its events never leave the outbox.
 *
 * <p>Every name the client type knows is looked up one by one through MicroProfile Config as
 * {@code kafka.<name>}, never by listing the configuration's property names: a lookup by name finds an environment
 * variable ({@code KAFKA_SASL_JAAS_CONFIG} for {@code kafka.sasl.jaas.config}) exactly as it finds a property,
 * whereas a listing would have to guess the dots back from the underscores. Only the client type's own names are
 * taken, so a channel setting ({@code kafka.group.id}, {@code kafka.auto.offset.reset}) never reaches a producer or
 * an admin client, where Kafka would warn about an unknown setting.
 */
@ApplicationScoped
public class KafkaClientConfig {

    private static final Logger LOG = Logger.getLogger(KafkaClientConfig.class);
    static final String PREFIX = "kafka.";
    /** What a secret is replaced with in a log line; Kafka itself prints the same. */
    static final String HIDDEN = "[hidden]";
    private static final List<ConfigDef> CLIENTS = List.of(ProducerConfig.configDef(), AdminClientConfig.configDef(),
            ConsumerConfig.configDef());

    private final Config config;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();

    public KafkaClientConfig(Config config) {
        this.config = config;
    }

    /**
     * A producer's settings: the configured {@code kafka.*} producer settings, then {@code overrides}. The caller's
     * own settings win (acks, idempotence, timeouts, client.id): they are what its delivery guarantee rests on,
     * which a cluster-wide setting must not weaken.
     */
    public Map<String, Object> producer(Map<String, ?> overrides) {
        return build("producer", ProducerConfig.configDef(), overrides);
    }

    /** An admin client's settings: the configured {@code kafka.*} admin settings, then {@code overrides}. */
    public Map<String, Object> admin(Map<String, ?> overrides) {
        return build("admin", AdminClientConfig.configDef(), overrides);
    }

    /** A consumer's settings: the configured {@code kafka.*} consumer settings, then {@code overrides}. */
    public Map<String, Object> consumer(Map<String, ?> overrides) {
        return build("consumer", ConsumerConfig.configDef(), overrides);
    }

    /**
     * The settings fit for a log line: every value whose Kafka type is a password ({@code sasl.jaas.config},
     * {@code ssl.truststore.password}, {@code ssl.keystore.key}...) is replaced by {@value #HIDDEN}.
     */
    public static Map<String, String> printable(Map<String, ?> settings) {
        Map<String, String> printable = new TreeMap<>();
        settings.forEach((name, value) -> printable.put(name, isSecret(name) ? HIDDEN : String.valueOf(value)));
        return printable;
    }

    private Map<String, Object> build(String client, ConfigDef known, Map<String, ?> overrides) {
        Map<String, Object> settings = new TreeMap<>();
        for (String name : known.names()) {
            Optional<String> value = config.getOptionalValue(PREFIX + name, String.class);
            value.filter(v -> !v.isBlank()).ifPresent(v -> settings.put(name, v));
        }
        // an operator learns once per client type which settings came from the configuration, never a secret
        if (logged.add(client)) {
            LOG.infof("Kafka %s client settings from kafka.*: %s", client, printable(settings));
        }
        settings.putAll(overrides);
        return settings;
    }

    private static boolean isSecret(String name) {
        for (ConfigDef def : CLIENTS) {
            ConfigDef.ConfigKey key = def.configKeys().get(name);
            if (key != null) {
                return key.type == ConfigDef.Type.PASSWORD;
            }
        }
        // a name no client knows may still be a secret: when in doubt, hide it
        return name.contains("password") || name.contains("jaas") || name.contains("secret") || name.endsWith(".key");
    }
}

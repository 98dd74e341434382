package vn.dangbo.registry.snapshot;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dangbo.kit.messaging.KafkaClientConfig;
import vn.dangbo.registry.member.MemberEvents;
import vn.dangbo.registry.organisation.OrganisationEvents;

/**
 * The snapshot topics must be log-compacted (Kafka keeps the latest record per key for ever), which an
 * auto-created topic is not: they are created, or switched to compaction, when the service starts.
 *
 * <p>Where an operator owns the topics (Strimzi's KafkaTopics), {@code dangbo.kafka.create-topics=false} turns this
 * off, so the service needs no right to create topics or change their configuration: it then only looks whether
 * the topics exist and are compacted, and warns when not (its snapshots would be lost or never compacted).
 */
@ApplicationScoped
public class SnapshotTopics {

    private static final Logger LOG = Logger.getLogger(SnapshotTopics.class);
    public static final List<String> TOPICS = List.of(OrganisationEvents.SNAPSHOT_TOPIC, MemberEvents.SNAPSHOT_TOPIC);
    private static final Map<String, Object> TIMEOUTS = Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
            10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);

    private final KafkaClientConfig kafkaConfig;
    private final boolean createTopics;
    private final List<String> topics;

    @Inject
    public SnapshotTopics(KafkaClientConfig kafkaConfig,
            @ConfigProperty(name = "dangbo.kafka.create-topics", defaultValue = "true") boolean createTopics) {
        this(kafkaConfig, createTopics, TOPICS);
    }

    /** For tests: the same work on other topics. */
    SnapshotTopics(KafkaClientConfig kafkaConfig, boolean createTopics, List<String> topics) {
        this.kafkaConfig = kafkaConfig;
        this.createTopics = createTopics;
        this.topics = List.copyOf(topics);
    }

    void onStart(@Observes StartupEvent event) {
        check();
    }

    /**
     * Creates or compacts the topics, or (when topic creation is off) only looks at them.
     *
     * @return what is wrong with the topics and was left as it is, each said in a warning: a missing or
     *         uncompacted topic when creation is off; empty when they are fine or were made so
     */
    public List<String> check() {
        try (Admin admin = Admin.create(kafkaConfig.admin(TIMEOUTS))) {
            return createTopics ? ensure(admin) : inspect(admin);
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Snapshot topics %s not checked (%s); they are checked again at the next start", topics,
                    e.getMessage());
            return List.of("not checked: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of("not checked: interrupted");
        }
    }

    private List<String> ensure(Admin admin) throws ExecutionException, TimeoutException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
        for (String topic : topics) {
            if (!existing.contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, Optional.empty(), Optional.empty())
                        .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT))))
                        .all().get(10, TimeUnit.SECONDS);
            } else {
                // created by an earlier send before this check ran: make it compacted now
                admin.incrementalAlterConfigs(Map.of(new ConfigResource(ConfigResource.Type.TOPIC, topic),
                        List.of(new AlterConfigOp(new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG,
                                TopicConfig.CLEANUP_POLICY_COMPACT), AlterConfigOp.OpType.SET))))
                        .all().get(10, TimeUnit.SECONDS);
            }
        }
        return List.of();
    }

    /**
     * Only what a consumer's rights allow: describing a topic needs Describe, which the service holds on the topics
     * it writes. Reading a topic's configuration needs DescribeConfigs, which least privilege does not grant: then
     * the compaction is the KafkaTopic's business and is not checked.
     */
    private List<String> inspect(Admin admin) throws ExecutionException, TimeoutException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<String> present = new ArrayList<>();
        Map<String, KafkaFuture<TopicDescription>> descriptions = admin
                .describeTopics(topics).topicNameValues();
        for (String topic : topics) {
            try {
                descriptions.get(topic).get(10, TimeUnit.SECONDS);
                present.add(topic);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
                        && !(e.getCause() instanceof AuthorizationException)) {
                    throw e;
                }
                problems.add(topic + " is missing");
                LOG.warnf("Snapshot topic %s is missing (or not visible to this service); with"
                        + " dangbo.kafka.create-topics=false it is not created: its KafkaTopic must create it,"
                        + " log-compacted", topic);
            }
        }
        problems.addAll(uncompacted(admin, present));
        return problems;
    }

    private List<String> uncompacted(Admin admin, Collection<String> present)
            throws ExecutionException, TimeoutException, InterruptedException {
        List<String> problems = new ArrayList<>();
        for (String topic : present) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            Config config;
            try {
                config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof AuthorizationException) {
                    LOG.debugf("Compaction of %s not checked: no DescribeConfigs right (its KafkaTopic sets it)",
                            topic);
                    continue;
                }
                throw e;
            }
            ConfigEntry policy = config.get(TopicConfig.CLEANUP_POLICY_CONFIG);
            if (policy == null || !policy.value().contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                String value = policy == null ? "?" : policy.value();
                problems.add(topic + " is not compacted (cleanup.policy=" + value + ")");
                LOG.warnf("Snapshot topic %s is not log-compacted (cleanup.policy=%s); with"
                        + " dangbo.kafka.create-topics=false it is left as it is: set cleanup.policy=compact in its"
                        + " KafkaTopic, or a subscriber starting from scratch misses states", topic, value);
            }
        }
        return problems;
    }
}

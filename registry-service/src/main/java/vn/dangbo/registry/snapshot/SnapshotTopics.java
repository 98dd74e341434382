package vn.dangbo.registry.snapshot;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dangbo.registry.member.MemberEvents;
import vn.dangbo.registry.organisation.OrganisationEvents;

/**
 * The snapshot topics must be log-compacted (Kafka keeps the latest record per key for ever), which an
 * auto-created topic is not: they are created, or switched to compaction, when the service starts.
 */
@ApplicationScoped
public class SnapshotTopics {

    private static final Logger LOG = Logger.getLogger(SnapshotTopics.class);
    public static final List<String> TOPICS = List.of(OrganisationEvents.SNAPSHOT_TOPIC, MemberEvents.SNAPSHOT_TOPIC);

    private final String bootstrapServers;

    public SnapshotTopics(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent event) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000))) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            for (String topic : TOPICS) {
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
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Snapshot topics %s not checked (%s); they are checked again at the next start", TOPICS,
                    e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

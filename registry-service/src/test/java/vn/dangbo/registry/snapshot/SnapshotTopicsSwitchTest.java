package vn.dangbo.registry.snapshot;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.messaging.KafkaClientConfig;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * {@code dangbo.kafka.create-topics}: on (the default) the registry makes its snapshot topics compacted itself; off
 * (Kubernetes, where Strimzi's KafkaTopics own them) it touches no topic and only says what is wrong. Fresh topic
 * names per test, so the service's own topics are never changed.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class SnapshotTopicsSwitchTest {

    @Inject
    KafkaClientConfig kafkaConfig;

    private Admin admin;
    private String missing;
    private String uncompacted;

    @BeforeEach
    void topics() throws Exception {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafka().bootstrapServers()));
        String run = UUID.randomUUID().toString().substring(0, 8);
        missing = "test.switch-" + run + ".missing.snapshot.v1";
        uncompacted = "test.switch-" + run + ".uncompacted.snapshot.v1";
        // as an auto-created topic would be: the broker's default cleanup policy
        admin.createTopics(List.of(new NewTopic(uncompacted, 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        // the controller has the topic; the broker's metadata, which the service's own admin client reads, follows
        await().atMost(Duration.ofSeconds(10)).until(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS)
                .contains(uncompacted));
    }

    @AfterEach
    void close() {
        admin.close();
    }

    @Test
    void offItCreatesAndAltersNothingAndSaysWhatIsWrong() throws Exception {
        List<String> problems = new SnapshotTopics(kafkaConfig, false, List.of(missing, uncompacted)).check();

        assertEquals(List.of(missing + " is missing", uncompacted + " is not compacted (cleanup.policy=delete)"),
                problems);
        assertFalse(admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(missing), "not created");
        assertEquals("delete", cleanupPolicy(uncompacted), "not altered");
    }

    @Test
    void onItCreatesAMissingTopicCompactedAndCompactsAnExistingOne() throws Exception {
        List<String> problems = new SnapshotTopics(kafkaConfig, true, List.of(missing, uncompacted)).check();

        assertEquals(List.of(), problems);
        assertTrue(admin.listTopics().names().get(10, TimeUnit.SECONDS).contains(missing), "created");
        assertEquals("compact", cleanupPolicy(missing));
        assertEquals("compact", cleanupPolicy(uncompacted), "switched to compaction");
        // once they are right, looking at them finds nothing to say
        assertEquals(List.of(), new SnapshotTopics(kafkaConfig, false, List.of(missing, uncompacted)).check());
    }

    @Test
    void theServiceCreatesItsTopicsByDefault() {
        assertEquals(List.of(), new SnapshotTopics(kafkaConfig, false, SnapshotTopics.TOPICS).check(),
                "the service's own snapshot topics exist and are compacted after its start");
    }

    private String cleanupPolicy(String topic) throws Exception {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        return admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource)
                .get("cleanup.policy").value();
    }
}

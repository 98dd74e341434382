package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The broker creates no topic (auto.create.topics.enable false), so a topic the code uses without a KafkaTopic
 * is a service that cannot publish or subscribe; a KafkaTopic no code uses is a leftover. Each topic is configured
 * for what it carries: compacted snapshots, events and dead letters kept for a stated time, partitions fixed, and
 * in prod replicated so a write survives the loss of a node.
 */
class KafkaTopicsTest {

    static final List<String> KUSTOMIZATIONS = Manifests.KUSTOMIZATIONS;
    static final String CLUSTER = "dangbo-kafka";

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void everyTopicTheCodeUsesHasAKafkaTopicAndEveryKafkaTopicIsUsed(String kustomization) {
        assertEquals(List.of(), topicProblems(Manifests.render(kustomization), CodeTopics.all()), kustomization);
    }

    @Test
    void aMissingKafkaTopicIsCaught() {
        List<ObjectNode> fixture = Manifests.render(Manifests.K8S.resolve("src/test/resources/negative/missing-topic"));
        assertEquals(List.of("emulation.invitations.v1 (produced by emulation-service; consumed by docs-service)"
                + " has no KafkaTopic"), topicProblems(fixture, CodeTopics.all()));
    }

    @Test
    void aKafkaTopicNoCodeUsesIsCaught() {
        List<ObjectNode> objects = new ArrayList<>(Manifests.render("base"));
        objects.addAll(Manifests.parse("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata:
                  name: registry.member.v1
                  labels:
                    strimzi.io/cluster: dangbo-kafka
                spec:
                  partitions: 6
                """));
        assertEquals(List.of("KafkaTopic registry.member.v1 is used by no service's code"),
                topicProblems(objects, CodeTopics.all()));
    }

    /**
     * The problems of a set of rendered objects against the code: each code topic without a KafkaTopic, each
     * KafkaTopic of this cluster that no service uses; empty when they agree.
     */
    static List<String> topicProblems(List<ObjectNode> objects, List<CodeTopics.Service> services) {
        Set<String> declared = kafkaTopics(objects).keySet();
        Map<String, List<String>> uses = new TreeMap<>();
        for (CodeTopics.Service s : services) {
            s.produced().forEach(t -> uses.computeIfAbsent(t, k -> new ArrayList<>()).add("produced by " + s.name()));
            s.consumed().forEach(t -> uses.computeIfAbsent(t, k -> new ArrayList<>()).add("consumed by " + s.name()));
            s.deadLetters().forEach(
                    t -> uses.computeIfAbsent(t, k -> new ArrayList<>()).add("dead letters of " + s.name()));
        }
        List<String> problems = new ArrayList<>();
        uses.forEach((topic, how) -> {
            if (!declared.contains(topic)) {
                problems.add(topic + " (" + summary(how) + ") has no KafkaTopic");
            }
        });
        for (String topic : declared) {
            if (!uses.containsKey(topic)) {
                problems.add("KafkaTopic " + topic + " is used by no service's code");
            }
        }
        return problems;
    }

    /** "produced by a; consumed by b, c": the uses grouped by verb. */
    private static String summary(List<String> uses) {
        Map<String, List<String>> byVerb = new LinkedHashMap<>();
        for (String use : uses) {
            int by = use.indexOf(" by ") + " by ".length();
            byVerb.computeIfAbsent(use.substring(0, by), k -> new ArrayList<>()).add(use.substring(by));
        }
        return byVerb.entrySet().stream().map(e -> e.getKey() + String.join(", ", e.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** The cluster's KafkaTopics by the name of the topic they make (spec.topicName, else metadata.name). */
    static Map<String, ObjectNode> kafkaTopics(List<ObjectNode> objects) {
        Map<String, ObjectNode> topics = new TreeMap<>();
        for (ObjectNode topic : Manifests.ofKind(objects, "KafkaTopic")) {
            String name = topic.at("/spec/topicName").asText(topic.at("/metadata/name").asText());
            topics.put(name, topic);
        }
        return topics;
    }

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void eachTopicIsConfiguredForWhatItCarries(String kustomization) {
        Set<String> snapshots = CodeTopics.snapshotTopics();
        List<String> problems = new ArrayList<>();
        kafkaTopics(Manifests.render(kustomization)).forEach((name, topic) -> {
            JsonNode config = topic.at("/spec/config");
            if (!CLUSTER.equals(topic.at("/metadata/labels/strimzi.io~1cluster").asText())) {
                problems.add(name + ": not labelled strimzi.io/cluster: " + CLUSTER + " (no Topic Operator takes it)");
            }
            if (topic.at("/spec/partitions").asInt(0) < 1) {
                problems.add(name + ": partitions not set (the broker's default would decide)");
            }
            if (snapshots.contains(name)) {
                if (!"compact".equals(config.path("cleanup.policy").asText())) {
                    problems.add(name + ": a snapshot topic without cleanup.policy compact");
                }
                for (String key : List.of("min.compaction.lag.ms", "delete.retention.ms")) {
                    if (config.path(key).asLong(0) <= 0) {
                        problems.add(name + ": a snapshot topic without an explicit " + key);
                    }
                }
            } else {
                if (config.path("cleanup.policy").asText("delete").contains("compact")) {
                    problems.add(name + ": compacted, but no code writes snapshots to it");
                }
                if (config.path("retention.ms").asLong(0) <= 0) {
                    problems.add(name + ": an event or dead-letter topic without a positive retention.ms");
                }
            }
            int replicas = topic.at("/spec/replicas").asInt(0);
            int minInSync = config.path("min.insync.replicas").asInt(0);
            if (replicas < 1 || minInSync < 1 || minInSync > replicas) {
                problems.add(name + ": replicas " + replicas + " and min.insync.replicas " + minInSync
                        + " (both set, min.insync.replicas ≤ replicas, or no write is ever acknowledged)");
            }
        });
        assertEquals(List.of(), problems, kustomization);
    }

    @Test
    void snapshotTopicsAreTheOnesNamedSo() {
        // the naming the subscribers rely on (registry.*.snapshot.v1) and what the code writes snapshots to agree
        Set<String> named = CodeTopics.topics().stream().filter(t -> t.matches(".*\\.snapshot\\.v\\d+"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertFalse(named.isEmpty(), "the registry writes snapshot topics");
        assertEquals(named, CodeTopics.snapshotTopics());
    }

    @Test
    void partitionsAreTheSameInEveryOverlay() {
        // adding partitions moves keys: a subscriber could see an aggregate's later change before an earlier one
        Map<String, Integer> base = partitions("base");
        for (String overlay : List.of("overlays/dev", "overlays/prod")) {
            assertEquals(base, partitions(overlay), overlay + " keeps the base's partitions");
        }
    }

    private static Map<String, Integer> partitions(String kustomization) {
        Map<String, Integer> partitions = new TreeMap<>();
        kafkaTopics(Manifests.render(kustomization))
                .forEach((name, topic) -> partitions.put(name, topic.at("/spec/partitions").asInt()));
        return partitions;
    }

    @Test
    void prodReplicatesEveryTopicOnThreeNodesAndAcknowledgesOnTwo() {
        List<ObjectNode> prod = Manifests.render("overlays/prod");
        List<String> problems = new ArrayList<>();
        kafkaTopics(prod).forEach((name, topic) -> {
            if (topic.at("/spec/replicas").asInt() != 3
                    || topic.at("/spec/config/min.insync.replicas").asInt() != 2) {
                problems.add(name + ": replicas " + topic.at("/spec/replicas") + ", min.insync.replicas "
                        + topic.at("/spec/config/min.insync.replicas"));
            }
        });
        assertEquals(List.of(), problems);

        JsonNode config = kafka(prod).at("/spec/kafka/config");
        assertEquals(2, config.path("min.insync.replicas").asInt(), "prod Kafka min.insync.replicas");
        assertEquals(3, config.path("default.replication.factor").asInt(), "prod Kafka default.replication.factor");
        assertEquals(3, config.path("offsets.topic.replication.factor").asInt(),
                "prod consumer offsets replicated as the topics");
        assertEquals(3, nodes(prod, "controller"), "prod KRaft controllers");
        assertEquals(3, nodes(prod, "broker"), "prod brokers");
    }

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void theBrokerCreatesNoTopicAndTakesOnlyAuthenticatedClients(String kustomization) {
        List<ObjectNode> objects = Manifests.render(kustomization);
        ObjectNode kafka = kafka(objects);
        assertEquals("false", kafka.at("/spec/kafka/config/auto.create.topics.enable").asText(),
                kustomization + ": auto.create.topics.enable");
        assertEquals("simple", kafka.at("/spec/kafka/authorization/type").asText(),
                kustomization + ": ACLs enforced (else a KafkaUser's acls are only decoration)");
        JsonNode listeners = kafka.at("/spec/kafka/listeners");
        assertEquals(1, listeners.size(), kustomization + ": one client listener");
        JsonNode scram = listeners.get(0);
        assertEquals("scram", scram.path("name").asText());
        assertEquals(9094, scram.path("port").asInt());
        assertEquals("internal", scram.path("type").asText());
        assertTrue(scram.path("tls").asBoolean(), kustomization + ": the listener encrypts");
        assertEquals("scram-sha-512", scram.at("/authentication/type").asText());
        assertTrue(kafka.at("/spec/entityOperator/topicOperator").isObject(), "the Topic Operator makes the topics");
        assertTrue(kafka.at("/spec/entityOperator/userOperator").isObject(), "the User Operator makes the users");
        assertTrue(nodes(objects, "controller") >= 1 && nodes(objects, "broker") >= 1,
                kustomization + ": KRaft node pools with controllers and brokers");
    }

    @Test
    void theReaderSeesEveryTopicConstantOfTheCode() {
        // a topic constant the reader does not find used is a publication path it does not know
        for (CodeTopics.Service service : CodeTopics.all()) {
            Set<String> unseen = new TreeSet<>(service.topicConstants());
            unseen.removeAll(service.all());
            assertEquals(Set.of(), unseen, service.name() + ": topic constants used in no publication or channel"
                    + " the reader knows");
            assertFalse(service.produced().isEmpty(), service.name() + " produces");
            assertFalse(service.consumed().isEmpty(), service.name() + " consumes");
        }
    }

    static ObjectNode kafka(List<ObjectNode> objects) {
        return Manifests.find(objects, "Kafka", CLUSTER);
    }

    /** How many nodes of the cluster's pools take this role. */
    static int nodes(List<ObjectNode> objects, String role) {
        int nodes = 0;
        for (ObjectNode pool : Manifests.ofKind(objects, "KafkaNodePool")) {
            if (!CLUSTER.equals(pool.at("/metadata/labels/strimzi.io~1cluster").asText())) {
                continue;
            }
            for (JsonNode r : pool.at("/spec/roles")) {
                if (role.equals(r.asText())) {
                    nodes += pool.at("/spec/replicas").asInt();
                }
            }
        }
        return nodes;
    }
}

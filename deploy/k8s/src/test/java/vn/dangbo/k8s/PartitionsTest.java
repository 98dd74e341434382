package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * A consumer group gives each partition to one consumer: a replica beyond the partitions of a topic it consumes
 * reads nothing of it, so scaling there adds cost and no throughput — and partitions are fixed (adding them moves
 * keys). Every Deployment of a service that consumes must therefore never run, by its HorizontalPodAutoscaler's
 * maxReplicas or, without one, by its replicas, more consumers than the smallest of its topics has partitions.
 */
class PartitionsTest {

    static final List<String> KUSTOMIZATIONS = Manifests.KUSTOMIZATIONS;

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void noServiceRunsMoreConsumersThanItsTopicsHavePartitions(String kustomization) {
        assertEquals(List.of(), partitionProblems(Manifests.render(kustomization), CodeTopics.all()), kustomization);
    }

    @Test
    void anAutoscalerOrReplicasBeyondThePartitionsAreCaught() {
        List<ObjectNode> objects = new ArrayList<>(Manifests.ofKind(Manifests.render("base"), "KafkaTopic"));
        objects.addAll(Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: registry-service
                  namespace: dangbo
                  labels: {app.kubernetes.io/name: registry-service}
                spec: {replicas: 2}
                ---
                apiVersion: autoscaling/v2
                kind: HorizontalPodAutoscaler
                metadata: {name: registry-service, namespace: dangbo}
                spec:
                  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: registry-service}
                  minReplicas: 2
                  maxReplicas: 7
                ---
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: docs-service, namespace: dangbo, labels: {app.kubernetes.io/name: docs-service}}
                spec: {replicas: 4}
                """));
        assertEquals(List.of("registry-service may run 7 consumers of congress.elections.v1 (HorizontalPodAutoscaler"
                + " registry-service maxReplicas 7), which has 6 partitions: each one beyond them would read nothing"),
                partitionProblems(objects, CodeTopics.all()));

        objects.set(objects.size() - 1, Manifests.parse("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: docs-service, namespace: dangbo, labels: {app.kubernetes.io/name: docs-service}}
                spec: {replicas: 8}
                """).get(0));
        List<String> problems = partitionProblems(objects, CodeTopics.all());
        assertEquals(CodeTopics.service("docs-service").consumed().size(), problems.stream()
                .filter(p -> p.startsWith("docs-service may run 8 consumers of ")
                        && p.contains("(Deployment replicas 8, no autoscaler)")).count(),
                "without an autoscaler the replicas count, once per topic docs-service consumes: " + problems);
    }

    /**
     * For each Deployment of a service that consumes: the most consumers it may run per topic (HPA maxReplicas, or
     * its replicas without an HPA, times SmallRye's {@code partitions} per channel) against the topic's partitions.
     */
    static List<String> partitionProblems(List<ObjectNode> objects, List<CodeTopics.Service> services) {
        Map<String, ObjectNode> topics = KafkaTopicsTest.kafkaTopics(objects);
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : Manifests.ofKind(objects, "Deployment")) {
            String name = deployment.at("/metadata/name").asText();
            String serviceName = deployment.at("/metadata/labels/app.kubernetes.io~1name").asText(name);
            Optional<CodeTopics.Service> service = services.stream().filter(s -> s.name().equals(serviceName))
                    .findFirst();
            if (service.isEmpty() || service.get().consumed().isEmpty()) {
                continue;
            }
            Optional<ObjectNode> hpa = WorkloadPolicy.autoscaler(objects, deployment);
            int replicas = deployment.at("/spec/replicas").asInt(1);
            int maxReplicas = hpa.map(h -> Math.max(h.at("/spec/maxReplicas").asInt(), replicas)).orElse(replicas);
            String bound = hpa.map(h -> "HorizontalPodAutoscaler " + h.at("/metadata/name").asText() + " maxReplicas "
                    + h.at("/spec/maxReplicas").asInt()).orElse("Deployment replicas " + replicas + ", no autoscaler");
            for (String topic : service.get().consumed()) {
                int consumers = maxReplicas * service.get().consumersPerReplica().getOrDefault(topic, 1);
                ObjectNode kafkaTopic = topics.get(topic);
                if (kafkaTopic == null) {
                    problems.add(name + " consumes " + topic + ", which has no KafkaTopic");
                    continue;
                }
                int partitions = kafkaTopic.at("/spec/partitions").asInt();
                if (consumers > partitions) {
                    problems.add(name + " may run " + consumers + " consumers of " + topic + " (" + bound
                            + "), which has " + partitions + " partitions: each one beyond them would read nothing");
                }
            }
        }
        return problems;
    }
}

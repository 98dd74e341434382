package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every Strimzi resource validates against the strict schema of the CRD generated from io.strimzi:api. */
class StrimziResourcesTest {

    static final List<String> KUSTOMIZATIONS = Manifests.KUSTOMIZATIONS;

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void everyStrimziResourceValidates(String kustomization) {
        List<ObjectNode> strimzi = strimzi(Manifests.render(kustomization));
        assertFalse(strimzi.isEmpty(), kustomization + " renders Strimzi resources");
        assertEquals(List.of(), problems(strimzi), kustomization + ": not what the Strimzi CRDs accept");
    }

    @Test
    void everyStrimziResourceOfTheExamplesValidates() {
        assertEquals(List.of(), problems(strimzi(Examples.objects())), "examples/");
    }

    @Test
    void aMisspeltFieldIsReportedWithItsPath() {
        List<ObjectNode> objects = Manifests.render(Manifests.K8S.resolve("src/test/resources/negative/typo-strimzi"));

        assertEquals(List.of("KafkaTopic registry.members.v1: spec.replcias: unknown field"), problems(objects));
    }

    @Test
    void wrongTypesEnumsAndMetadataAreReported() {
        List<String> problems = StrimziSchemas.problems(single("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaUser
                metadata:
                  name: u
                  lables: {strimzi.io/cluster: dangbo-kafka}
                spec:
                  authentication:
                    type: scram-sha-256
                  authorization:
                    type: simple
                    acls:
                      - resource: {type: topic, name: t, patternType: literal}
                        operations: [Write]
                        host: "*"
                        priority: "1"
                """));

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("KafkaUser u: spec.authentication.type: ")),
                problems::toString);
        assertTrue(problems.contains("KafkaUser u: spec.authorization.acls[0].priority: unknown field"),
                problems::toString);
        assertTrue(problems.contains("KafkaUser u: metadata.lables: unknown field"), problems::toString);
    }

    @Test
    void aTopicWithoutPartitionsOfTheRightTypeIsReported() {
        List<String> problems = StrimziSchemas.problems(single("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec:
                  partitions: "six"
                  replicas: 0
                """));

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("KafkaTopic t: spec.partitions: ")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("KafkaTopic t: spec.replicas: ")), problems::toString);
    }

    @Test
    void fieldsThatPreserveUnknownFieldsStayOpen() {
        assertEquals(List.of(), StrimziSchemas.problems(single("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec:
                  partitions: 6
                  replicas: 3
                  config: {cleanup.policy: compact, min.compaction.lag.ms: 60000}
                """)));
    }

    static List<ObjectNode> strimzi(List<ObjectNode> objects) {
        return objects.stream().filter(o -> ManifestKinds.of(o).equals(Optional.of(ManifestKinds.STRIMZI))).toList();
    }

    private static List<String> problems(List<ObjectNode> objects) {
        return objects.stream().flatMap(o -> StrimziSchemas.problems(o).stream()).toList();
    }

    private static ObjectNode single(String yaml) {
        return Manifests.parse(yaml).get(0);
    }
}

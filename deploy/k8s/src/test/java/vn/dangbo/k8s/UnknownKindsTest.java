package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every object is of a kind some validator checks: the fabric8 core model, Strimzi v1, or CloudNativePG. Anything else
 * would reach the cluster unchecked.
 */
class UnknownKindsTest {

    static final List<String> KUSTOMIZATIONS = Manifests.KUSTOMIZATIONS;

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void everyObjectIsOfAValidatedKind(String kustomization) {
        assertEquals(List.of(), unknown(Manifests.render(kustomization)), kustomization + ": kinds nothing validates");
    }

    @Test
    void everyExampleIsOfAValidatedKind() {
        assertEquals(List.of(), unknown(Examples.objects()), "examples/");
    }

    @Test
    void eachKindIsAnsweredByItsValidator() {
        assertEquals(Optional.of(ManifestKinds.CORE), ManifestKinds.of(object("apps/v1", "Deployment")));
        assertEquals(Optional.of(ManifestKinds.STRIMZI), ManifestKinds.of(object("kafka.strimzi.io/v1", "KafkaTopic")));
        assertEquals(Optional.of(ManifestKinds.CLOUDNATIVEPG), ManifestKinds.of(object("postgresql.cnpg.io/v1", "Cluster")));
        assertEquals(Optional.of(ManifestKinds.CLOUDNATIVEPG),
                ManifestKinds.of(object("barmancloud.cnpg.io/v1", "ObjectStore")));
    }

    @Test
    void aMisspeltKindARetiredVersionOrAnUnvalidatedOperatorIsUnknown() {
        List<ObjectNode> objects = List.of(object("apps/v1", "Deploymnet"), object("kafka.strimzi.io/v1beta2", "Kafka"),
                object("kafka.strimzi.io/v1", "KafkaConnect"), object("postgresql.cnpg.io/v1", "Backupp"),
                object("cert-manager.io/v1", "Certificate"));

        assertEquals(List.of("apps/v1 Deploymnet x", "kafka.strimzi.io/v1beta2 Kafka x",
                "kafka.strimzi.io/v1 KafkaConnect x", "postgresql.cnpg.io/v1 Backupp x", "cert-manager.io/v1 Certificate x"),
                unknown(objects));
    }

    private static List<String> unknown(List<ObjectNode> objects) {
        return objects.stream().filter(o -> ManifestKinds.of(o).isEmpty())
                .map(o -> o.path("apiVersion").asText() + " " + StrictKubernetesModel.label(o)).toList();
    }

    private static ObjectNode object(String apiVersion, String kind) {
        return Manifests.parse("apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata: {name: x}\n").get(0);
    }
}

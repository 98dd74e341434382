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

/** Every rendered core object parses strictly into the fabric8 Kubernetes model of the Quarkus BOM. */
class CoreObjectsTest {

    static final List<String> KUSTOMIZATIONS = Manifests.KUSTOMIZATIONS;

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void everyCoreObjectParsesStrictly(String kustomization) {
        List<ObjectNode> core = core(Manifests.render(kustomization));
        assertFalse(core.isEmpty(), kustomization + " renders core objects");
        assertEquals(List.of(), problems(core), kustomization + ": fields the Kubernetes API does not have");
    }

    /** CloudNativePG's fields are CloudNativePgTest's; their metadata is read by the API server like any other. */
    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void theMetadataOfEveryCloudNativePgResourceParsesStrictly(String kustomization) {
        List<String> problems = Manifests.render(kustomization).stream()
                .filter(o -> ManifestKinds.of(o).equals(Optional.of(ManifestKinds.CLOUDNATIVEPG)))
                .flatMap(o -> StrictKubernetesModel.metadataProblems(o).stream()).toList();
        assertEquals(List.of(), problems, kustomization);
    }

    @Test
    void everyCoreObjectOfTheExamplesParsesStrictly() {
        assertEquals(List.of(), problems(core(Examples.objects())), "examples/");
    }

    @Test
    void aMisspeltFieldIsReportedWithItsPath() {
        List<ObjectNode> objects = Manifests.render(Manifests.K8S.resolve("src/test/resources/negative/typo-core"));

        assertEquals(List.of("Deployment registry-service: spec.template.spec.containers[0].readinesProbe: unknown field"),
                problems(objects));
    }

    @Test
    void everyUnknownFieldIsReportedNotOnlyTheFirst() {
        ObjectNode pod = single("""
                apiVersion: v1
                kind: Pod
                metadata:
                  name: p
                  lables: {a: b}
                spec:
                  securityContext:
                    runAsNonRoot: true
                  containers:
                    - name: c
                      image: i
                      securityContext:
                        runAsNonroot: true
                        allowPrivilegeEscalation: false
                """);

        assertEquals(List.of("Pod p: metadata.lables: unknown field",
                "Pod p: spec.containers[0].securityContext.runAsNonroot: unknown field"),
                StrictKubernetesModel.problems(pod));
    }

    @Test
    void aValueOfTheWrongTypeIsReported() {
        List<String> quotedNumber = StrictKubernetesModel.problems(single("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: d}
                spec:
                  replicas: "2"
                """));
        List<String> numberForAString = StrictKubernetesModel.problems(single("""
                apiVersion: v1
                kind: Pod
                metadata: {name: p}
                spec:
                  containers:
                    - name: c
                      env:
                        - name: PORT
                          value: 8080
                """));

        assertEquals(1, quotedNumber.size(), quotedNumber::toString);
        assertTrue(quotedNumber.get(0).startsWith("Deployment d: spec.replicas: "), quotedNumber::toString);
        assertEquals(1, numberForAString.size(), numberForAString::toString);
        assertTrue(numberForAString.get(0).startsWith("Pod p: spec.containers[0].env[0].value: "),
                numberForAString::toString);
    }

    @Test
    void aKindTheModelDoesNotKnowIsReported() {
        assertEquals(List.of("Deploymnet d: kind Deploymnet of apiVersion apps/v1 is not in the Kubernetes model"),
                StrictKubernetesModel.problems(single("""
                        apiVersion: apps/v1
                        kind: Deploymnet
                        metadata: {name: d}
                        """)));
    }

    @Test
    void everyGroupTheManifestsMayUseIsInTheModel() {
        for (String[] kind : new String[][] {{"v1", "ServiceAccount"}, {"v1", "ConfigMap"}, {"v1", "Service"},
                {"apps/v1", "Deployment"}, {"autoscaling/v2", "HorizontalPodAutoscaler"},
                {"policy/v1", "PodDisruptionBudget"}, {"networking.k8s.io/v1", "NetworkPolicy"},
                {"networking.k8s.io/v1", "Ingress"}, {"rbac.authorization.k8s.io/v1", "Role"},
                {"gateway.networking.k8s.io/v1", "HTTPRoute"}, {"monitoring.coreos.com/v1", "ServiceMonitor"}}) {
            assertTrue(StrictKubernetesModel.type(kind[0], kind[1]).isPresent(), kind[0] + " " + kind[1]);
        }
    }

    static List<ObjectNode> core(List<ObjectNode> objects) {
        return objects.stream().filter(o -> ManifestKinds.of(o).equals(Optional.of(ManifestKinds.CORE))).toList();
    }

    private static List<String> problems(List<ObjectNode> objects) {
        return objects.stream().flatMap(o -> StrictKubernetesModel.problems(o).stream()).toList();
    }

    private static ObjectNode single(String yaml) {
        return Manifests.parse(yaml).get(0);
    }
}

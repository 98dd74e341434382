package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every workload of every overlay keeps the rules of issue 15 item 6 ({@link WorkloadPolicy}), the services read the
 * environment their code expects ({@link ServiceEnvironment}), and the Ingress routes each API's paths, not /q/.
 */
class WorkloadPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyWorkloadKeepsThePolicy(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        assertEquals(Set.copyOf(ServiceCode.SERVICES), WorkloadPolicy.workloads(objects).stream()
                .map(w -> w.at("/metadata/name").asText()).collect(java.util.stream.Collectors.toSet()),
                "the workloads checked are the four services");
        assertEquals(List.of(), WorkloadPolicy.violations(objects));
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyServiceReadsTheEnvironmentItsCodeExpects(String overlay) {
        assertEquals(List.of(), ServiceEnvironment.violations(Manifests.render(overlay)));
    }

    @Test
    void aPrivilegedRootContainerIsCaught() {
        List<String> violations = new java.util.ArrayList<>(WorkloadPolicy.violations(
                Manifests.render(Manifests.K8S.resolve("src/test/resources/negative/privileged"))));
        violations.removeAll(WorkloadPolicy.violations(Manifests.render("base")));
        assertEquals(List.of("Deployment registry-service: container registry-service is privileged",
                "Deployment registry-service: container registry-service runs as root (runAsUser 0)"), violations);
    }

    @Test
    void aLiteralPasswordIsCaught() {
        List<ObjectNode> objects = Manifests.parse("""
                apiVersion: v1
                kind: ConfigMap
                metadata: {name: leaky}
                data:
                  QUARKUS_DATASOURCE_PASSWORD: s3cret
                  KAFKA_OPTIONS: 'org.apache.kafka.common.security.scram.ScramLoginModule required password="x";'
                """);
        assertEquals(2, ServiceEnvironment.literalSecrets(objects).size(),
                () -> ServiceEnvironment.literalSecrets(objects).toString());
    }

    /** Each service has its own host; its paths are exactly the roots of its API, so /q/ is never routed. */
    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void theIngressRoutesEachApiByItsOwnPathsOnly(String overlay) {
        List<ObjectNode> ingresses = Manifests.ofKind(Manifests.render(overlay), "Ingress");
        assertEquals(1, ingresses.size(), "one Ingress");
        ObjectNode ingress = ingresses.get(0);
        assertTrue(ingress.at("/spec/tls/0/secretName").asText().length() > 0, "TLS");
        for (String service : ServiceCode.SERVICES) {
            Set<String> hosts = new TreeSet<>();
            Set<String> paths = new TreeSet<>();
            ingress.at("/spec/rules").forEach(rule -> rule.at("/http/paths").forEach(path -> {
                if (service.equals(path.at("/backend/service/name").asText())) {
                    hosts.add(rule.path("host").asText());
                    assertEquals("Prefix", path.path("pathType").asText());
                    assertEquals("http", path.at("/backend/service/port/name").asText());
                    paths.add(path.path("path").asText().substring(1));
                }
            }));
            assertEquals(1, hosts.size(), service + " has one host of its own");
            assertEquals(ServiceCode.apiRoots(service), paths, service + "'s routed paths are its API's roots");
        }
    }
}

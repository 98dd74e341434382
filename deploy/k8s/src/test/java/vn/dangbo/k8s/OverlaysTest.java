package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What differs between the overlays is what issue 15 asks: dev runs one replica of each service, prod two or more
 * (and keeps one through a drain); both pin every image; prod lets the services reach only the identity provider's
 * addresses over HTTPS. And no manifest or patch file is left out of its kustomization.
 */
class OverlaysTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void devRunsOneReplicaOfEachService() {
        List<ObjectNode> objects = Manifests.render("overlays/dev");
        for (String service : ServiceCode.SERVICES) {
            ObjectNode hpa = Manifests.find(objects, "HorizontalPodAutoscaler", service);
            assertEquals(1, hpa.at("/spec/minReplicas").asInt(), service);
            assertEquals(2, hpa.at("/spec/maxReplicas").asInt(), service);
            assertReplicasLeftToTheAutoscaler(objects, service);
        }
    }

    @Test
    void prodRunsTwoOrMoreReplicasAndKeepsOneThroughADrain() {
        List<ObjectNode> objects = Manifests.render("overlays/prod");
        for (String service : ServiceCode.SERVICES) {
            ObjectNode hpa = Manifests.find(objects, "HorizontalPodAutoscaler", service);
            assertEquals(2, hpa.at("/spec/minReplicas").asInt(), service);
            assertEquals(6, hpa.at("/spec/maxReplicas").asInt(), service);
            assertReplicasLeftToTheAutoscaler(objects, service);
            ObjectNode pdb = Manifests.find(objects, "PodDisruptionBudget", service);
            assertEquals(1, pdb.at("/spec/minAvailable").asInt(), service);
            assertTrue(pdb.at("/spec/maxUnavailable").isMissingNode(), service + ": minAvailable only");
        }
    }

    /** An apply would reset a fixed count the autoscaler had raised. */
    private static void assertReplicasLeftToTheAutoscaler(List<ObjectNode> objects, String service) {
        assertTrue(Manifests.find(objects, "Deployment", service).at("/spec/replicas").isMissingNode(),
                service + ": replicas left to the HorizontalPodAutoscaler");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyImageIsPinned(String overlay) throws IOException {
        List<ObjectNode> objects = Manifests.render(overlay);
        for (ObjectNode workload : WorkloadPolicy.workloads(objects)) {
            for (JsonNode container : WorkloadPolicy.containers(WorkloadPolicy.podTemplate(workload).path("spec"))) {
                String image = container.path("image").asText();
                assertTrue(pinned(image), overlay + ": " + image + " is pinned by tag or digest");
            }
        }
        for (ObjectNode cluster : Manifests.ofKind(objects, "Cluster")) {
            assertTrue(pinned(cluster.at("/spec/imageName").asText()), overlay + ": PostgreSQL image pinned");
        }
        JsonNode kustomization = YAML.readTree(Manifests.K8S.resolve(overlay).resolve("kustomization.yaml").toFile());
        Set<String> pinnedHere = new TreeSet<>();
        kustomization.path("images").forEach(i -> {
            if (i.hasNonNull("newTag") || i.hasNonNull("digest")) {
                pinnedHere.add(i.path("name").asText());
            }
        });
        for (String service : ServiceCode.SERVICES) {
            assertTrue(pinnedHere.contains("dangbo/" + service), overlay + " pins dangbo/" + service + " in images:");
        }
    }

    static boolean pinned(String image) {
        if (image.matches(".+@sha256:[0-9a-f]{64}")) {
            return true;
        }
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        return colon > slash && !image.substring(colon + 1).equals("latest");
    }

    @Test
    void prodReachesOnlyTheIdentityProvidersAddressesOverHttps() {
        for (ObjectNode policy : Manifests.ofKind(Manifests.render("overlays/prod"), "NetworkPolicy")) {
            policy.at("/spec/egress").forEach(rule -> rule.path("to").forEach(peer -> {
                if (peer.has("ipBlock")) {
                    assertFalse(peer.at("/ipBlock/cidr").asText().endsWith("/0"),
                            policy.at("/metadata/name").asText() + ": the identity provider's block is narrowed");
                }
            }));
        }
    }

    /**
     * Every manifest under the directory is reached from its kustomization, through {@code resources} and
     * {@code components} (a listed directory is a kustomization or Component of its own, followed in turn): a file
     * left out would silently not be applied.
     */
    @ParameterizedTest
    @ValueSource(strings = {"base/services", "base/postgres"})
    void everyManifestIsListedInItsKustomization(String directory) throws IOException {
        Path base = Manifests.K8S.resolve(directory);
        Set<Path> listed = new TreeSet<>();
        collectListed(base, listed);
        Set<String> manifests;
        try (Stream<Path> walk = Files.walk(base)) {
            manifests = walk.filter(p -> p.getFileName().toString().endsWith(".yaml"))
                    .filter(p -> !p.getFileName().toString().equals("kustomization.yaml"))
                    .map(p -> base.relativize(p).toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(manifests, listed.stream().map(p -> base.relativize(p).toString())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static void collectListed(Path kustomizationDirectory, Set<Path> listed) throws IOException {
        JsonNode kustomization = YAML.readTree(kustomizationDirectory.resolve("kustomization.yaml").toFile());
        for (String field : List.of("resources", "components")) {
            for (JsonNode entry : kustomization.path(field)) {
                Path path = kustomizationDirectory.resolve(entry.asText()).normalize();
                if (Files.isDirectory(path)) {
                    collectListed(path, listed);
                } else {
                    listed.add(path);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyServicesAndPostgresPatchIsApplied(String overlay) throws IOException {
        Path directory = Manifests.K8S.resolve(overlay);
        Set<String> applied = new TreeSet<>();
        YAML.readTree(directory.resolve("kustomization.yaml").toFile()).path("patches")
                .forEach(p -> applied.add(p.path("path").asText()));
        Set<String> ours = yamlFiles(directory, name -> name.startsWith("services-") || name.startsWith("postgres-"));
        assertFalse(ours.isEmpty(), overlay + " sizes the services and PostgreSQL");
        assertTrue(applied.containsAll(ours), overlay + " applies " + ours + ", listed: " + applied);
    }

    private static Set<String> yamlFiles(Path directory, java.util.function.Predicate<String> filter)
            throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).filter(filter)
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}

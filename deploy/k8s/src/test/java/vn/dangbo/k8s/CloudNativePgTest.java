package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CloudNativePG resources carry the fields this deployment relies on (their CRDs are on no registry reachable
 * here, so they are checked field by field): the cluster's size per overlay, a managed role and a retained Database
 * per service with the extensions its migrations create, WAL archiving and a nightly backup through the barman-cloud
 * plugin, and the services pointed at the cluster's read-write Service.
 */
class CloudNativePgTest {

    static final String CLUSTER = "dangbo-pg";
    static final String PLUGIN = "barman-cloud.cloudnative-pg.io";
    static final Map<String, Integer> INSTANCES = Map.of("overlays/dev", 1, "overlays/prod", 3);

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void theClusterIsSizedPerOverlayAndPinned(String overlay) {
        ObjectNode cluster = Manifests.find(Manifests.render(overlay), "Cluster", CLUSTER);
        assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
        assertEquals(INSTANCES.get(overlay), cluster.at("/spec/instances").asInt());
        assertTrue(cluster.at("/spec/imageName").asText()
                .matches("ghcr\\.io/cloudnative-pg/postgresql:17\\.\\d+[-a-z0-9.]*(@sha256:[0-9a-f]{64})?"),
                "PostgreSQL 17 pinned by tag: " + cluster.at("/spec/imageName").asText());
        assertFalse(cluster.at("/spec/storage/size").asText().isEmpty(), "storage size");
        assertFalse(cluster.at("/spec/enableSuperuserAccess").asBoolean(true), "no superuser secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void everyServiceHasALoginRoleAndARetainedDatabaseOfItsOwn(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        JsonNode roles = Manifests.find(objects, "Cluster", CLUSTER).at("/spec/managed/roles");
        for (String service : ServiceCode.SERVICES) {
            String database = ServiceCode.database(service);
            JsonNode role = StreamSupport.stream(roles.spliterator(), false)
                    .filter(r -> database.equals(r.path("name").asText())).findFirst()
                    .orElseThrow(() -> new AssertionError("no managed role " + database));
            assertTrue(role.path("login").asBoolean(), database + " logs in");
            assertEquals("present", role.path("ensure").asText("present"));
            assertEquals("dangbo-pg-" + database, role.at("/passwordSecret/name").asText());

            List<ObjectNode> databases = Manifests.ofKind(objects, "Database").stream()
                    .filter(d -> database.equals(d.at("/spec/name").asText())).toList();
            assertEquals(1, databases.size(), "one Database " + database);
            JsonNode spec = databases.get(0).path("spec");
            assertEquals(database, spec.path("owner").asText(), "owned by its role");
            assertEquals(CLUSTER, spec.at("/cluster/name").asText());
            assertEquals("retain", spec.path("databaseReclaimPolicy").asText(), database + " survives a delete");
            Set<String> declared = new TreeSet<>();
            spec.path("extensions").forEach(e -> {
                if ("present".equals(e.path("ensure").asText("present"))) {
                    declared.add(e.path("name").asText());
                }
            });
            assertEquals(ServiceCode.extensions(service), declared,
                    database + ": the extensions its migrations create, installed by the operator");
        }
        assertEquals(ServiceCode.SERVICES.size(), Manifests.ofKind(objects, "Database").size(), "no other Database");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void theWalIsArchivedAndANightlyBackupTakenThroughTheBarmanCloudPlugin(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        ObjectNode cluster = Manifests.find(objects, "Cluster", CLUSTER);
        assertTrue(cluster.at("/spec/backup/barmanObjectStore").isMissingNode(),
                "no in-tree barmanObjectStore (deprecated, removed in CloudNativePG 1.30)");
        JsonNode plugin = StreamSupport.stream(cluster.at("/spec/plugins").spliterator(), false)
                .filter(p -> PLUGIN.equals(p.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + PLUGIN + " plugin entry"));
        assertTrue(plugin.path("isWALArchiver").asBoolean(), "the plugin archives the WAL");

        ObjectNode store = Manifests.find(objects, "ObjectStore", plugin.at("/parameters/barmanObjectName").asText());
        assertEquals("barmancloud.cnpg.io/v1", store.path("apiVersion").asText());
        assertTrue(store.at("/spec/configuration/destinationPath").asText().matches("s3://.+"), "an s3 destination");
        for (String key : List.of("accessKeyId", "secretAccessKey")) {
            JsonNode reference = store.at("/spec/configuration/s3Credentials/" + key);
            assertFalse(reference.path("name").asText().isEmpty() || reference.path("key").asText().isEmpty(),
                    key + " from a Secret");
        }
        assertTrue(store.at("/spec/retentionPolicy").asText().matches("\\d+[dwm]"), "a retention policy");

        List<ObjectNode> schedules = Manifests.ofKind(objects, "ScheduledBackup");
        assertEquals(1, schedules.size());
        JsonNode schedule = schedules.get(0).path("spec");
        assertEquals(CLUSTER, schedule.at("/cluster/name").asText());
        assertEquals("plugin", schedule.path("method").asText());
        assertEquals(PLUGIN, schedule.at("/pluginConfiguration/name").asText());
        assertEquals(6, schedule.path("schedule").asText().trim().split("\\s+").length,
                "CloudNativePG's schedule has six fields, seconds first");
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod"})
    void theServicesReachTheClusterThroughItsReadWriteService(String overlay) {
        List<ObjectNode> objects = Manifests.render(overlay);
        for (String service : ServiceCode.SERVICES) {
            JsonNode container = ServiceEnvironment.container(
                    WorkloadPolicy.podTemplate(Manifests.find(objects, "Deployment", service)).path("spec"), service);
            ServiceEnvironment.Variable url = ServiceEnvironment.environment(container, objects)
                    .get("QUARKUS_DATASOURCE_JDBC_URL");
            URI uri = URI.create(url.value().substring("jdbc:".length()));
            assertEquals(CLUSTER + "-rw", uri.getHost(), service);
            assertEquals(5432, uri.getPort(), service);
            assertEquals("/" + ServiceCode.database(service), uri.getPath(), service);
        }
    }
}

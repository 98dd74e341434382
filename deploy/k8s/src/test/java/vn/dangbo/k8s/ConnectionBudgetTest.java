package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * PostgreSQL accepts every connection the services may open when the autoscalers run them all at their maximum:
 * each replica keeps a pool of up to {@code quarkus.datasource.jdbc.max-size} connections, and a connection refused
 * by the server is a failed request in the middle of a busy day, exactly when the replicas were added.
 */
class ConnectionBudgetTest {

    static final List<String> KUSTOMIZATIONS = Manifests.KUSTOMIZATIONS;
    /** Quarkus' (Agroal's) pool maximum when nothing sets {@code quarkus.datasource.jdbc.max-size}. */
    static final int QUARKUS_DEFAULT_POOL = 20;
    /** PostgreSQL's defaults for what a Cluster does not set. */
    static final int POSTGRES_DEFAULT_MAX_CONNECTIONS = 100;
    static final int POSTGRES_DEFAULT_SUPERUSER_RESERVED = 3;
    /** Kept for the operator's instance manager, monitoring and a person's psql during an incident. */
    static final int KEPT_FOR_OPERATIONS = 10;

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void everyPoolAtItsMostReplicasFitsTheServersConnections(String kustomization) {
        assertEquals(List.of(), budgetProblems(Manifests.render(kustomization)), kustomization);
    }

    @Test
    void anAutoscalerAllowedMoreReplicasThanTheServerCanServeIsCaught() {
        List<ObjectNode> objects = new ArrayList<>();
        for (ObjectNode object : Manifests.render("overlays/dev")) {
            ObjectNode copy = object.deepCopy();
            if ("HorizontalPodAutoscaler".equals(copy.path("kind").asText())) {
                ((ObjectNode) copy.get("spec")).put("maxReplicas", 6);
            }
            objects.add(copy);
        }
        List<String> problems = budgetProblems(objects);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("Cluster dangbo-pg: the services may open 288 connections"),
                problems.get(0));
    }

    /**
     * For each CloudNativePG Cluster: the connections its clients may hold (most replicas × pool size, per workload
     * reaching {@code <cluster>-rw}) against {@code max_connections} less the superusers' and the operations' share.
     */
    static List<String> budgetProblems(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode cluster : Manifests.ofKind(objects, "Cluster")) {
            String name = cluster.at("/metadata/name").asText();
            JsonNode parameters = cluster.at("/spec/postgresql/parameters");
            int maxConnections = parameters.path("max_connections").asInt(POSTGRES_DEFAULT_MAX_CONNECTIONS);
            int reserved = parameters.path("superuser_reserved_connections").asInt(POSTGRES_DEFAULT_SUPERUSER_RESERVED);
            int available = maxConnections - reserved - KEPT_FOR_OPERATIONS;
            int wanted = 0;
            List<String> clients = new ArrayList<>();
            for (ObjectNode workload : WorkloadPolicy.workloads(objects)) {
                for (JsonNode container : WorkloadPolicy.containers(WorkloadPolicy.podTemplate(workload).path("spec"))) {
                    Map<String, ServiceEnvironment.Variable> env = ServiceEnvironment.environment(container, objects);
                    ServiceEnvironment.Variable url = env.get("QUARKUS_DATASOURCE_JDBC_URL");
                    if (url == null || url.value() == null || !url.value().contains("//" + name + "-rw")) {
                        continue;
                    }
                    int replicas = mostReplicas(objects, workload);
                    int pool = poolSize(env, workload);
                    wanted += replicas * pool;
                    clients.add(workload.at("/metadata/name").asText() + " " + replicas + " × " + pool);
                }
            }
            if (wanted > available) {
                problems.add("Cluster " + name + ": the services may open " + wanted + " connections (" + clients
                        + ") but max_connections " + maxConnections + " leaves " + available + " after " + reserved
                        + " for superusers and " + KEPT_FOR_OPERATIONS + " for operations");
            }
        }
        return problems;
    }

    private static int mostReplicas(List<ObjectNode> objects, ObjectNode workload) {
        int replicas = workload.at("/spec/replicas").asInt(1);
        return WorkloadPolicy.autoscaler(objects, workload)
                .map(hpa -> Math.max(hpa.at("/spec/maxReplicas").asInt(), replicas)).orElse(replicas);
    }

    /** The environment's pool size, else the service's own application.properties, else Quarkus' default. */
    private static int poolSize(Map<String, ServiceEnvironment.Variable> env, ObjectNode workload) {
        ServiceEnvironment.Variable size = env.get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE");
        if (size != null && size.value() != null) {
            return Integer.parseInt(size.value());
        }
        String service = workload.at("/metadata/labels/app.kubernetes.io~1name").asText();
        if (ServiceCode.SERVICES.contains(service)) {
            String configured = ServiceCode.properties(service).getProperty("quarkus.datasource.jdbc.max-size");
            if (configured != null) {
                return Integer.parseInt(configured.trim());
            }
        }
        return QUARKUS_DEFAULT_POOL;
    }
}

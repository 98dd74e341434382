package vn.dangbo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The environment a service's container gets, as the service reads it: its own database on the CloudNativePG
 * cluster's read-write Service with the managed role's secret, Kafka over SASL_SSL with its KafkaUser's secret and the
 * cluster CA mounted, no topic creation, the identity provider from the ConfigMap, uploads under /tmp; and no secret
 * written anywhere as a literal value.
 */
final class ServiceEnvironment {

    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|JAAS|SECRET|TOKEN|CREDENTIAL).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECRET_VALUE = Pattern.compile(".*(password=|LoginModule|BEGIN [A-Z ]*PRIVATE KEY).*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A variable as the container sees it: a literal value, or where it comes from. */
    record Variable(String value, String secret, String secretKey, String configMap) {
    }

    private ServiceEnvironment() {
    }

    static List<String> violations(List<ObjectNode> objects) {
        List<String> violations = new ArrayList<>(literalSecrets(objects));
        Set<String> contractSecrets = contractSecrets(objects);
        for (String service : ServiceCode.SERVICES) {
            ObjectNode deployment = Manifests.find(objects, "Deployment", service);
            JsonNode pod = WorkloadPolicy.podTemplate(deployment).path("spec");
            JsonNode container = container(pod, service);
            Map<String, Variable> env = environment(container, objects);
            new Expectations(service, env, pod, container, contractSecrets, violations).check();
        }
        return violations;
    }

    /** The names of the Secrets this deployment's contract creates or expects (K8S-DESIGN.md "Names"). */
    static Set<String> contractSecrets(List<ObjectNode> objects) {
        Set<String> names = new TreeSet<>();
        for (ObjectNode cluster : Manifests.ofKind(objects, "Cluster")) {
            cluster.at("/spec/managed/roles").forEach(r -> names.add(r.at("/passwordSecret/name").asText()));
        }
        for (ObjectNode user : Manifests.ofKind(objects, "KafkaUser")) {
            names.add(user.at("/metadata/name").asText());
            names.add(user.at("/metadata/labels/strimzi.io~1cluster").asText() + "-cluster-ca-cert");
        }
        names.remove("");
        return names;
    }

    static JsonNode container(JsonNode pod, String name) {
        for (JsonNode container : pod.path("containers")) {
            if (name.equals(container.path("name").asText())) {
                return container;
            }
        }
        throw new AssertionError("no container " + name);
    }

    /** env over envFrom, as the kubelet resolves them (ConfigMaps looked up in the rendered objects). */
    static Map<String, Variable> environment(JsonNode container, List<ObjectNode> objects) {
        Map<String, Variable> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            String configMap = from.at("/configMapRef/name").asText("");
            if (!configMap.isEmpty()) {
                Manifests.find(objects, "ConfigMap", configMap).path("data").fields().forEachRemaining(
                        e -> env.put(e.getKey(), new Variable(e.getValue().asText(), null, null, configMap)));
            }
        }
        for (JsonNode variable : container.path("env")) {
            JsonNode secret = variable.at("/valueFrom/secretKeyRef");
            JsonNode configMapKey = variable.at("/valueFrom/configMapKeyRef");
            if (!secret.isMissingNode()) {
                env.put(variable.path("name").asText(), new Variable(null, secret.path("name").asText(),
                        secret.path("key").asText(), null));
            } else if (!configMapKey.isMissingNode()) {
                String configMap = configMapKey.path("name").asText();
                String value = Manifests.find(objects, "ConfigMap", configMap).at("/data/" + configMapKey.path("key")
                        .asText()).asText(null);
                env.put(variable.path("name").asText(), new Variable(value, null, null, configMap));
            } else {
                env.put(variable.path("name").asText(), new Variable(variable.path("value").asText(null), null, null,
                        null));
            }
        }
        return env;
    }

    /** No password, JAAS line or key is written as a value: in any container's env, or in any ConfigMap. */
    static List<String> literalSecrets(List<ObjectNode> objects) {
        List<String> violations = new ArrayList<>();
        for (ObjectNode workload : WorkloadPolicy.workloads(objects)) {
            for (JsonNode container : WorkloadPolicy.containers(WorkloadPolicy.podTemplate(workload).path("spec"))) {
                for (JsonNode variable : container.path("env")) {
                    String name = variable.path("name").asText();
                    String value = variable.path("value").asText(null);
                    if (value != null && (SECRET_NAME.matcher(name).matches()
                            || SECRET_VALUE.matcher(value).matches())) {
                        violations.add(workload.at("/metadata/name").asText() + ": " + name
                                + " is written in the manifest instead of read from a Secret");
                    }
                }
            }
        }
        for (ObjectNode configMap : Manifests.ofKind(objects, "ConfigMap")) {
            configMap.path("data").fields().forEachRemaining(e -> {
                if (SECRET_NAME.matcher(e.getKey()).matches()
                        || SECRET_VALUE.matcher(e.getValue().asText()).matches()) {
                    violations.add("ConfigMap " + configMap.at("/metadata/name").asText() + ": " + e.getKey()
                            + " holds a secret");
                }
            });
        }
        return violations;
    }

    private record Expectations(String service, Map<String, Variable> env, JsonNode pod, JsonNode container,
            Set<String> contractSecrets, List<String> violations) {

        void violation(String what) {
            violations.add(service + ": " + what);
        }

        void check() {
            String database = ServiceCode.database(service);
            equals("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://dangbo-pg-rw:5432/" + database);
            secret("QUARKUS_DATASOURCE_USERNAME", "dangbo-pg-" + database, "username");
            secret("QUARKUS_DATASOURCE_PASSWORD", "dangbo-pg-" + database, "password");
            equals("KAFKA_BOOTSTRAP_SERVERS", "dangbo-kafka-kafka-bootstrap:9094");
            equals("KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
            equals("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            secret("KAFKA_SASL_JAAS_CONFIG", service, "sasl.jaas.config");
            equals("KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
            truststoreMounted();
            equals("DANGBO_KAFKA_CREATE_TOPICS", "false");
            equals("QUARKUS_HTTP_PORT", "8080");
            for (String jwt : List.of("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "MP_JWT_VERIFY_ISSUER")) {
                Variable variable = env.get(jwt);
                if (variable == null || !"dangbo-config".equals(variable.configMap())
                        || variable.value() == null || variable.value().isBlank()) {
                    violation(jwt + " does not come from the ConfigMap dangbo-config");
                }
            }
            Variable uploads = env.get("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY");
            if (uploads == null || uploads.value() == null || !uploads.value().startsWith("/tmp/")) {
                violation("QUARKUS_HTTP_BODY_UPLOADS_DIRECTORY is not under /tmp (the only writable place)");
            }
            for (Variable variable : env.values()) {
                if (variable.secret() != null && !contractSecrets.contains(variable.secret())) {
                    violation("reads the Secret " + variable.secret() + ", which no managed role, KafkaUser or Kafka"
                            + " cluster provides (" + contractSecrets + ")");
                }
            }
        }

        void equals(String name, String expected) {
            Variable variable = env.get(name);
            String actual = variable == null ? null : variable.value();
            if (!expected.equals(actual)) {
                violation(name + " is " + actual + ", expected " + expected);
            }
        }

        void secret(String name, String secret, String key) {
            Variable variable = env.get(name);
            if (variable == null || !secret.equals(variable.secret()) || !key.equals(variable.secretKey())) {
                violation(name + " does not come from key " + key + " of the Secret " + secret);
            }
        }

        /** The PEM truststore is the ca.crt of the Kafka cluster CA Secret, mounted where the variable says. */
        void truststoreMounted() {
            Variable location = env.get("KAFKA_SSL_TRUSTSTORE_LOCATION");
            if (location == null || location.value() == null) {
                violation("KAFKA_SSL_TRUSTSTORE_LOCATION is not set");
                return;
            }
            String path = location.value();
            for (JsonNode mount : container.path("volumeMounts")) {
                String mountPath = mount.path("mountPath").asText();
                if (!path.startsWith(mountPath + "/")) {
                    continue;
                }
                String file = path.substring(mountPath.length() + 1);
                for (JsonNode volume : pod.path("volumes")) {
                    if (volume.path("name").asText().equals(mount.path("name").asText())
                            && "dangbo-kafka-cluster-ca-cert".equals(volume.at("/secret/secretName").asText())
                            && "ca.crt".equals(file) && keyMapped(volume.at("/secret/items"), "ca.crt")) {
                        if (!contractSecrets.contains("dangbo-kafka-cluster-ca-cert")) {
                            violation("mounts dangbo-kafka-cluster-ca-cert, the CA of no Kafka cluster its users"
                                    + " belong to");
                        }
                        return;
                    }
                }
            }
            violation("KAFKA_SSL_TRUSTSTORE_LOCATION " + path
                    + " is not the ca.crt of the mounted Secret dangbo-kafka-cluster-ca-cert");
        }

        private static boolean keyMapped(JsonNode items, String key) {
            if (items.isMissingNode() || items.isEmpty()) {
                return true;
            }
            for (JsonNode item : items) {
                if (key.equals(item.path("key").asText()) && key.equals(item.path("path").asText())) {
                    return true;
                }
            }
            return false;
        }
    }
}

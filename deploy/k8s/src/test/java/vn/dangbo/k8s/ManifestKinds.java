package vn.dangbo.k8s;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which validator answers for an object. Every apiVersion/kind the manifests may hold is one of these; anything else
 * (a misspelt kind, a retired apiVersion such as kafka.strimzi.io/v1beta2, an operator nobody installs) is an error,
 * because nothing here could check its fields.
 */
public enum ManifestKinds {
    /** The fabric8 Kubernetes model of the Quarkus BOM: {@link StrictKubernetesModel}. */
    CORE,
    /** kafka.strimzi.io/v1 with a CRD generated from io.strimzi:api: {@link StrimziSchemas}. */
    STRIMZI,
    /** CloudNativePG and its barman-cloud plugin: the fields this deployment relies on are checked by CloudNativePgTest. */
    CLOUDNATIVEPG;

    /** apiVersion → the kinds of it this deployment uses. */
    static final Map<String, Set<String>> CLOUDNATIVEPG_KINDS = Map.of(
            "postgresql.cnpg.io/v1", Set.of("Cluster", "Database", "ScheduledBackup", "Pooler"),
            "barmancloud.cnpg.io/v1", Set.of("ObjectStore"));

    /** Who validates the object; empty when no validator knows its apiVersion and kind. */
    public static Optional<ManifestKinds> of(ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        if (StrimziSchemas.covers(apiVersion, kind)) {
            return Optional.of(STRIMZI);
        }
        if (CLOUDNATIVEPG_KINDS.getOrDefault(apiVersion, Set.of()).contains(kind)) {
            return Optional.of(CLOUDNATIVEPG);
        }
        if (StrictKubernetesModel.type(apiVersion, kind).isPresent()) {
            return Optional.of(CORE);
        }
        return Optional.empty();
    }
}

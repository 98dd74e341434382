package vn.dangbo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * The rules every workload of the rendered manifests keeps (issue 15, item 6), as a list of violations so a test can
 * show them all at once and a negative fixture can prove a rule bites: least privilege (a ServiceAccount without a
 * token, non-root, read-only root filesystem, no escalation, no capabilities, RuntimeDefault seccomp), a size-limited
 * /tmp, resources, and for a long-running workload the three probes, Prometheus scraping, a PodDisruptionBudget, a
 * HorizontalPodAutoscaler, a NetworkPolicy denying by default, and a Service behind the Ingress.
 */
final class WorkloadPolicy {

    static final Set<String> WORKLOAD_KINDS = Set.of("Deployment", "StatefulSet", "Job", "CronJob");
    private static final Set<String> LONG_RUNNING = Set.of("Deployment", "StatefulSet");

    private WorkloadPolicy() {
    }

    static List<ObjectNode> workloads(List<ObjectNode> objects) {
        return objects.stream().filter(o -> WORKLOAD_KINDS.contains(o.path("kind").asText())).toList();
    }

    /** Every violation of the rules by every workload in {@code objects} (the rendered output of a kustomization). */
    static List<String> violations(List<ObjectNode> objects) {
        List<String> violations = new ArrayList<>();
        for (ObjectNode workload : workloads(objects)) {
            new Check(workload, objects, violations).run();
        }
        return violations;
    }

    /** The HorizontalPodAutoscaler that scales this Deployment, if any. */
    static Optional<ObjectNode> autoscaler(List<ObjectNode> objects, ObjectNode deployment) {
        String namespace = deployment.at("/metadata/namespace").asText();
        String name = deployment.at("/metadata/name").asText();
        return Manifests.ofKind(objects, "HorizontalPodAutoscaler").stream()
                .filter(h -> namespace.equals(h.at("/metadata/namespace").asText()))
                .filter(h -> {
                    JsonNode target = h.at("/spec/scaleTargetRef");
                    return "Deployment".equals(target.path("kind").asText())
                            && name.equals(target.path("name").asText());
                })
                .findFirst();
    }

    /** The pod template of a workload (a CronJob's is one level deeper). */
    static JsonNode podTemplate(JsonNode workload) {
        return "CronJob".equals(workload.path("kind").asText())
                ? workload.at("/spec/jobTemplate/spec/template")
                : workload.at("/spec/template");
    }

    static List<JsonNode> containers(JsonNode podSpec) {
        List<JsonNode> containers = new ArrayList<>();
        podSpec.path("initContainers").forEach(containers::add);
        podSpec.path("containers").forEach(containers::add);
        return containers;
    }

    /** A label selector's matchLabels all present in {@code labels} (an empty selector selects nothing here). */
    static boolean selects(JsonNode matchLabels, JsonNode labels) {
        if (!matchLabels.isObject() || matchLabels.isEmpty()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = matchLabels.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> label = fields.next();
            if (!label.getValue().asText().equals(labels.path(label.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private record Check(ObjectNode workload, List<ObjectNode> objects, List<String> violations) {

        String id() {
            return workload.path("kind").asText() + " " + workload.at("/metadata/name").asText();
        }

        void violation(String what) {
            violations.add(id() + ": " + what);
        }

        String namespace() {
            return workload.at("/metadata/namespace").asText("");
        }

        List<ObjectNode> sameNamespace(String kind) {
            return Manifests.ofKind(objects, kind).stream()
                    .filter(o -> o.at("/metadata/namespace").asText("").equals(namespace())).toList();
        }

        void run() {
            JsonNode template = podTemplate(workload);
            JsonNode pod = template.path("spec");
            JsonNode labels = template.at("/metadata/labels");
            serviceAccount(pod);
            podSecurity(pod);
            for (JsonNode container : containers(pod)) {
                containerSecurity(pod, container);
            }
            for (JsonNode container : pod.path("containers")) {
                String name = "container " + container.path("name").asText();
                temporaryFiles(pod, container, name);
                resources(container, name);
            }
            if (LONG_RUNNING.contains(workload.path("kind").asText())) {
                for (JsonNode container : pod.path("containers")) {
                    probes(container, "container " + container.path("name").asText());
                }
                scraping(template);
                disruptionBudget(labels);
                autoscaler();
                networkPolicy(labels);
                exposure(labels);
            }
        }

        void serviceAccount(JsonNode pod) {
            String name = pod.path("serviceAccountName").asText("");
            if (name.isEmpty() || name.equals("default")) {
                violation("runs as the namespace's default ServiceAccount, not one of its own");
            } else {
                sameNamespace("ServiceAccount").stream().filter(sa -> name.equals(sa.at("/metadata/name").asText()))
                        .findFirst().ifPresentOrElse(sa -> {
                            if (!sa.path("automountServiceAccountToken").isBoolean()
                                    || sa.path("automountServiceAccountToken").asBoolean()) {
                                violation("ServiceAccount " + name + " automounts its token");
                            }
                        }, () -> violation("ServiceAccount " + name + " is not in the manifests"));
            }
            if (!pod.path("automountServiceAccountToken").isBoolean()
                    || pod.path("automountServiceAccountToken").asBoolean()) {
                violation("the pod does not set automountServiceAccountToken: false");
            }
        }

        void podSecurity(JsonNode pod) {
            JsonNode context = pod.path("securityContext");
            if (!context.path("runAsNonRoot").asBoolean(false)) {
                violation("the pod does not set runAsNonRoot: true");
            }
            if (!context.path("runAsUser").isInt() || context.path("runAsUser").asInt() == 0) {
                violation("the pod runs as root or as no fixed user (runAsUser)");
            }
            if (!context.path("runAsGroup").isInt() || context.path("runAsGroup").asInt() == 0) {
                violation("the pod runs in the root group or no fixed group (runAsGroup)");
            }
            if (!context.path("fsGroup").isInt()) {
                violation("the pod sets no fsGroup");
            }
            if (!"RuntimeDefault".equals(context.at("/seccompProfile/type").asText())) {
                violation("the pod's seccompProfile is not RuntimeDefault");
            }
            for (String host : List.of("hostNetwork", "hostPID", "hostIPC")) {
                if (pod.path(host).asBoolean(false)) {
                    violation("the pod uses " + host);
                }
            }
        }

        void containerSecurity(JsonNode pod, JsonNode container) {
            String name = "container " + container.path("name").asText();
            JsonNode context = container.path("securityContext");
            if (context.path("privileged").asBoolean(false)) {
                violation(name + " is privileged");
            }
            if (!context.path("allowPrivilegeEscalation").isBoolean()
                    || context.path("allowPrivilegeEscalation").asBoolean()) {
                violation(name + " does not set allowPrivilegeEscalation: false");
            }
            if (!context.path("readOnlyRootFilesystem").asBoolean(false)) {
                violation(name + " does not set readOnlyRootFilesystem: true");
            }
            boolean dropsAll = StreamSupport.stream(context.at("/capabilities/drop").spliterator(), false)
                    .anyMatch(c -> "ALL".equals(c.asText()));
            if (!dropsAll) {
                violation(name + " does not drop ALL capabilities");
            }
            if (!context.at("/capabilities/add").isMissingNode() && !context.at("/capabilities/add").isEmpty()) {
                violation(name + " adds capabilities " + context.at("/capabilities/add"));
            }
            JsonNode user = context.has("runAsUser") ? context.path("runAsUser") : pod.at("/securityContext/runAsUser");
            if (user.isInt() && user.asInt() == 0) {
                violation(name + " runs as root (runAsUser 0)");
            }
            if (context.path("runAsNonRoot").isBoolean() && !context.path("runAsNonRoot").asBoolean()) {
                violation(name + " sets runAsNonRoot: false");
            }
            String seccomp = context.at("/seccompProfile/type").asText(pod.at("/securityContext/seccompProfile/type")
                    .asText());
            if (!"RuntimeDefault".equals(seccomp)) {
                violation(name + "'s seccompProfile is not RuntimeDefault");
            }
        }

        void temporaryFiles(JsonNode pod, JsonNode container, String name) {
            String volume = null;
            for (JsonNode mount : container.path("volumeMounts")) {
                if ("/tmp".equals(mount.path("mountPath").asText())) {
                    volume = mount.path("name").asText();
                }
            }
            if (volume == null) {
                violation(name + " has no volume at /tmp (the root filesystem is read-only)");
                return;
            }
            for (JsonNode v : pod.path("volumes")) {
                if (volume.equals(v.path("name").asText())) {
                    if (!v.has("emptyDir")) {
                        violation(name + "'s /tmp is not an emptyDir");
                    } else if (v.at("/emptyDir/sizeLimit").asText("").isEmpty()) {
                        violation(name + "'s /tmp emptyDir has no sizeLimit");
                    }
                    return;
                }
            }
            violation(name + "'s /tmp volume " + volume + " is not declared");
        }

        void resources(JsonNode container, String name) {
            for (String required : List.of("requests/cpu", "requests/memory", "limits/memory")) {
                if (container.at("/resources/" + required).asText("").isEmpty()) {
                    violation(name + " has no resources." + required.replace('/', '.'));
                }
            }
        }

        void probes(JsonNode container, String name) {
            Map<String, String> paths = Map.of("startupProbe", "/q/health/started", "readinessProbe",
                    "/q/health/ready", "livenessProbe", "/q/health/live");
            paths.forEach((probe, path) -> {
                if (!path.equals(container.at("/" + probe + "/httpGet/path").asText())) {
                    violation(name + " has no " + probe + " on " + path);
                }
            });
        }

        void scraping(JsonNode template) {
            JsonNode annotations = template.at("/metadata/annotations");
            if (!"true".equals(annotations.path("prometheus.io/scrape").asText())
                    || !"/q/metrics".equals(annotations.path("prometheus.io/path").asText())
                    || !httpPort(template.path("spec")).equals(annotations.path("prometheus.io/port").asText())) {
                violation("its pods are not annotated for Prometheus to scrape /q/metrics on the http port");
            }
        }

        String httpPort(JsonNode pod) {
            for (JsonNode container : pod.path("containers")) {
                for (JsonNode port : container.path("ports")) {
                    if ("http".equals(port.path("name").asText())) {
                        return port.path("containerPort").asText();
                    }
                }
            }
            return "(no port named http)";
        }

        void disruptionBudget(JsonNode labels) {
            if (sameNamespace("PodDisruptionBudget").stream()
                    .noneMatch(pdb -> selects(pdb.at("/spec/selector/matchLabels"), labels))) {
                violation("no PodDisruptionBudget selects its pods");
            }
        }

        void autoscaler() {
            String kind = workload.path("kind").asText();
            String name = workload.at("/metadata/name").asText();
            boolean scaled = sameNamespace("HorizontalPodAutoscaler").stream()
                    .anyMatch(hpa -> "autoscaling/v2".equals(hpa.path("apiVersion").asText())
                            && kind.equals(hpa.at("/spec/scaleTargetRef/kind").asText())
                            && name.equals(hpa.at("/spec/scaleTargetRef/name").asText())
                            && hpa.at("/spec/minReplicas").asInt(1) <= hpa.at("/spec/maxReplicas").asInt());
            if (!scaled) {
                violation("no autoscaling/v2 HorizontalPodAutoscaler scales it");
            }
        }

        void networkPolicy(JsonNode labels) {
            List<ObjectNode> policies = sameNamespace("NetworkPolicy").stream()
                    .filter(np -> selects(np.at("/spec/podSelector/matchLabels"), labels)).toList();
            if (policies.isEmpty()) {
                violation("no NetworkPolicy selects its pods (nothing denies by default)");
                return;
            }
            for (ObjectNode policy : policies) {
                new NetworkRules(policy, httpPort(podTemplate(workload).path("spec")), this::violation).check();
            }
        }

        void exposure(JsonNode labels) {
            List<String> services = sameNamespace("Service").stream()
                    .filter(s -> selects(s.at("/spec/selector"), labels))
                    .filter(s -> StreamSupport.stream(s.at("/spec/ports").spliterator(), false)
                            .anyMatch(p -> "http".equals(p.path("targetPort").asText())))
                    .map(s -> s.at("/metadata/name").asText()).toList();
            if (services.isEmpty()) {
                violation("no Service sends to its http port");
                return;
            }
            boolean routed = sameNamespace("Ingress").stream()
                    .flatMap(i -> StreamSupport.stream(i.at("/spec/rules").spliterator(), false))
                    .flatMap(r -> StreamSupport.stream(r.at("/http/paths").spliterator(), false))
                    .anyMatch(p -> services.contains(p.at("/backend/service/name").asText()));
            if (!routed) {
                violation("no Ingress routes to its Service " + services);
            }
        }
    }
}

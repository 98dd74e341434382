package vn.dangbo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

/**
 * A service's NetworkPolicy: both directions denied unless a rule allows them, every rule naming its peers and ports,
 * ingress to the http port, egress to DNS, the Kafka brokers, the PostgreSQL pods and the identity provider (HTTPS).
 */
record NetworkRules(JsonNode policy, String httpPort, Consumer<String> violation) {

    void check() {
        String name = "NetworkPolicy " + policy.at("/metadata/name").asText();
        List<String> types = StreamSupport.stream(policy.at("/spec/policyTypes").spliterator(), false)
                .map(JsonNode::asText).toList();
        if (!types.contains("Ingress") || !types.contains("Egress")) {
            violation.accept(name + " does not restrict both Ingress and Egress (policyTypes " + types + ")");
        }
        for (String direction : List.of("ingress", "egress")) {
            String peers = direction.equals("ingress") ? "from" : "to";
            for (JsonNode rule : policy.at("/spec/" + direction)) {
                if (rule.path(peers).isEmpty() || rule.path("ports").isEmpty()) {
                    violation.accept(name + " has an " + direction + " rule open to any peer or port: " + rule);
                }
            }
        }
        if (!anyRule("ingress", "from", peer -> true, port -> port.path("port").asText().equals("http")
                || port.path("port").asText().equals(httpPort))) {
            violation.accept(name + " lets nothing reach the http port");
        }
        require(name, "DNS (53/UDP in kube-system)", peer -> "kube-system".equals(
                peer.at("/namespaceSelector/matchLabels/kubernetes.io~1metadata.name").asText()), 53, "UDP");
        require(name, "the Kafka brokers (9094)", peer -> peer.at("/podSelector/matchLabels").has("strimzi.io/cluster"),
                9094, "TCP");
        require(name, "PostgreSQL (5432)", peer -> peer.at("/podSelector/matchLabels").has("cnpg.io/cluster"), 5432,
                "TCP");
        require(name, "the identity provider (443)", peer -> peer.has("ipBlock"), 443, "TCP");
    }

    private void require(String name, String what, Predicate<JsonNode> peer, int port, String protocol) {
        if (!anyRule("egress", "to", peer, p -> p.path("port").asInt() == port
                && protocol.equals(p.path("protocol").asText("TCP")))) {
            violation.accept(name + " allows no egress to " + what);
        }
    }

    private boolean anyRule(String direction, String peers, Predicate<JsonNode> peer, Predicate<JsonNode> port) {
        for (JsonNode rule : policy.at("/spec/" + direction)) {
            boolean peerMatches = StreamSupport.stream(rule.path(peers).spliterator(), false).anyMatch(peer);
            boolean portMatches = StreamSupport.stream(rule.path("ports").spliterator(), false).anyMatch(port);
            if (peerMatches && portMatches) {
                return true;
            }
        }
        return false;
    }
}

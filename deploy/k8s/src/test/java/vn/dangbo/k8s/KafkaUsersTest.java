package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Least privilege, checked against the code: each service's KafkaUser may write where its outbox relay produces and
 * to its own dead-letter topic, read where its channels consume and in its own consumer group, and nothing else —
 * no wildcard, no prefix, no right to create, alter or delete (the KafkaTopics are the operator's). A provincial
 * system subscribes through a KafkaUser of its own that reads the public topics only.
 */
class KafkaUsersTest {

    static final List<String> KUSTOMIZATIONS = Manifests.KUSTOMIZATIONS;
    static final Path PROVINCE_SUBSCRIBER = Manifests.K8S.resolve("examples/province-subscriber.yaml");
    /** Topics for one service alone: emulation.invitations.v1 carries the invitees' personal check-in tokens. */
    static final Set<String> PRIVATE_TOPICS = Set.of("emulation.invitations.v1");
    static final Set<String> SERVICE_OPERATIONS = Set.of("Read", "Write", "Describe");

    /** One allowed operation on one resource, as the broker's authorizer sees it. */
    record Acl(String resourceType, String name, String patternType, String operation) {
        @Override
        public String toString() {
            return operation + " on " + resourceType + " " + name + ("literal".equals(patternType) ? ""
                    : " (" + patternType + ")");
        }
    }

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void eachServiceHasAUserWithExactlyTheAclsItsCodeNeeds(String kustomization) {
        List<ObjectNode> objects = Manifests.render(kustomization);
        Set<String> users = Manifests.ofKind(objects, "KafkaUser").stream()
                .map(u -> u.at("/metadata/name").asText()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(CodeTopics.SERVICES), users, kustomization + ": one KafkaUser per service");
        List<String> problems = new ArrayList<>();
        for (CodeTopics.Service service : CodeTopics.all()) {
            problems.addAll(aclProblems(Manifests.find(objects, "KafkaUser", service.name()), service));
        }
        assertEquals(List.of(), problems, kustomization);
    }

    @Test
    void anAclTheCodeDoesNotNeedOrOneItLacksIsCaught() {
        ObjectNode user = Manifests.find(Manifests.render("base"), "KafkaUser", "registry-service").deepCopy();
        ArrayNode acls = (ArrayNode) user.at("/spec/authorization/acls");
        acls.remove(acls.size() - 1); // its dead-letter topic, the last rule
        acls.add(Manifests.parse("""
                resource: {type: topic, name: registry.members.v1, patternType: literal}
                operations: [Create]
                """).get(0));
        assertEquals(List.of(
                "registry-service lacks Describe on topic registry.dlq.v1",
                "registry-service lacks Write on topic registry.dlq.v1",
                "registry-service holds Create on topic registry.members.v1, which its code does not need"),
                aclProblems(user, CodeTopics.service("registry-service")));
    }

    /** What the user lacks and what it holds beyond its service's needs; empty when they are equal. */
    static List<String> aclProblems(ObjectNode user, CodeTopics.Service service) {
        Set<Acl> needed = needs(service);
        Set<Acl> held = acls(user);
        List<String> problems = new ArrayList<>();
        needed.stream().filter(a -> !held.contains(a)).sorted(KafkaUsersTest::compare)
                .forEach(a -> problems.add(service.name() + " lacks " + a));
        held.stream().filter(a -> !needed.contains(a)).sorted(KafkaUsersTest::compare)
                .forEach(a -> problems.add(service.name() + " holds " + a + ", which its code does not need"));
        return problems;
    }

    private static int compare(Acl a, Acl b) {
        return (a.name() + a.operation()).compareTo(b.name() + b.operation());
    }

    /** Write+Describe where it produces and on its dead-letter topics; Read+Describe where it consumes, its group. */
    static Set<Acl> needs(CodeTopics.Service service) {
        Set<Acl> acls = new HashSet<>();
        for (String topic : service.written()) {
            acls.add(new Acl("topic", topic, "literal", "Write"));
            acls.add(new Acl("topic", topic, "literal", "Describe"));
        }
        for (String topic : service.consumed()) {
            acls.add(new Acl("topic", topic, "literal", "Read"));
            acls.add(new Acl("topic", topic, "literal", "Describe"));
        }
        for (String group : service.groups()) {
            acls.add(new Acl("group", group, "literal", "Read"));
            acls.add(new Acl("group", group, "literal", "Describe"));
        }
        return acls;
    }

    /** The allowed operations of a KafkaUser, one per resource and operation (a deny rule fails: none is needed). */
    static Set<Acl> acls(ObjectNode user) {
        Set<Acl> acls = new HashSet<>();
        for (JsonNode rule : user.at("/spec/authorization/acls")) {
            String name = user.at("/metadata/name").asText();
            assertEquals("allow", rule.path("type").asText("allow"), name + ": a deny rule");
            assertEquals("*", rule.path("host").asText("*"), name + ": a rule bound to a host");
            JsonNode resource = rule.path("resource");
            for (JsonNode operation : rule.path("operations")) {
                acls.add(new Acl(resource.path("type").asText(), resource.path("name").asText(),
                        resource.path("patternType").asText("literal"), operation.asText()));
            }
        }
        return acls;
    }

    @ParameterizedTest
    @FieldSource("KUSTOMIZATIONS")
    void usersLogInWithScramAndHoldNoWildcardNorAdministrativeRight(String kustomization) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode user : Manifests.ofKind(Manifests.render(kustomization), "KafkaUser")) {
            String name = user.at("/metadata/name").asText();
            problems.addAll(credentialProblems(user));
            for (Acl acl : acls(user)) {
                if (acl.name().contains("*") || !"literal".equals(acl.patternType())
                        || !SERVICE_OPERATIONS.contains(acl.operation())) {
                    problems.add(name + " holds " + acl + ": only Read, Write, Describe on literal names");
                }
            }
        }
        assertEquals(List.of(), problems, kustomization);
    }

    private static List<String> credentialProblems(ObjectNode user) {
        String name = user.at("/metadata/name").asText();
        List<String> problems = new ArrayList<>();
        if (!"dangbo-kafka".equals(user.at("/metadata/labels/strimzi.io~1cluster").asText())) {
            problems.add(name + ": not labelled strimzi.io/cluster: dangbo-kafka (no User Operator takes it)");
        }
        if (!"scram-sha-512".equals(user.at("/spec/authentication/type").asText())) {
            problems.add(name + ": authentication is not scram-sha-512, the listener's");
        }
        if (!"simple".equals(user.at("/spec/authorization/type").asText())) {
            problems.add(name + ": authorization is not simple (ACLs)");
        }
        return problems;
    }

    @Test
    void everyTopicAServiceConsumesHasAProducerAmongTheServices() {
        Set<String> produced = CodeTopics.all().stream().flatMap(s -> s.produced().stream())
                .collect(Collectors.toSet());
        Map<String, String> orphans = new TreeMap<>();
        for (CodeTopics.Service service : CodeTopics.all()) {
            service.consumed().stream().filter(t -> !produced.contains(t)).forEach(t -> orphans.put(t, service.name()));
        }
        assertEquals(Map.of(), orphans, "consumed topics (→ consumer) no service produces");
    }

    // A provincial system's subscription (deploy/k8s/examples/province-subscriber.yaml)

    @Test
    void aProvincialSubscriberReadsThePublicTopicsOnlyInItsOwnGroups() throws IOException {
        List<ObjectNode> objects = Manifests.parse(Manifests.read(PROVINCE_SUBSCRIBER));
        assertEquals(1, objects.size(), "the example holds one object");
        ObjectNode user = objects.get(0);
        assertEquals("kafka.strimzi.io/v1", user.path("apiVersion").asText());
        assertEquals("KafkaUser", user.path("kind").asText());
        assertEquals("dangbo", user.at("/metadata/namespace").asText(),
                "the User Operator watches the cluster's namespace; the example is applied alone");
        String name = user.at("/metadata/name").asText();
        assertTrue(name.matches("province-[a-z0-9-]+"), name + ": named province-<name>");
        assertEquals(List.of(), credentialProblems(user));

        Set<Acl> expected = new HashSet<>();
        for (String topic : publicTopics()) {
            expected.add(new Acl("topic", topic, "literal", "Read"));
            expected.add(new Acl("topic", topic, "literal", "Describe"));
        }
        expected.add(new Acl("group", name + "-", "prefix", "Read"));
        expected.add(new Acl("group", name + "-", "prefix", "Describe"));
        Set<Acl> held = acls(user);
        assertEquals(sorted(expected), sorted(held), "Read+Describe on every public topic and on its groups "
                + name + "-*; a new topic the services publish goes into the example, or into PRIVATE_TOPICS");
        Set<String> forbidden = new TreeSet<>(PRIVATE_TOPICS);
        forbidden.addAll(CodeTopics.deadLetterTopics());
        held.stream().filter(a -> forbidden.contains(a.name())).forEach(a -> {
            throw new AssertionError(name + " may " + a + ": a private or dead-letter topic");
        });
    }

    @Test
    void theExampleSubscriberIsInNoKustomization() throws IOException {
        String subscriber = Manifests.parse(Manifests.read(PROVINCE_SUBSCRIBER)).get(0).at("/metadata/name")
                .asText();
        for (String kustomization : KUSTOMIZATIONS) {
            assertTrue(Manifests.ofKind(Manifests.render(kustomization), "KafkaUser").stream()
                    .noneMatch(u -> subscriber.equals(u.at("/metadata/name").asText())), kustomization);
        }
        try (Stream<Path> files = Files.walk(Manifests.K8S)) {
            List<Path> referring = files.filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .filter(f -> !Manifests.K8S.relativize(f).startsWith("target"))
                    .filter(f -> Manifests.read(f).contains("examples")).toList();
            assertEquals(List.of(), referring, "the example is applied by a platform team per province, not by"
                    + " a kustomization");
        }
    }

    /** What a provincial system may read: what the services publish, less the private and dead-letter topics. */
    static Set<String> publicTopics() {
        Set<String> topics = CodeTopics.all().stream().flatMap(s -> s.produced().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        topics.removeAll(PRIVATE_TOPICS);
        topics.removeAll(CodeTopics.deadLetterTopics());
        return topics;
    }

    private static List<String> sorted(Set<Acl> acls) {
        return acls.stream().map(Acl::toString).sorted().toList();
    }

}

package vn.dangbo.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.snapshot.SnapshotTopics;
import vn.dangbo.registry.support.CongressElections;
import vn.dangbo.registry.support.CongressElections.Approval;
import vn.dangbo.registry.support.CongressElections.Position;
import vn.dangbo.testsupport.infra.KafkaServer;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The registry as Kubernetes runs it: Kafka reachable only through a SASL_SSL listener with SCRAM-SHA-512, trusted
 * through its CA's certificate as a PEM file (the pod's {@code ca.crt} of Strimzi's cluster CA), as the KafkaUser
 * {@code registry-service} with only the ACLs of {@code deploy/k8s/base/kafka/users.yaml} (StandardAuthorizer), the
 * topics created beforehand by the operator and {@code dangbo.kafka.create-topics=false}. Every Kafka client of the
 * service takes the same {@code kafka.*} security settings: the readiness check, the outbox relay's producer, the
 * incoming channel with its dead-letter producer, and SnapshotTopics' admin client. The test reads and writes as the
 * cluster's administrator, through the broker's PLAINTEXT listener.
 */
@QuarkusTest
@TestProfile(KafkaSecurityTest.SaslOnly.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class KafkaSecurityTest {

    /** The pod's Kafka settings: the SASL_SSL listener only, its CA, the KafkaUser's password, no topic creation. */
    public static class SaslOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return SecuredKafka.serviceSettings(SecuredKafka.broker(), SecuredKafka.PASSWORD);
        }
    }

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    SnapshotTopics snapshotTopics;

    private final KafkaServer kafka = SecuredKafka.broker();

    @Test
    void readyWithKafkasCheckUpThroughTheSaslListener() {
        await("ready").atMost(WAIT).pollInterval(Duration.ofMillis(250))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
        JsonPath health = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        assertEquals("UP", health.getString("checks.find { it.name == 'Kafka' }.status"));
        assertEquals(kafka.saslBootstrapServers(),
                health.getString("checks.find { it.name == 'Kafka' }.data.'bootstrap.servers'"),
                "the check asked the SASL listener");
    }

    @Test
    void aWriteReachesItsTopicsThroughTheOutboxRelay() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối (Kafka bảo mật)", "ĐUK");
        try (TopicReader events = TopicReader.of(kafka.bootstrapServers(), "registry.organisations.v1");
             TopicReader snapshots = TopicReader.of(kafka.bootstrapServers(), "registry.organisations.snapshot.v1")) {
            ConsumerRecord<String, String> created = events.awaitRecord(r -> bloc.toString().equals(r.key()), WAIT);
            assertEquals("vn.dangbo.registry.organisation.created.v1", TopicReader.header(created, "ce_type"));
            snapshots.awaitRecord(r -> bloc.toString().equals(r.key()), WAIT);
        }
    }

    @Test
    void theIncomingChannelAppliesAnApprovalAndDeadLettersAMalformedOne() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        UUID committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tư pháp", "ĐU");
        UUID cell = organisation(committee, "CELL", "Chi bộ Phòng Hành chính", "CB");
        String member = registerMember(admin(), memberBody(cell, "Trịnh Thị Lan", true)).statusCode(201).extract()
                .path("id");
        LocalDate approvedOn = LocalDate.of(2025, 7, 10);
        UUID broken = UUID.randomUUID();
        String malformed = CongressElections.resultsApproved(new Approval(broken, cell, "Chi bộ Phòng Hành chính",
                "CELL", "160-QĐ/ĐU", approvedOn, List.of())).replace("\"approvedOn\"", "\"approved\"");
        UUID congress = UUID.randomUUID();
        String approval = CongressElections.resultsApproved(new Approval(congress, cell, "Chi bộ Phòng Hành chính",
                "CELL", "161-QĐ/ĐU", approvedOn,
                List.of(new Position(UUID.fromString(member), "Trịnh Thị Lan", cell, "SECRETARY"))));
        try (TopicWriter writer = TopicWriter.of(kafka.bootstrapServers(), CongressElections.TOPIC)) {
            writer.send(CongressElections.event(CongressElections.RESULTS_APPROVED, broken, malformed));
            writer.send(CongressElections.event(CongressElections.RESULTS_APPROVED, congress, approval));
        }

        await("the approval applied").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(admin()).get("/organisations/" + cell + "/position-approvals")
                        .then().statusCode(200).extract().jsonPath().getList("$").size() == 1);
        given().auth().oauth2(admin()).queryParam("date", approvedOn.toString())
                .get("/organisations/" + cell + "/positions").then().statusCode(200)
                .body("fullName", hasItem("Trịnh Thị Lan"));
        try (TopicReader dead = TopicReader.of(kafka.bootstrapServers(), "registry.dlq.v1")) {
            ConsumerRecord<String, String> record = dead.awaitRecord(r -> broken.toString().equals(r.key()), WAIT);
            assertEquals(CongressElections.TOPIC, TopicReader.header(record, "dead-letter-topic"));
        }
    }

    @Test
    void theSnapshotTopicsAreCheckedUnderTheUsersAclsWithoutCreatingAny() {
        // the operator created them compacted; the user may describe them but not read their configuration
        assertEquals(List.of(), snapshotTopics.check(), "both snapshot topics are there, nothing to warn about");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertTrue(kafka.enforcesAcls());
    }
}

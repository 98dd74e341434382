package vn.dangbo.registry.snapshot;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;
import static vn.dangbo.registry.support.RegistryApi.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** A subscriber starting from scratch reads the compacted snapshot topics and knows the latest state. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class SnapshotTopicsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSnapshotTopicsAreLogCompacted() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                RealInfrastructure.kafka().bootstrapServers()))) {
            for (String topic : List.of("registry.organisations.snapshot.v1", "registry.members.snapshot.v1")) {
                ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
                String policy = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS)
                        .get(resource).get("cleanup.policy").value();
                assertEquals("compact", policy, topic);
            }
        }
    }

    @Test
    void aMoveRefreshesTheSnapshotOfEveryDescendantAndAStepTheMembersOne() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        UUID committeeA = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Công an", "ĐU");
        UUID committeeB = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Quốc phòng", "ĐU");
        UUID partial = organisation(committeeA, "PARTIAL_COMMITTEE", "Đảng bộ bộ phận Cảnh sát", "ĐBBP");
        UUID cell = organisation(partial, "CELL", "Chi bộ Giao thông", "CB");
        send(admin(), "POST", "/organisations/" + partial + "/move", "\"0\"", Map.of("parentId", committeeB))
                .statusCode(200);
        // the cell's own version did not change, but its snapshot carries the new path
        List<String> newPath = List.of(bloc.toString(), committeeB.toString(), partial.toString(), cell.toString());
        Topics.await("registry.organisations.snapshot.v1", r -> r.key().equals(cell.toString())
                && newPath.equals(JSON.convertValue(read(r.value()).at("/organisation/path"), List.class)), 1);

        String member = registerMember(admin(), memberBody(cell, "Nông Văn Dũng", true)).statusCode(201)
                .extract().path("id");
        send(admin(), "POST", "/members/" + member + "/removal", null, step(LocalDate.now(), "Quyết định số 7-QĐ/ĐU"))
                .statusCode(200);
        // the member left the list: a tombstone (null value) instead of a snapshot, after the first snapshot
        List<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> records = Topics.await(
                "registry.members.snapshot.v1", r -> r.key().equals(member), 2);
        assertEquals("ACTIVE", read(records.get(0).value()).at("/member/state").asText());
        Topics.assertTombstone(records.get(1));
        assertEquals("vn.dangbo.registry.member.snapshot.v1",
                vn.dangbo.testsupport.kafka.TopicReader.header(records.get(1), "ce_type"));
        // the lifecycle event still carries the final state
        Topics.await("registry.members.v1", r -> r.key().equals(member)
                && "LEFT".equals(read(r.value()).at("/member/state").asText()), 1);
    }

    @Test
    void anAdminRepublishesEveryStateForNewSubscribers() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        given().auth().oauth2(admin()).post("/snapshots/republish").then().statusCode(200)
                .body("organisations", greaterThanOrEqualTo(1));
        Topics.await("registry.organisations.snapshot.v1", r -> r.key().equals(bloc.toString()), 2);
        given().auth().oauth2(RealInfrastructure.tokens().officer(bloc.toString())).post("/snapshots/republish")
                .then().statusCode(403);
    }

    private static JsonNode read(String json) {
        if (json == null) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

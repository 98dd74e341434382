package vn.dangbo.registry.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Chức vụ Đảng: positions held in party bodies, as an officer records them and a subscriber sees them. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class MemberPositionsHttpTest {

    private static final LocalDate TODAY = LocalDate.now();

    UUID committee;
    UUID cellOne;
    UUID cellTwo;

    @BeforeEach
    void tree() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng UBND tỉnh", "ĐU");
        cellOne = organisation(committee, "CELL", "Chi bộ I", "CB");
        cellTwo = organisation(committee, "CELL", "Chi bộ II", "CB");
    }

    @Test
    void aSecretaryIsAssignedListedAndEndedAndABodyHasOneAtATime() throws Exception {
        String first = member(cellOne, "Đinh Văn Thư");
        String second = member(cellOne, "Lương Thị Kế");

        String positionId = send(admin(), "POST", "/members/" + first + "/positions", "\"0\"",
                position("SECRETARY", cellOne, LocalDate.of(2020, 10, 15), null, "Quyết định số 15-QĐ/ĐU"))
                .statusCode(201)
                .header("ETag", equalTo("\"1\""))
                .body("version", equalTo(1))
                .body("positions", hasSize(1))
                .body("positions[0].role", equalTo("SECRETARY"))
                .body("positions[0].organisationId", equalTo(cellOne.toString()))
                .body("positions[0].startedOn", equalTo("2020-10-15"))
                .body("positions[0].current", equalTo(true))
                .body("positions[0].decisionReference", equalTo("Quyết định số 15-QĐ/ĐU"))
                .extract().path("positions[0].id");
        // positions are public: a viewer sees them too
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).get("/members/" + first).then().statusCode(200)
                .body("positions.role", contains("SECRETARY"))
                .body("positions[0].endedOn", nullValue());

        send(admin(), "POST", "/members/" + second + "/positions", null,
                position("SECRETARY", cellOne, LocalDate.of(2024, 1, 2), null, null))
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("Chi bộ I đã có bí thư là đồng chí Đinh Văn Thư từ ngày 15/10/2020"))
                .body("errors[0].field", equalTo("role"));

        Map<String, Object> end = new LinkedHashMap<>();
        end.put("endedOn", TODAY.toString());
        end.put("decisionReference", "Quyết định số 20-QĐ/ĐU");
        send(admin(), "POST", "/members/" + first + "/positions/" + positionId + "/end", "\"1\"", end).statusCode(200)
                .body("version", equalTo(2))
                .body("positions[0].endedOn", equalTo(TODAY.toString()))
                .body("positions[0].current", equalTo(false))
                .body("positions[0].endDecisionReference", equalTo("Quyết định số 20-QĐ/ĐU"));
        send(admin(), "POST", "/members/" + first + "/positions/" + positionId + "/end", null, end).statusCode(409)
                .body("detail", containsString("đã kết thúc từ ngày"));
        send(admin(), "POST", "/members/" + first + "/positions/" + UUID.randomUUID() + "/end", null, end)
                .statusCode(404);

        // the successor takes over on the day the predecessor ended
        send(admin(), "POST", "/members/" + second + "/positions", null,
                position("SECRETARY", cellOne, TODAY, null, "Quyết định số 21-QĐ/ĐU")).statusCode(201)
                .body("positions[0].current", equalTo(true));

        ConsumerRecord<String, String> assigned = Topics.await("registry.members.v1",
                Topics.ofType(first, "vn.dangbo.registry.member.position-assigned.v1"), 1).get(0);
        JsonNode data = new ObjectMapper().readTree(assigned.value());
        assertEquals("SECRETARY", data.get("position").get("role").asText());
        assertEquals(positionId, data.get("member").get("positions").get(0).get("id").asText());
        assertEquals(1, data.get("member").get("version").asInt());
        ConsumerRecord<String, String> ended = Topics.await("registry.members.v1",
                Topics.ofType(first, "vn.dangbo.registry.member.position-ended.v1"), 1).get(0);
        JsonNode endedData = new ObjectMapper().readTree(ended.value());
        assertEquals(TODAY.toString(), endedData.get("position").get("endedOn").asText());
        assertEquals("Quyết định số 20-QĐ/ĐU", endedData.get("decisionReference").asText());
        // registered, assigned, ended: the latest public state, validated against the snapshot schema
        JsonNode snapshot = new ObjectMapper().readTree(Topics.await("registry.members.snapshot.v1",
                r -> r.key().equals(first), 3).get(2).value()).get("member");
        assertEquals(2, snapshot.get("version").asInt());
        assertEquals(TODAY.toString(), snapshot.get("positions").get(0).get("endedOn").asText());

        given().auth().oauth2(admin()).get("/audit?entity=member&id=" + first).then().statusCode(200)
                .body("action", contains("REGISTERED", "POSITION_ASSIGNED", "POSITION_ENDED"))
                .body("[1].before.positions", hasSize(0))
                .body("[1].after.positions[0].role", equalTo("SECRETARY"))
                .body("[2].after.positions[0].endedOn", equalTo(TODAY.toString()));
    }

    @Test
    void thePartysRulesAreRefusedInVietnamese() {
        String full = member(cellOne, "Phan Văn Quy");
        String probationary = registerMember(admin(), memberBody(cellOne, "Phan Thị Dự", false)).statusCode(201)
                .extract().path("id");
        String path = "/members/" + full + "/positions";

        send(admin(), "POST", "/members/" + probationary + "/positions", null,
                position("COMMITTEE_MEMBER", cellOne, LocalDate.of(2024, 1, 2), null, null)).statusCode(422)
                .body("detail", containsString("đảng viên dự bị không được bầu vào cấp ủy"));
        send(admin(), "POST", path, null, position("SECRETARY", cellTwo, LocalDate.of(2024, 1, 2), null, null))
                .statusCode(422).body("errors[0].field", equalTo("organisationId"))
                .body("detail", containsString("không sinh hoạt trong Chi bộ II"));
        send(admin(), "POST", path, null,
                position("STANDING_COMMITTEE_MEMBER", cellOne, LocalDate.of(2024, 1, 2), null, null))
                .statusCode(422).body("errors[0].field", equalTo("role"))
                .body("detail", containsString("Chi bộ I không có ban thường vụ"));
        send(admin(), "POST", path, null, position("SECRETARY", cellOne, LocalDate.of(2009, 1, 2), null, null))
                .statusCode(422).body("errors[0].field", equalTo("startedOn"))
                .body("detail", containsString("trước ngày vào Đảng"));
        send(admin(), "POST", path, null, position("SECRETARY", cellOne, LocalDate.of(2020, 1, 2),
                LocalDate.of(2019, 1, 2), null)).statusCode(400).body("errors[0].field", equalTo("endedOn"));
        send(admin(), "POST", path, null, position("SECRETARY", cellOne, TODAY.plusDays(1), null, null))
                .statusCode(400).body("errors[0].field", equalTo("startedOn"))
                .body("errors[0].message", equalTo("không được sau ngày hôm nay"));
        send(admin(), "POST", path, null, position("SECRETARY", UUID.randomUUID(), LocalDate.of(2020, 1, 2), null,
                null)).statusCode(422).body("errors[0].field", equalTo("organisationId"));
        send(admin(), "POST", path, null, position("CHAIR", cellOne, LocalDate.of(2020, 1, 2), null, null))
                .statusCode(400).body("errors[0].field", equalTo("role"));
        send(admin(), "POST", path, "\"7\"", position("SECRETARY", cellOne, LocalDate.of(2020, 1, 2), null, null))
                .statusCode(412);

        // a member of one of its cells sits on the committee; twice at a time in one role is refused
        send(admin(), "POST", path, null, position("COMMITTEE_MEMBER", committee, LocalDate.of(2015, 10, 1),
                LocalDate.of(2020, 10, 1), null)).statusCode(201);
        send(admin(), "POST", path, null, position("COMMITTEE_MEMBER", committee, LocalDate.of(2020, 10, 1), null,
                null)).statusCode(201);
        send(admin(), "POST", path, null, position("COMMITTEE_MEMBER", committee, LocalDate.of(2022, 3, 1), null, null))
                .statusCode(409).body("detail", containsString("đã giữ chức vụ cấp ủy viên của Đảng bộ Văn phòng UBND tỉnh"));
        send(admin(), "POST", path, null, position("INSPECTION_COMMISSION_MEMBER", committee, LocalDate.of(2020, 10, 1),
                null, null)).statusCode(201)
                .body("positions.role", contains("COMMITTEE_MEMBER", "COMMITTEE_MEMBER", "INSPECTION_COMMISSION_MEMBER"))
                .body("positions.current", contains(false, true, true));
    }

    @Test
    void anOfficerAssignsPositionsOnlyInBodiesOfTheirSubtree() {
        String id = member(cellOne, "Tôn Văn Phụ");
        send(RealInfrastructure.tokens().officer(cellTwo.toString()), "POST", "/members/" + id + "/positions", null,
                position("SECRETARY", cellOne, LocalDate.of(2020, 1, 2), null, null)).statusCode(403);
        send(RealInfrastructure.tokens().officer(cellOne.toString()), "POST", "/members/" + id + "/positions", null,
                position("COMMITTEE_MEMBER", committee, LocalDate.of(2020, 1, 2), null, null)).statusCode(403);
        String positionId = send(RealInfrastructure.tokens().officer(committee.toString()), "POST",
                "/members/" + id + "/positions", null, position("DEPUTY_SECRETARY", cellOne, LocalDate.of(2020, 1, 2),
                        null, null)).statusCode(201).extract().path("positions[0].id");
        send(RealInfrastructure.tokens().officer(cellTwo.toString()), "POST",
                "/members/" + id + "/positions/" + positionId + "/end", null, Map.of("endedOn", TODAY.toString()))
                .statusCode(403);
        send(RealInfrastructure.tokens().viewer(), "POST", "/members/" + id + "/positions", null,
                position("SECRETARY", cellOne, LocalDate.of(2020, 1, 2), null, null)).statusCode(403);
    }

    @Test
    void aMemberWhoLeavesOrIsTransferredOutNoLongerHoldsThePositionsLeftBehind() {
        String id = member(cellOne, "Vi Văn Chuyển");
        send(admin(), "POST", "/members/" + id + "/positions", null,
                position("SECRETARY", cellOne, LocalDate.of(2020, 10, 15), null, null)).statusCode(201);
        send(admin(), "POST", "/members/" + id + "/positions", null,
                position("COMMITTEE_MEMBER", committee, LocalDate.of(2020, 10, 1), null, null)).statusCode(201);

        send(admin(), "POST", "/members/" + id + "/transfer", null, Map.of("toOrganisationId", cellTwo,
                "effectiveDate", TODAY.toString(), "decisionReference", "Quyết định số 40-QĐ/ĐU")).statusCode(200)
                .body("positions.role", contains("COMMITTEE_MEMBER", "SECRETARY"))
                .body("positions.endedOn", contains(null, TODAY.toString()))
                .body("positions[1].endDecisionReference", equalTo("Quyết định số 40-QĐ/ĐU"));
        // Chi bộ I may have a new secretary at once
        String successor = member(cellOne, "Vi Thị Tiếp");
        send(admin(), "POST", "/members/" + successor + "/positions", null,
                position("SECRETARY", cellOne, TODAY, null, null)).statusCode(201);

        send(admin(), "POST", "/members/" + id + "/death", null, step(TODAY, "Thông báo số 5-TB/ĐU")).statusCode(200)
                .body("positions.endedOn", contains(TODAY.toString(), TODAY.toString()));
        Topics.await("registry.members.v1", Topics.ofType(id, "vn.dangbo.registry.member.died.v1"), 1);
    }

    private static String member(UUID cell, String name) {
        return registerMember(admin(), memberBody(cell, name, true)).statusCode(201).extract().path("id");
    }

    private static Map<String, Object> position(String role, UUID body, LocalDate startedOn, LocalDate endedOn,
            String decision) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("role", role);
        request.put("organisationId", body);
        request.put("startedOn", startedOn.toString());
        if (endedOn != null) {
            request.put("endedOn", endedOn.toString());
        }
        if (decision != null) {
            request.put("decisionReference", decision);
        }
        return request;
    }
}

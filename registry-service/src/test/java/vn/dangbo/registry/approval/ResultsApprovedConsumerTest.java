package vn.dangbo.registry.approval;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.support.CongressElections;
import vn.dangbo.registry.support.CongressElections.Approval;
import vn.dangbo.registry.support.CongressElections.Position;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The higher committee approves a cell congress' results (chuẩn y) and congress-service publishes it on
 * congress.elections.v1, as its schema defines it: the registry shows the new committee from the approval's day,
 * the previous one until the day before, and tells the office what it could not apply.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ResultsApprovedConsumerTest {

    private static final LocalDate ELECTED_IN_2020 = LocalDate.of(2020, 10, 15);
    private static final LocalDate APPROVED_ON = LocalDate.of(2025, 7, 10);
    private static final String DECISION = "Quyết định số 125-QĐ/ĐU chuẩn y kết quả bầu cử";
    private static final String DLQ = "registry.dlq.v1";
    private static final ObjectMapper JSON = new ObjectMapper();

    UUID committee;
    UUID cell;

    @BeforeEach
    void tree() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng UBND tỉnh", "ĐU");
        cell = organisation(committee, "CELL", "Chi bộ Phòng Tổng hợp", "CB");
    }

    @Test
    void theApprovedCommitteeTakesOverOnTheApprovalsDayAndThePreviousOneEndsThatDay() throws Exception {
        // the committee of the 2020 term: An secretary, Bình deputy, Cường member
        String an = member("Nguyễn Văn An", true);
        String binh = member("Trần Thị Bình", true);
        String cuong = member("Lê Văn Cường", true);
        String dung = member("Phạm Thị Dung", true);
        String probationary = member("Hoàng Văn Dự", false);
        assign(an, "SECRETARY");
        assign(an, "COMMITTEE_MEMBER");
        assign(binh, "DEPUTY_SECRETARY");
        assign(binh, "COMMITTEE_MEMBER");
        assign(cuong, "COMMITTEE_MEMBER");
        UUID unknown = UUID.randomUUID();

        // the 2025 term: Bình secretary, Dung deputy, An re-elected to the committee, Cường not
        CloudEvent sent = CongressElections.approve(new Approval(UUID.randomUUID(), cell, "Chi bộ Phòng Tổng hợp",
                "CELL", "125-QĐ/ĐU", APPROVED_ON, List.of(
                        position(binh, "Trần Thị Bình", "COMMITTEE_MEMBER"),
                        position(dung, "Phạm Thị Dung", "COMMITTEE_MEMBER"),
                        position(an, "Nguyễn Văn An", "COMMITTEE_MEMBER"),
                        new Position(unknown, "Vũ Văn Lạ", cell, "COMMITTEE_MEMBER"),
                        position(probationary, "Hoàng Văn Dự", "COMMITTEE_MEMBER"),
                        position(binh, "Trần Thị Bình", "SECRETARY"),
                        position(dung, "Phạm Thị Dung", "DEPUTY_SECRETARY"))));

        JsonPath approvals = awaitApprovals(cell, 1);
        assertEquals("125-QĐ/ĐU", approvals.getString("[0].decisionNumber"));
        assertEquals(APPROVED_ON.toString(), approvals.getString("[0].approvedOn"));
        assertEquals(5, approvals.getInt("[0].assigned"));
        assertEquals(5, approvals.getInt("[0].ended"), "An's two, Bình's two, Cường's one");
        List<String> problems = approvals.getList("[0].problems.message");
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("Chức vụ cấp ủy viên của Chi bộ Phòng Tổng hợp (đồng chí Vũ Văn Lạ) "
                + "chưa được giao: không có đảng viên với mã " + unknown), problems.get(0));
        assertTrue(problems.get(1).contains("(đồng chí Hoàng Văn Dự) chưa được giao") && problems.get(1)
                .contains("đảng viên dự bị không được bầu vào cấp ủy"), problems.get(1));
        assertEquals(List.of(unknown.toString(), probationary), approvals.getList("[0].problems.memberId"));

        // the body from the approval's day, and until the day before
        bodyOn(APPROVED_ON)
                .body("role", contains("SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER", "COMMITTEE_MEMBER",
                        "COMMITTEE_MEMBER"))
                .body("fullName", contains("Trần Thị Bình", "Phạm Thị Dung", "Nguyễn Văn An", "Trần Thị Bình",
                        "Phạm Thị Dung"))
                .body("startedOn", contains(APPROVED_ON.toString(), APPROVED_ON.toString(), APPROVED_ON.toString(),
                        APPROVED_ON.toString(), APPROVED_ON.toString()))
                .body("decisionReference", contains(DECISION, DECISION, DECISION, DECISION, DECISION));
        bodyOn(APPROVED_ON.minusDays(1))
                .body("role", contains("SECRETARY", "DEPUTY_SECRETARY", "COMMITTEE_MEMBER", "COMMITTEE_MEMBER",
                        "COMMITTEE_MEMBER"))
                .body("fullName", contains("Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn An", "Trần Thị Bình",
                        "Lê Văn Cường"));

        // the member's own record: the 2020 term ended on the approval's day with its decision, the new one begun
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).get("/members/" + an).then().statusCode(200)
                .body("positions.role", contains("SECRETARY", "COMMITTEE_MEMBER", "COMMITTEE_MEMBER"))
                .body("positions.startedOn", contains(ELECTED_IN_2020.toString(), ELECTED_IN_2020.toString(),
                        APPROVED_ON.toString()))
                .body("positions.endedOn", contains(APPROVED_ON.toString(), APPROVED_ON.toString(), null))
                .body("positions.current", contains(false, false, true))
                .body("positions[0].endDecisionReference", equalTo(DECISION));
        given().auth().oauth2(admin()).get("/members/" + cuong).then().statusCode(200)
                .body("positions", hasSize(1))
                .body("positions[0].endedOn", equalTo(APPROVED_ON.toString()));

        // subscribers (congress-service's roll for re-election): one event per member, its version once higher
        ConsumerRecord<String, String> binhAssigned = Topics.await("registry.members.v1",
                Topics.ofType(binh, "vn.dangbo.registry.member.position-assigned.v1"), 3).get(2);
        JsonNode data = JSON.readTree(binhAssigned.value());
        assertEquals("SECRETARY", data.at("/position/role").asText(), "the most senior position given");
        assertEquals(DECISION, data.at("/decisionReference").asText());
        assertEquals(3, data.at("/member/version").asInt(), "two positions by hand, then the approval once");
        assertEquals(4, data.at("/member/positions").size());
        long current = 0;
        for (JsonNode p : data.at("/member/positions")) {
            current += p.path("endedOn").isNull() ? 1 : 0;
        }
        assertEquals(2, current, "secretary and committee member of the new term");
        JsonNode cuongEnded = JSON.readTree(Topics.await("registry.members.v1",
                Topics.ofType(cuong, "vn.dangbo.registry.member.position-ended.v1"), 1).get(0).value());
        assertEquals(APPROVED_ON.toString(), cuongEnded.at("/position/endedOn").asText());
        assertEquals(DECISION, cuongEnded.at("/decisionReference").asText());

        given().auth().oauth2(admin()).get("/audit?entity=member&id=" + binh).then().statusCode(200)
                .body("action", contains("REGISTERED", "POSITION_ASSIGNED", "POSITION_ASSIGNED", "POSITION_ASSIGNED"))
                .body("[3].actor", equalTo(CongressElections.SOURCE))
                .body("[3].before.positions.current", contains(true, true))
                .body("[3].after.positions.current", contains(false, false, true, true));

        // the same record again (a consumer crash before its offset was committed): nothing changes
        CongressElections.send(sent);
        UUID otherCell = organisation(committee, "CELL", "Chi bộ Phòng Kế toán", "CB");
        String sentinel = registerMember(admin(), memberBody(otherCell, "Đỗ Văn Mốc", true)).statusCode(201)
                .extract().path("id");
        CongressElections.approve(new Approval(UUID.randomUUID(), otherCell, "Chi bộ Phòng Kế toán", "CELL",
                "130-QĐ/ĐU", APPROVED_ON, List.of(new Position(UUID.fromString(sentinel), "Đỗ Văn Mốc", otherCell,
                        "SECRETARY"))));
        awaitApprovals(otherCell, 1);
        assertEquals(1, approvals(cell).getList("$").size());
        given().auth().oauth2(admin()).get("/members/" + binh).then().statusCode(200).body("version", equalTo(3))
                .body("positions", hasSize(4));
    }

    @Test
    void theSameApprovalPublishedAgainUnderANewIdGivesNothingTwice() {
        String an = member("Đinh Văn An", true);
        String binh = member("Mai Thị Bình", true);
        assign(an, "SECRETARY");
        Approval approval = new Approval(UUID.randomUUID(), cell, "Chi bộ Phòng Tổng hợp", "CELL", "140-QĐ/ĐU",
                APPROVED_ON, List.of(position(binh, "Mai Thị Bình", "SECRETARY"),
                        position(an, "Đinh Văn An", "COMMITTEE_MEMBER")));
        CongressElections.approve(approval);
        awaitApprovals(cell, 1);
        // a republished approval (a new event id): every position is already held from that day
        CongressElections.approve(approval);
        JsonPath approvals = awaitApprovals(cell, 2);
        assertEquals(List.of(2, 1), List.of(approvals.getInt("[1].assigned"), approvals.getInt("[1].ended")));
        assertEquals(List.of(0, 0, 2), List.of(approvals.getInt("[0].assigned"), approvals.getInt("[0].ended"),
                approvals.getInt("[0].alreadyHeld")), "the later one, listed first");
        given().auth().oauth2(admin()).get("/members/" + binh).then().statusCode(200).body("version", equalTo(1))
                .body("positions", hasSize(1));
        bodyOn(APPROVED_ON).body("fullName", contains("Mai Thị Bình", "Đinh Văn An"));
    }

    @Test
    void otherElectionEventsAreIgnoredAndAMalformedApprovalIsDeadLetteredWhileTheNextOneApplies() {
        UUID listCongress = UUID.randomUUID();
        String member = member("Tạ Văn Sau", true);
        CongressElections.send(CongressElections.event(CongressElections.LIST_APPROVED, listCongress,
                CongressElections.listApproved(listCongress, cell, UUID.fromString(member), "Tạ Văn Sau")));
        UUID broken = UUID.randomUUID();
        String withoutDate = CongressElections.resultsApproved(new Approval(broken, cell, "Chi bộ Phòng Tổng hợp",
                "CELL", "150-QĐ/ĐU", APPROVED_ON, List.of())).replace("\"approvedOn\"", "\"approved\"");
        CongressElections.send(CongressElections.event(CongressElections.RESULTS_APPROVED, broken, withoutDate));
        CongressElections.approve(new Approval(UUID.randomUUID(), cell, "Chi bộ Phòng Tổng hợp", "CELL", "151-QĐ/ĐU",
                APPROVED_ON, List.of(position(member, "Tạ Văn Sau", "SECRETARY"))));

        awaitApprovals(cell, 1);
        try (TopicReader dead = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), DLQ)) {
            ConsumerRecord<String, String> record = dead.awaitRecord(r -> broken.toString().equals(r.key()),
                    Duration.ofSeconds(30));
            assertTrue(TopicReader.header(record, "dead-letter-reason").contains("/approvedOn"),
                    TopicReader.header(record, "dead-letter-reason"));
            assertEquals(CongressElections.TOPIC, TopicReader.header(record, "dead-letter-topic"));
            assertTrue(dead.seen().stream().noneMatch(r -> listCongress.toString().equals(r.key())),
                    "an election event the registry does not apply is no dead letter");
        }
        bodyOn(APPROVED_ON).body("fullName", contains("Tạ Văn Sau"));
    }

    @Test
    void aCommitteesApprovalGivesTheStandingCommitteeAndTheInspectionChairToMembersOfItsCells() throws Exception {
        String chair = registerMember(admin(), memberBody(cell, "Lò Văn Kiểm", true)).statusCode(201).extract()
                .path("id");
        String previousChair = registerMember(admin(), memberBody(cell, "Quàng Thị Tra", true)).statusCode(201)
                .extract().path("id");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("role", "INSPECTION_COMMISSION_MEMBER");
        request.put("organisationId", committee);
        request.put("startedOn", ELECTED_IN_2020.toString());
        send(admin(), "POST", "/members/" + previousChair + "/positions", null, request).statusCode(201);
        request.put("role", "INSPECTION_COMMISSION_CHAIR");
        send(admin(), "POST", "/members/" + previousChair + "/positions", null, request).statusCode(201)
                .body("positions.role", contains("INSPECTION_COMMISSION_MEMBER", "INSPECTION_COMMISSION_CHAIR"));

        UUID chairId = UUID.fromString(chair);
        CongressElections.approve(new Approval(UUID.randomUUID(), committee, "Đảng bộ Văn phòng UBND tỉnh",
                "GRASSROOTS_COMMITTEE", "45-QĐ/ĐUK", APPROVED_ON, List.of(
                        new Position(chairId, "Lò Văn Kiểm", committee, "COMMITTEE_MEMBER"),
                        new Position(chairId, "Lò Văn Kiểm", committee, "STANDING_COMMITTEE_MEMBER"),
                        new Position(chairId, "Lò Văn Kiểm", committee, "INSPECTION_COMMISSION_MEMBER"),
                        new Position(chairId, "Lò Văn Kiểm", committee, "INSPECTION_COMMISSION_CHAIR"))));

        JsonPath approvals = awaitApprovals(committee, 1);
        assertEquals(List.of(4, 2), List.of(approvals.getInt("[0].assigned"), approvals.getInt("[0].ended")));
        assertEquals(List.of(), approvals.getList("[0].problems"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).get("/organisations/" + committee + "/positions")
                .then().statusCode(200)
                .body("role", contains("STANDING_COMMITTEE_MEMBER", "INSPECTION_COMMISSION_CHAIR", "COMMITTEE_MEMBER",
                        "INSPECTION_COMMISSION_MEMBER"))
                .body("fullName", contains("Lò Văn Kiểm", "Lò Văn Kiểm", "Lò Văn Kiểm", "Lò Văn Kiểm"));
        given().auth().oauth2(admin()).get("/members/" + previousChair).then().statusCode(200)
                .body("positions.endedOn", contains(APPROVED_ON.toString(), APPROVED_ON.toString()));
        // validated against the registry's own schema, whose role list now has the chair
        JsonNode assigned = JSON.readTree(Topics.await("registry.members.v1",
                Topics.ofType(chair, "vn.dangbo.registry.member.position-assigned.v1"), 1).get(0).value());
        assertEquals("STANDING_COMMITTEE_MEMBER", assigned.at("/position/role").asText());
        assertEquals(4, assigned.at("/member/positions").size());
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private String member(String name, boolean full) {
        return registerMember(admin(), memberBody(cell, name, full)).statusCode(201).extract().path("id");
    }

    /** A position of the 2020 term, recorded by hand as before the approvals came from congress-service. */
    private void assign(String memberId, String role) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("role", role);
        request.put("organisationId", cell);
        request.put("startedOn", ELECTED_IN_2020.toString());
        request.put("decisionReference", "Quyết định số 15-QĐ/ĐU");
        send(admin(), "POST", "/members/" + memberId + "/positions", null, request).statusCode(201);
    }

    private Position position(String memberId, String fullName, String role) {
        return new Position(UUID.fromString(memberId), fullName, cell, role);
    }

    private io.restassured.response.ValidatableResponse bodyOn(LocalDate day) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("date", day.toString())
                .get("/organisations/" + cell + "/positions").then().statusCode(200);
    }

    private static JsonPath approvals(UUID organisation) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/organisations/" + organisation + "/position-approvals").then().statusCode(200).extract()
                .jsonPath();
    }

    private static JsonPath awaitApprovals(UUID organisation, int count) {
        await(count + " approval(s) applied to " + organisation).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> approvals(organisation).getList("$").size() >= count);
        return approvals(organisation);
    }
}

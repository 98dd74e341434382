package vn.dangbo.emulation.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static vn.dangbo.emulation.nomination.NominationApi.act;
import static vn.dangbo.emulation.nomination.NominationApi.admin;
import static vn.dangbo.emulation.nomination.NominationApi.draft;
import static vn.dangbo.emulation.nomination.NominationApi.hanoi;
import static vn.dangbo.emulation.nomination.NominationApi.path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Member;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * A nomination from the draft to the council's vote: the deadline "trước ngày 20/4/2024" at its edge, the office's
 * return with reasons, the council's threshold from the movement's settings, every transition in the history, and the
 * events as published on emulation.awards.v1, each checked against its schema.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class NominationFlowTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RegistryPlayer registry;
    private static Org bloc;
    private static Org health;
    private static Org planning;
    private static String movement;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
        bloc = registry.organisation(Org.bloc("Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh (thử đề nghị)"));
        health = registry.organisation(bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Sở Y tế", "ĐU"));
        planning = registry.organisation(health.child("CELL", "Chi bộ Phòng Kế hoạch - Tài chính", "CB"));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    /** Launched at the first test: RestAssured knows the service's port only once a test runs. */
    private static String movement() {
        if (movement == null) {
            movement = NominationApi.launch(bloc);
        }
        return movement;
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void fromTheDraftToTheCouncilsApprovalEveryTransitionIsAuditedAndPublished() throws Exception {
        Member an = registry.member(Member.of(planning, "Nguyễn Thị An", "FEMALE"));
        String officer = RealInfrastructure.tokens().officer(health.id().toString());
        String office = RealInfrastructure.tokens().officer(bloc.id().toString());
        String id = NominationApi.create(officer, movement(), health.id(), "MEMBER", an.id(), null)
                .statusCode(201)
                .header("Location", containsString(path(movement()) + "/"))
                .body("state", equalTo("DRAFT"))
                .body("nomineeName", equalTo("Nguyễn Thị An"))
                .body("organisationId", equalTo(planning.id().toString()))
                .body("organisationName", equalTo("Chi bộ Phòng Kế hoạch - Tài chính"))
                .body("nominatedByName", equalTo("Đảng bộ Sở Y tế"))
                .body("formCode", equalTo("GIAY_KHEN_BTV_DUK"))
                .body("formName", equalTo("Giấy khen"))
                .extract().path("id");

        TestClock.standAt(hanoi(4, 10, 9, 0));
        act(officer, movement(), id, "submit", null).statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("late", equalTo(false))
                .body("submittedAt", equalTo("2024-04-10T02:00:00Z"));
        // the proposer is not the office
        act(officer, movement(), id, "review", null).statusCode(403);
        act(office, movement(), id, "return", Map.of("reasons", List.of())).statusCode(400);
        act(office, movement(), id, "return", Map.of("reasons", List.of("Thiếu báo cáo thành tích có xác nhận "
                + "của cấp ủy", "Ghi rõ số liệu năm 2023"))).statusCode(200)
                .body("state", equalTo("RETURNED"))
                .body("returnReasons[1]", equalTo("Ghi rõ số liệu năm 2023"));
        TestClock.standAt(hanoi(4, 15, 14, 30));
        act(officer, movement(), id, "submit", null).statusCode(200).body("state", equalTo("SUBMITTED"));
        act(office, movement(), id, "council-vote", Map.of("membersPresent", 7, "votesFor", 5, "votesAgainst", 2))
                .statusCode(409).body("detail", containsString("Đã gửi"));
        act(office, movement(), id, "review", null).statusCode(200).body("state", equalTo("UNDER_REVIEW"));
        act(office, movement(), id, "council-vote", Map.of("membersPresent", 8, "votesFor", 5, "votesAgainst", 2))
                .statusCode(422).body("errors[0].field", equalTo("membersPresent"))
                .body("detail", containsString("nhiều hơn số thành viên Hội đồng (7)"));
        act(office, movement(), id, "council-vote", Map.of("membersPresent", 6, "votesFor", 5, "votesAgainst", 2))
                .statusCode(422).body("errors[0].field", equalTo("votesFor"));
        // the plan's council: strictly above 50% of its 7 members, so 4 votes
        act(office, movement(), id, "council-vote", Map.of("membersPresent", 6, "votesFor", 4, "votesAgainst", 2))
                .statusCode(200).body("state", equalTo("APPROVED"))
                .body("councilVote.members", equalTo(7)).body("councilVote.votesFor", equalTo(4));
        act(office, movement(), id, "return", Map.of("reasons", List.of("muộn"))).statusCode(409);

        List<Map<String, Object>> history = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(path(movement()) + "/" + id + "/history")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals(List.of("DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "UNDER_REVIEW", "APPROVED"),
                history.stream().map(h -> h.get("to")).toList());
        assertEquals(java.util.Arrays.asList(null, "DRAFT", "SUBMITTED", "RETURNED", "SUBMITTED", "UNDER_REVIEW"),
                history.stream().map(h -> h.get("from")).toList());
        assertEquals("Thiếu báo cáo thành tích có xác nhận của cấp ủy; Ghi rõ số liệu năm 2023",
                history.get(2).get("reason"));
        assertEquals("4/6 thành viên có mặt đồng ý (7 thành viên Hội đồng), 2 không đồng ý; ngưỡng: trên 50% tổng "
                + "số thành viên Hội đồng (7): ít nhất 4 phiếu đồng ý", history.get(5).get("reason"));
        history.forEach(h -> {
            assertNotNull(h.get("actor"), h.toString());
            assertNotNull(h.get("at"), h.toString());
        });

        try (TopicReader awards = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                NominationEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> events = awards.awaitRecords(r -> id.equals(r.key()), 4, PATIENCE);
            assertEquals(List.of(NominationEvents.SUBMITTED, NominationEvents.RETURNED, NominationEvents.SUBMITTED,
                    NominationEvents.REVIEW_CONCLUDED), events.stream().map(r -> TopicReader.header(r, "ce_type"))
                            .toList());
            for (ConsumerRecord<String, String> event : events) {
                String type = TopicReader.header(event, "ce_type");
                EventSchemas.assertCloudEvent(event, type, "/dangbo/emulation-service");
                EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), event.value());
            }
            JsonNode resubmitted = JSON.readTree(events.get(2).value());
            assertEquals(true, resubmitted.path("resubmission").asBoolean());
            assertEquals("Nguyễn Thị An", resubmitted.at("/nomination/nomineeName").asText());
            JsonNode returned = JSON.readTree(events.get(1).value());
            assertEquals("Ghi rõ số liệu năm 2023", returned.at("/reasons/1").asText());
            JsonNode concluded = JSON.readTree(events.get(3).value());
            assertEquals("APPROVED", concluded.path("outcome").asText());
            assertEquals(4, concluded.at("/threshold/votesRequired").asInt());
            assertEquals("ALL_MEMBERS", concluded.at("/threshold/base").asText());
            assertEquals(6, concluded.at("/tally/membersPresent").asInt());
        }
    }

    @Test
    void aNominationAt20AprilMidnightIsRefusedWithTheDeadlineAnd19AprilAt2359IsAccepted() {
        Member binh = registry.member(Member.of(planning, "Trần Văn Bình", "MALE"));
        String id = draft(movement(), health, "MEMBER", binh.id());
        String officer = RealInfrastructure.tokens().officer(health.id().toString());

        TestClock.standAt(hanoi(4, 20, 0, 0));
        act(officer, movement(), id, "submit", null).statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("submittedAt"))
                .body("detail", containsString("hạn cuối là 23:59:59 ngày 19/4/2024"));
        given().auth().oauth2(admin()).when().get(path(movement()) + "/" + id)
                .then().statusCode(200).body("state", equalTo("DRAFT")).body("submittedAt", nullValue());

        TestClock.standAt(hanoi(4, 19, 23, 59));
        act(officer, movement(), id, "submit", null).statusCode(200)
                .body("state", equalTo("SUBMITTED")).body("late", equalTo(false));
        act(officer, movement(), id, "submit", null).statusCode(409);
    }

    @Test
    void lateUnderTheOfficesOverrideIsAcceptedAndFlagged() {
        // its own organisation: the override is for it alone
        Org school = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Trường Chính trị tỉnh", "CB"));
        Member cuong = registry.member(Member.of(school, "Lê Văn Cường", "MALE"));
        String id = draft(movement(), school, "MEMBER", cuong.id());
        String office = RealInfrastructure.tokens().officer(bloc.id().toString());
        // the office's override, as the deadline feature stores it
        try (var db = RealInfrastructure.postgres().connect("emulation");
                var insert = db.prepareStatement("insert into deadline_override (id, movement_id, kind, "
                        + "organisation_id, until, reason, recorded_by) values (?, ?, 'NOMINATION', ?, ?, ?, 'office')")) {
            insert.setObject(1, java.util.UUID.randomUUID());
            insert.setObject(2, java.util.UUID.fromString(movement()));
            insert.setObject(3, school.id());
            insert.setObject(4, java.time.OffsetDateTime.ofInstant(hanoi(4, 22, 17, 0), NominationApi.HANOI));
            insert.setString(5, "Đơn vị bổ sung hồ sơ theo yêu cầu của Văn phòng");
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        TestClock.standAt(hanoi(4, 21, 10, 0));
        act(RealInfrastructure.tokens().officer(school.id().toString()), movement(), id, "submit", null)
                .statusCode(200).body("late", equalTo(true));
        List<Map<String, Object>> history = given().auth().oauth2(office)
                .when().get(path(movement()) + "/" + id + "/history")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertEquals("Nộp muộn theo cho phép của Văn phòng: Đơn vị bổ sung hồ sơ theo yêu cầu của Văn phòng",
                history.get(1).get("reason"));
    }

    @Test
    void theCouncilsThresholdAndItsBaseAreTheMovementsSettings() {
        Org otherBloc = registry.organisation(Org.bloc("Đảng bộ Khối Doanh nghiệp tỉnh (thử Hội đồng)"));
        Org power = registry.organisation(otherBloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Công ty Điện lực",
                "ĐU"));
        Member dung = registry.member(Member.of(power, "Phạm Thị Dung", "FEMALE"));
        Member giang = registry.member(Member.of(power, "Vũ Văn Giang", "MALE"));
        String movement = NominationApi.launch(otherBloc);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("members", 7, "base", "ALL", "percent", 90, "strictlyAbove", false))
                .when().put("/movements/" + movement + "/settings/council")
                .then().statusCode(400).body("errors[0].field", equalTo("council.base"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("source", "Văn phòng: 90% tổng số thành viên", "members", 7, "base", "ALL_MEMBERS",
                        "percent", 90, "strictlyAbove", false))
                .when().put("/movements/" + movement + "/settings/council")
                .then().statusCode(200);

        TestClock.standAt(hanoi(4, 1, 8, 0));
        String six = underReview(movement, power, dung);
        act(admin(), movement, six, "council-vote", Map.of("membersPresent", 7, "votesFor", 6, "votesAgainst", 1))
                .statusCode(200).body("state", equalTo("REJECTED"));
        String seven = underReview(movement, power, giang);
        act(admin(), movement, seven, "council-vote", Map.of("membersPresent", 7, "votesFor", 7, "votesAgainst", 0))
                .statusCode(200).body("state", equalTo("APPROVED"));

        // a rejected nomination no longer holds the nominee
        draft(movement, power, "MEMBER", dung.id());
    }

    private static String underReview(String movement, Org by, Member member) {
        String id = draft(movement, by, "MEMBER", member.id());
        act(admin(), movement, id, "submit", null).statusCode(200);
        act(admin(), movement, id, "review", null).statusCode(200);
        return id;
    }
}

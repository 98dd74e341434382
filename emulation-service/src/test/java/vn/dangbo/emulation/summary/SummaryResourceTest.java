package vn.dangbo.emulation.summary;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Summary reports against the deadline "trước ngày 20/4/2024", and the office's overrides. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class SummaryResourceTest {

    /** 19/4/2024 23:59 in Hanoi. */
    static final Instant LAST_MINUTE = Instant.parse("2024-04-19T16:59:00Z");
    /** 20/4/2024 00:00 in Hanoi. */
    static final Instant MIDNIGHT = Instant.parse("2024-04-19T17:00:00Z");

    private static RegistryPlayer registry;

    @BeforeAll
    static void setUp() {
        registry = new RegistryPlayer();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    private static String launch(Org bloc) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements").then().statusCode(201).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse submit(String movement, Org org) {
        return given().auth().oauth2(RealInfrastructure.tokens().officer(org.id().toString()))
                .contentType(ContentType.JSON)
                .body(Map.of("organisationId", org.id().toString(), "text", "Báo cáo tổng kết của " + org.name()))
                .when().post("/movements/" + movement + "/summaries").then();
    }

    @Test
    void aSummaryAtTheLastMinuteIsAcceptedAndAtMidnightRefusedWithTheDeadline() {
        Org bloc = registry.organisation(Org.bloc("Đảng bộ Khối (thử tổng kết)"));
        Org onTime = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tài chính", "CB"));
        Org late = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Công Thương", "CB"));
        String movement = launch(bloc);
        TestClock.standAt(LAST_MINUTE);
        submit(movement, onTime).statusCode(201).body("late", equalTo(false))
                .body("submittedAt", equalTo("2024-04-19T16:59:00Z"));
        submit(movement, onTime).statusCode(409).contentType("application/problem+json");
        TestClock.standAt(MIDNIGHT);
        submit(movement, late).statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("submittedAt"))
                .body("detail", equalTo("Đã quá hạn nộp báo cáo tổng kết đợt thi đua: hạn cuối là 23:59:59 ngày "
                        + "19/4/2024 (giờ Việt Nam, theo kế hoạch: trước ngày 20/4/2024); Văn phòng có thể cho phép "
                        + "nộp muộn"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get("/movements/" + movement + "/summaries")
                .then().statusCode(200).body("organisationName", equalTo(java.util.List.of(onTime.name())));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/summaries/missing")
                .then().statusCode(200).body("items.name", equalTo(java.util.List.of(late.name())))
                .body("total", equalTo(1));
    }

    @Test
    void theOfficesOverrideIsAuditedAndLetsALateSummaryInMarkedLate() throws Exception {
        Org bloc = registry.organisation(Org.bloc("Đảng bộ Khối (thử gia hạn)"));
        Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Y tế", "CB"));
        Org other = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Nông nghiệp", "CB"));
        String movement = launch(bloc);
        String path = "/movements/" + movement + "/deadline-overrides";
        Map<String, Object> override = new HashMap<>();
        override.put("kind", "SUMMARY");
        override.put("organisationId", cell.id().toString());
        override.put("until", "2024-04-25T23:59:59+07:00");
        override.put("reason", "Đơn vị tổ chức đại hội, xin nộp chậm");
        given().auth().oauth2(RealInfrastructure.tokens().officer(cell.id().toString()))
                .contentType(ContentType.JSON).body(override)
                .when().post(path).then().statusCode(403);
        Map<String, Object> noReason = new HashMap<>(override);
        noReason.put("reason", " ");
        given().auth().oauth2(RealInfrastructure.tokens().officer(bloc.id().toString()))
                .contentType(ContentType.JSON).body(noReason)
                .when().post(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("reason"));
        String id = given().auth().oauth2(RealInfrastructure.tokens().officer(bloc.id().toString()))
                .contentType(ContentType.JSON).body(override)
                .when().post(path).then().statusCode(201)
                .body("organisationName", equalTo("Chi bộ Sở Y tế"))
                .body("until", equalTo("2024-04-25T16:59:59Z"))
                .extract().path("id");
        assertEquals(1, auditEntries("deadline-override", UUID.fromString(id)));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(path)
                .then().statusCode(200).body("id", equalTo(java.util.List.of(id)))
                .body("[0].reason", equalTo("Đơn vị tổ chức đại hội, xin nộp chậm"));

        TestClock.standAt(Instant.parse("2024-04-22T02:00:00Z"));
        String summary = submit(movement, cell).statusCode(201).body("late", equalTo(true))
                .body("overrideReason", equalTo("Đơn vị tổ chức đại hội, xin nộp chậm"))
                .extract().path("id");
        assertEquals(1, auditEntries("summary-report", UUID.fromString(summary)));
        submit(movement, other).statusCode(422).body("errors[0].field", equalTo("submittedAt"));
        TestClock.standAt(Instant.parse("2024-04-26T02:00:00Z"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/summaries/missing")
                .then().statusCode(200).body("items.name", not(hasItem(cell.name())));
    }

    static int auditEntries(String entity, UUID id) throws Exception {
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from audit_entry where entity = ? and entity_id = ?")) {
            s.setString(1, entity);
            s.setObject(2, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}

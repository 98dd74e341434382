package vn.dangbo.congress.congress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The seed's plan over HTTP: Chi bộ I the pilot within 3/2020, the other cells within 4/2020 after it, the Office
 * committee within 6/2020 after all its cells; one congress per organisation per round; reschedule and cancel.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CongressPlanTest {

    private static final String PROBLEM = "application/problem+json";

    private static ValidatableResponse schedule(String round, Org org, String kind, String start, int days,
            String term) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "%s", "startDate": "%s", "days": %d,
                         "term": "%s"}
                        """.formatted(round, org.id(), kind, start, days, term))
                .post("/congresses")
                .then();
    }

    private static ValidatableResponse cell(String round, Org cell, String start) {
        return schedule(round, cell, "ALL_MEMBER", start, 1, "2020-2022");
    }

    private static ValidatableResponse refused(ValidatableResponse response, String field) {
        return response.statusCode(422).contentType(PROBLEM).body("title", equalTo("Vi phạm quy định"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void theSeedPlanIsEnforcedInItsOrder() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cellI = RegistryFixtures.cell(office, "Chi bộ I");
        Org cellII = RegistryFixtures.cell(office, "Chi bộ II");
        Org cellIII = RegistryFixtures.cell(office, "Chi bộ III");
        Org stranger = RegistryFixtures.cell(RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Tư pháp"),
                "Chi bộ Văn phòng Sở");
        RegistryFixtures.awaitKnown(bloc, office, cellI, cellII, cellIII, stranger);
        String round = RoundFixtures.seed(office, cellI);

        refused(cell(round, cellII, "2020-04-15"), "startDate")
                .body("detail", equalTo("Chưa lên lịch đại hội điểm: các chi bộ khác chỉ tổ chức đại hội sau đại hội "
                        + "điểm"));
        refused(cell(round, cellI, "2020-04-01"), "startDate")
                .body("detail", equalTo("Đại hội điểm tổ chức trong thời gian 01/03/2020 - 31/03/2020; đề nghị "
                        + "01/04/2020 - 01/04/2020"));
        cell(round, cellI, "2020-03-20").statusCode(201)
                .body("pilot", equalTo(true))
                .body("roundId", equalTo(round));

        refused(cell(round, cellII, "2020-03-25"), "startDate")
                .body("detail", equalTo("Đại hội các chi bộ tổ chức trong thời gian 01/04/2020 - 30/04/2020; đề nghị "
                        + "25/03/2020 - 25/03/2020"));
        refused(schedule(round, cellII, "ALL_MEMBER", "2020-04-15", 1, "2020-2025"), "term")
                .body("detail", equalTo("Nhiệm kỳ của các chi bộ trong đợt đại hội này là 2020-2022; đề nghị "
                        + "2020-2025"));
        cell(round, cellII, "2020-04-15").statusCode(201).body("pilot", equalTo(false));
        refused(cell(round, cellII, "2020-04-16"), "organisationId")
                .body("detail", equalTo("Chi bộ II đã có đại hội trong đợt đại hội này; mỗi tổ chức một đại hội "
                        + "trong một đợt (hủy đại hội cũ trước khi lên lịch lại)"));
        refused(cell(round, stranger, "2020-04-16"), "organisationId");

        refused(schedule(round, office, "ALL_MEMBER", "2020-06-15", 2, "2020-2025"), "startDate")
                .body("detail", equalTo("Đại hội đảng bộ tổ chức sau đại hội tất cả các chi bộ; chưa lên lịch đại "
                        + "hội: Chi bộ III"));
        cell(round, cellIII, "2020-04-20").statusCode(201);
        refused(schedule(round, office, "DELEGATE", "2020-06-15", 2, "2020-2025"), "kind")
                .body("detail", equalTo("Đảng bộ có 0 đảng viên (dưới 200): tiến hành đại hội toàn thể (ALL_MEMBER), "
                        + "không tổ chức đại hội đại biểu"));
        refused(schedule(round, office, "ALL_MEMBER", "2020-06-15", 2, "2020-2022"), "term");
        refused(schedule(round, office, "ALL_MEMBER", "2020-06-15", 3, "2020-2025"), "days");
        schedule(round, office, "ALL_MEMBER", "2020-06-15", 2, "2020-2025").statusCode(201)
                .body("endDate", equalTo("2020-06-16"))
                .body("term", equalTo("2020-2025"));
    }

    @Test
    void rescheduleAndCancelKeepThePlan() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Nội vụ");
        Org pilot = RegistryFixtures.cell(office, "Chi bộ Văn phòng");
        Org other = RegistryFixtures.cell(office, "Chi bộ Tổ chức");
        Org elsewhere = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Y tế");
        RegistryFixtures.awaitKnown(bloc, office, pilot, other, elsewhere);
        String round = RoundFixtures.seed(office, pilot);
        String pilotId = cell(round, pilot, "2020-03-20").statusCode(201).extract().path("id");
        String otherId = cell(round, other, "2020-04-10").statusCode(201).extract().path("id");
        String admin = RealInfrastructure.tokens().admin();

        refused(move(admin, pilotId, "2020-04-12", "Trùng lịch họp"), "startDate");
        refused(move(admin, otherId, "2020-03-20", "Trùng lịch họp"), "startDate");
        move(admin, otherId, "2020-04-22", "Trùng lịch tiếp công dân").statusCode(200)
                .body("startDate", equalTo("2020-04-22"))
                .body("statusReason", equalTo("Trùng lịch tiếp công dân"))
                .body("version", equalTo(1));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"startDate\": \"2020-04-23\", \"days\": 1}")
                .post("/congresses/{id}/reschedule", otherId)
                .then().statusCode(400).body("errors.field", hasItem("reason"));
        given().auth().oauth2(RealInfrastructure.tokens().officer(elsewhere.idText()))
                .contentType(ContentType.JSON).body("{\"reason\": \"Không còn phù hợp\"}")
                .post("/congresses/{id}/cancel", otherId)
                .then().statusCode(403);

        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\": \"Thay đổi kế hoạch\"}")
                .post("/congresses/{id}/cancel", pilotId)
                .then().statusCode(422).contentType(PROBLEM);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\": \"Đồng chí Bí thư đi công tác\"}")
                .post("/congresses/{id}/cancel", otherId)
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("statusReason", equalTo("Đồng chí Bí thư đi công tác"));
        move(admin, otherId, "2020-04-24", "Lịch mới").statusCode(409).contentType(PROBLEM);

        // a cancelled congress frees its organisation for a new one in the round
        cell(round, other, "2020-04-25").statusCode(201);

        // a congress that took place is no longer moved or called off
        given().auth().oauth2(admin).post("/congresses/{id}/held", pilotId)
                .then().statusCode(200).body("status", equalTo("HELD"));
        move(admin, pilotId, "2020-03-21", "Ghi nhầm ngày").statusCode(409).contentType(PROBLEM);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\": \"Ghi nhầm\"}")
                .post("/congresses/{id}/cancel", pilotId)
                .then().statusCode(409);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).post("/congresses/{id}/held", otherId)
                .then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).get("/congresses/{id}", otherId)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Inject
    CongressRepository congresses;

    /** The database keeps one standing congress per organisation per round, whatever two requests do at once. */
    @Test
    void theRoundListsItsCongressesInTheOrderTheyAreHeld() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cellI = RegistryFixtures.cell(office, "Chi bộ I");
        Org cellII = RegistryFixtures.cell(office, "Chi bộ II");
        Org cellIII = RegistryFixtures.cell(office, "Chi bộ III");
        RegistryFixtures.awaitKnown(bloc, office, cellI, cellII, cellIII);
        String round = RoundFixtures.seed(office, cellI);
        String pilot = cell(round, cellI, "2020-03-20").statusCode(201).extract().path("id");
        String third = cell(round, cellIII, "2020-04-09").statusCode(201).extract().path("id");
        String second = cell(round, cellII, "2020-04-07").statusCode(201).extract().path("id");
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("""
                        {"reason": "Sáp nhập chi bộ"}""")
                .post("/congresses/{id}/cancel", third).then().statusCode(200);

        String viewer = RealInfrastructure.tokens().viewer();
        given().auth().oauth2(viewer).get("/rounds/{id}/congresses", round).then().statusCode(200)
                .body("id", contains(pilot, second, third))
                .body("organisationName", contains("Chi bộ I", "Chi bộ II", "Chi bộ III"))
                .body("status", contains("SCHEDULED", "SCHEDULED", "CANCELLED"))
                .body("[2].statusReason", equalTo("Sáp nhập chi bộ"))
                .body("[0].pilot", equalTo(true));
        given().auth().oauth2(viewer).queryParam("limit", 1).queryParam("offset", 1)
                .get("/rounds/{id}/congresses", round).then().statusCode(200)
                .body("id", contains(second));
        given().auth().oauth2(viewer).queryParam("limit", 0)
                .get("/rounds/{id}/congresses", round).then().statusCode(400).contentType(PROBLEM);
        given().auth().oauth2(viewer).get("/rounds/{id}/congresses", UUID.randomUUID()).then().statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void theDatabaseHoldsOneStandingCongressPerOrganisationAndRound() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Xây dựng");
        RegistryFixtures.awaitKnown(bloc, office);
        UUID round = UUID.fromString(RoundFixtures.withoutPilot(office));
        QuarkusTransaction.requiringNew().run(() -> congresses.persist(row(round, office, CongressStatus.CANCELLED)));
        QuarkusTransaction.requiringNew().run(() -> congresses.persist(row(round, office, CongressStatus.SCHEDULED)));
        assertThrows(PersistenceException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            congresses.persist(row(round, office, CongressStatus.SCHEDULED));
            congresses.flush();
        }));
        // the service answers the same rule as a problem naming the organisation
        refused(schedule(round.toString(), office, "ALL_MEMBER", "2020-06-15", 1, "2020-2025"), "organisationId");
    }

    private static Congress row(UUID round, Org org, CongressStatus status) {
        Congress c = new Congress();
        c.id = UUID.randomUUID();
        c.roundId = round;
        c.organisationId = org.id();
        c.kind = CongressKind.ALL_MEMBER;
        c.startDate = LocalDate.of(2020, 6, 15);
        c.days = 1;
        c.term = "2020-2025";
        c.status = status;
        return c;
    }

    private static ValidatableResponse move(String token, String id, String start, String reason) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("""
                        {"startDate": "%s", "days": 1, "reason": "%s"}
                        """.formatted(start, reason))
                .post("/congresses/{id}/reschedule", id)
                .then();
    }
}

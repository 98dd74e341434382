package vn.dangbo.emulation.movement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Launching the seed's movement from its plan, its anchors and its settings. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class MovementLaunchTest {

    private static RegistryPlayer registry;
    private static Org bloc;
    private static Org unit;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
        bloc = registry.organisation(Org.bloc("Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh (thử khởi động)"));
        unit = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static String launch(String token, Org forBloc) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", forBloc.id().toString()))
                .when().post("/movements")
                .then().statusCode(201)
                .body("startsOn", equalTo("2023-12-01"))
                .body("endsOn", equalTo("2024-04-30"))
                .body("anchors.find { it.key == 'MEETING' }.date", equalTo("2024-05-10"))
                .body("anchors.find { it.key == 'SEMINAR' }.effectiveDate", equalTo("2024-04-30"))
                .extract().path("id");
    }

    @Test
    void theBlocsOfficerLaunchesThePlanOnceAndItsGrassrootsOrganisationsTakePart() {
        Org other = registry.organisation(Org.bloc("Đảng bộ Khối khác (thử)"));
        String officer = RealInfrastructure.tokens().officer(other.id().toString());
        String id = launch(officer, other);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", other.id().toString()))
                .when().post("/movements")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get("/movements/" + id)
                .then().statusCode(200).body("blocName", equalTo("Đảng bộ Khối khác (thử)"));
        given().auth().oauth2(RealInfrastructure.tokens().officer(UUID.randomUUID().toString()))
                .contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements")
                .then().statusCode(403);
    }

    @Test
    void anUnknownPlanIsRefusedNamingTheField() {
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2030-khong-co", "blocId", bloc.id().toString()))
                .when().post("/movements")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("planId"));
    }

    @Test
    void theMeetingMovesInsideNoWindowButTheSeminarStaysInApril() {
        Org b = registry.organisation(Org.bloc("Đảng bộ Khối (thử mốc)"));
        String id = launch(RealInfrastructure.tokens().admin(), b);
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-05-17"))
                .when().put("/movements/" + id + "/anchors/MEETING")
                .then().statusCode(200).body("date", equalTo("2024-05-17"));
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(Map.of("date", "2024-05-02"))
                .when().put("/movements/" + id + "/anchors/SEMINAR")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("date"))
                .body("detail", equalTo("Ngày 2/5/2024 nằm ngoài khoảng kế hoạch cho Hội thảo (Tọa đàm) chuyên đề "
                        + "(từ 1/4/2024 đến 30/4/2024)"));
    }

    @Test
    void aSettingsSectionIsCheckedBeforeItIsStored() {
        Org b = registry.organisation(Org.bloc("Đảng bộ Khối (thử cài đặt)"));
        String admin = RealInfrastructure.tokens().admin();
        String id = launch(admin, b);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("dueBefore", "20/4/2024"))
                .when().put("/movements/" + id + "/settings/summary")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("summary.dueBefore"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("dueBefore", "2024-04-25", "source", "Văn phòng gia hạn"))
                .when().put("/movements/" + id + "/settings/summary")
                .then().statusCode(200).body("sections.summary.dueBefore", equalTo("2024-04-25"));
        given().auth().oauth2(admin).when().get("/movements/" + id + "/settings")
                .then().statusCode(200).body("sections.summary.dueBefore", equalTo("2024-04-25"));
    }

    @Test
    void theParticipantsAreTheBlocsGrassrootsOrganisations() {
        String admin = RealInfrastructure.tokens().admin();
        Org b = registry.organisation(Org.bloc("Đảng bộ Khối (thử tham gia)"));
        Org cell = registry.organisation(b.child("GRASSROOTS_CELL", "Chi bộ Sở Xây dựng", "CB"));
        String id = launch(admin, b);
        given().auth().oauth2(admin).when().get("/movements/" + id + "/participants")
                .then().statusCode(200).body("id", hasItem(cell.id().toString()))
                .body("size()", equalTo(1));
        given().auth().oauth2(admin).when().get("/movements/plans")
                .then().statusCode(200).body("id", hasItem("2024-khoi-65-nam"));
    }
}

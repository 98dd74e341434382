package vn.dangbo.registry.exchange;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.nextNationalId;
import static vn.dangbo.registry.support.RegistryApi.organisation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ImportExportHttpTest {

    private static final String HEADER = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,phone,admittedOn,fullMemberOn\n";

    UUID committee;
    UUID cell;
    UUID otherCell;

    @BeforeEach
    void tree() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tư pháp", "ĐU");
        cell = organisation(committee, "CELL", "Chi bộ Công chứng", "CB");
        otherCell = organisation(organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Nội vụ", "ĐU"), "CELL",
                "Chi bộ Thi đua", "CB");
    }

    @Test
    void oneInvalidRowRejectsTheWholeFileWithAPerRowReport() {
        String csv = HEADER
                + cell + ",Nguyễn Văn Nhập,1980-01-01,Nam,Kinh," + nextNationalId() + ",0912345678,2010-05-19,2011-05-19\n"
                + cell + ",Trần Thị Trẻ,2000-06-15,Nữ,Kinh," + nextNationalId() + ",,14/6/2018,\n"
                + cell + ",,1980-01-01,X,Kinh,123,,2010-05-19,\n";
        JsonPath job = awaitFinished(submit(admin(), csv, false));
        assertEquals("REJECTED", job.getString("status"));
        assertEquals(2, job.getInt("invalid"));
        assertEquals("VALID", job.getString("report[0].outcome"));
        assertEquals(3, job.getInt("report[1].row"));
        assertEquals("admittedOn", job.getString("report[1].errors[0].field"));
        assertTrue(job.getList("report[2].errors.field").containsAll(java.util.List.of("sex", "fullName", "nationalId")));
        given().auth().oauth2(admin()).get("/members?q=nguyen van nhap").then().body("items", hasSize(0));
    }

    @Test
    void aValidFileIsImportedOnceAndADryRunWritesNothing() {
        String first = nextNationalId();
        String csv = HEADER
                + cell + ",Phan Văn Nhập,1980-01-01,MALE,Kinh," + first + ",0912345678,2010-05-19,2011-05-19\n"
                + cell + ",\"Phan Thị Nhập, con\",1990-03-01,FEMALE,Thái," + nextNationalId() + ",,2015-01-10,\n";

        JsonPath dry = awaitFinished(submit(admin(), csv, true));
        assertEquals("DONE", dry.getString("status"));
        assertEquals(0, dry.getInt("imported"));
        given().auth().oauth2(admin()).get("/members?q=phan&organisationId=" + cell).then().body("items", hasSize(0));

        JsonPath done = awaitFinished(submit(admin(), csv, false));
        assertEquals("DONE", done.getString("status"));
        assertEquals(2, done.getInt("imported"));
        assertEquals(java.util.List.of("IMPORTED", "IMPORTED"), done.getList("report.outcome"));
        given().auth().oauth2(admin()).get("/members?q=phan&organisationId=" + cell).then()
                .body("items.fullName", contains("Phan Thị Nhập, con", "Phan Văn Nhập"))
                .body("items[0].status", equalTo("PROBATIONARY"));

        JsonPath again = awaitFinished(submit(admin(), csv, false));
        assertEquals("DONE", again.getString("status"));
        assertEquals(0, again.getInt("imported"));
        assertEquals(2, again.getInt("skipped"));
        given().auth().oauth2(admin()).get("/members?q=phan&organisationId=" + cell).then().body("items", hasSize(2));
    }

    @Test
    void officersImportOnlyIntoTheirSubtreeAndSeeOnlyTheirJobs() {
        String officer = RealInfrastructure.tokens().officer(committee.toString());
        String csv = HEADER + otherCell + ",Hồ Văn Ngoài,1980-01-01,Nam,Kinh," + nextNationalId()
                + ",,2010-05-19,2011-05-19\n";
        String id = submit(officer, csv, false);
        JsonPath job = awaitFinished(id);
        assertEquals("REJECTED", job.getString("status"));
        assertEquals("organisationId", job.getString("report[0].errors[0].field"));
        given().auth().oauth2(RealInfrastructure.tokens().officer(otherCell.toString())).get("/imports/" + id).then()
                .statusCode(404);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType("text/csv").body(csv)
                .post("/imports/members").then().statusCode(403);
    }

    @Test
    void theExportIsCsvInTheImportColumnsWithPersonalDataOnlyForThoseAllowed() {
        String nationalId = nextNationalId();
        awaitFinished(submit(admin(), HEADER + cell + ",Võ Văn Xuất,1980-01-01,Nam,Kinh," + nationalId
                + ",0987654321,2010-05-19,2011-05-19\n", false));
        String full = given().auth().oauth2(admin()).get("/exports/members?organisationId=" + committee).then()
                .statusCode(200).contentType(containsString("text/csv")).extract().asString();
        assertTrue(full.startsWith("\uFEFForganisationId,fullName,birthDate"), full);
        assertTrue(full.contains(cell + ",Võ Văn Xuất,1980-01-01,MALE,Kinh,," + nationalId + ",0987654321"), full);
        String viewed = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/exports/members?organisationId=" + committee).then().statusCode(200).extract().asString();
        assertTrue(viewed.contains("Võ Văn Xuất"));
        assertFalse(viewed.contains(nationalId), "a viewer never sees the national ID");
        assertFalse(viewed.contains("1980-01-01"), "nor the birth date");
        given().auth().oauth2(admin()).get("/exports/members?organisationId=" + UUID.randomUUID()).then()
                .statusCode(400).body("errors[0].field", equalTo("organisationId"));
    }

    private static String submit(String token, String csv, boolean dryRun) {
        return given().auth().oauth2(token).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("dryRun", dryRun).post("/imports/members").then().statusCode(202)
                .body("status", not(equalTo("FAILED")))
                .extract().path("id");
    }

    private static JsonPath awaitFinished(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(admin()).get("/imports/" + id).then().statusCode(200).extract().jsonPath(),
                job -> !java.util.List.of("RECEIVED", "VALIDATING", "IMPORTING").contains(job.getString("status")));
    }
}

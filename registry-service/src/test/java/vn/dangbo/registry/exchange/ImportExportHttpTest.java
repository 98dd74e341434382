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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class ImportExportHttpTest {

    private static final String HEADER = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,phone,admittedOn,fullMemberOn\n";

    UUID committee;
    UUID cell;
    UUID otherCell;

    UUID bloc;

    @BeforeEach
    void tree() {
        bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
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
        assertEquals(1, job.getInt("created"), "the valid row is counted, not listed");
        assertEquals(java.util.List.of(3, 4), job.getList("report.row"), "the report lists the rows to fix");
        assertEquals("admittedOn", job.getString("report[0].errors[0].field"));
        assertTrue(job.getList("report[1].errors.field").containsAll(java.util.List.of("sex", "fullName", "nationalId")));
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
        assertEquals(2, dry.getInt("created"), "a dry run tells what would happen");
        given().auth().oauth2(admin()).get("/members?q=phan&organisationId=" + cell).then().body("items", hasSize(0));

        JsonPath done = awaitFinished(submit(admin(), csv, false));
        assertEquals("DONE", done.getString("status"));
        assertEquals(2, done.getInt("imported"));
        assertEquals(2, done.getInt("created"));
        assertEquals(java.util.List.of(), done.getList("report"), "nothing to read: every row created a member");
        given().auth().oauth2(admin()).get("/members?q=phan&organisationId=" + cell).then()
                .body("items.fullName", contains("Phan Thị Nhập, con", "Phan Văn Nhập"))
                .body("items[0].status", equalTo("PROBATIONARY"));

        String firstId = given().auth().oauth2(admin()).get("/members?q=phan van nhap&organisationId=" + cell).then()
                .extract().path("items[0].id");
        JsonPath again = awaitFinished(submit(admin(), csv, false));
        assertEquals("DONE", again.getString("status"));
        assertEquals(0, again.getInt("imported"));
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(2, again.getInt("unchanged"));
        assertEquals(java.util.List.of(), again.getList("report"));
        given().auth().oauth2(admin()).get("/members?q=phan&organisationId=" + cell).then().body("items", hasSize(2));
        given().auth().oauth2(admin()).get("/members/" + firstId).then().body("version", equalTo(0));
        // written in bulk, yet each imported member has its event (schema-checked by Topics), snapshot and counts
        Topics.await("registry.members.v1", Topics.ofType(firstId, "vn.dangbo.registry.member.registered.v1"), 1);
        Topics.await("registry.members.snapshot.v1", Topics.ofType(firstId, "vn.dangbo.registry.member.snapshot.v1"), 1);
        given().auth().oauth2(admin()).get("/organisations/" + bloc + "/counts?scope=subtree").then().statusCode(200)
                .body("total", equalTo(2)).body("full", equalTo(1)).body("ethnicMinorities", equalTo(1));
        given().auth().oauth2(admin()).get("/audit?entity=member&id=" + firstId).then().statusCode(200)
                .body("action", contains("REGISTERED"));
    }

    @Test
    void aReimportedRowUpdatesTheRecordByNationalIdWithOneUpdatedEvent() throws Exception {
        String nationalId = nextNationalId();
        String header = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,phone,admittedOn,fullMemberOn,jobTitle,workplace\n";
        String other = cell + ",Lý Thị Giữ,1985-02-01,Nữ,Kinh," + nextNationalId() + ",,2012-03-04,2013-03-04,Kế toán,Sở Tư pháp\n";
        String before = header + cell + ",Lý Văn Sửa,1982-07-09,Nam,Kinh," + nationalId
                + ",0911111111,2010-05-19,2011-05-19,Chuyên viên,Sở Tư pháp\n" + other;
        JsonPath created = awaitFinished(submit(admin(), before, false));
        assertEquals(2, created.getInt("created"), created.prettify());
        String id = given().auth().oauth2(admin()).get("/members?q=ly van sua&organisationId=" + cell).then()
                .extract().path("items[0].id");

        String after = header + cell + ",Lý Văn Sửa,1982-07-09,Nam,Kinh," + nationalId
                + ",0922222222,2010-05-19,2011-05-19,Trưởng phòng,Sở Tư pháp\n" + other;
        JsonPath dry = awaitFinished(submit(admin(), after, true));
        assertEquals("DONE", dry.getString("status"), dry.prettify());
        assertEquals(1, dry.getInt("updated"));
        assertEquals(1, dry.getInt("unchanged"));
        assertEquals("CHANGED", dry.getString("report[0].outcome"));
        given().auth().oauth2(admin()).get("/members/" + id).then().body("jobTitle", equalTo("Chuyên viên"));

        JsonPath done = awaitFinished(submit(admin(), after, false));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(0, done.getInt("created"));
        assertEquals(1, done.getInt("updated"));
        assertEquals(1, done.getInt("unchanged"));
        assertEquals(java.util.List.of("UPDATED"), done.getList("report.outcome"));
        assertEquals(2, done.getInt("report[0].row"));
        assertEquals(java.util.List.of("jobTitle", "phone"), done.getList("report[0].changedFields"));
        given().auth().oauth2(admin()).get("/members/" + id).then().statusCode(200)
                .body("jobTitle", equalTo("Trưởng phòng")).body("phone", equalTo("0922222222"))
                .body("organisationId", equalTo(cell.toString())).body("status", equalTo("FULL"))
                .body("version", equalTo(1));
        given().auth().oauth2(admin()).get("/members?q=ly van sua").then().body("items", hasSize(1));
        given().auth().oauth2(admin()).get("/audit?entity=member&id=" + id).then().statusCode(200)
                .body("action", contains("REGISTERED", "UPDATED"));

        // validated against the updated.v1 schema by Topics
        ConsumerRecord<String, String> event = Topics.await("registry.members.v1",
                Topics.ofType(id, "vn.dangbo.registry.member.updated.v1"), 1).get(0);
        JsonNode data = new ObjectMapper().readTree(event.value());
        assertEquals("[\"jobTitle\",\"phone\"]", data.get("changedFields").toString());
        assertEquals(1, data.get("member").get("version").asInt());
        assertFalse(event.value().contains("0922222222"), "phone on a topic");
        assertFalse(event.value().contains("0911111111"), "phone on a topic");
        assertFalse(event.value().contains(nationalId), "national ID on a topic");
        assertFalse(event.value().contains("1982-07-09"), "full birth date on a topic");

        // importing the new file again changes nothing more
        JsonPath again = awaitFinished(submit(admin(), after, false));
        assertEquals(2, again.getInt("unchanged"), again.prettify());
        assertEquals(0, again.getInt("updated"));
        given().auth().oauth2(admin()).get("/members/" + id).then().body("version", equalTo(1));
    }

    @Test
    void aRowWhoseOrganisationDiffersRefusesTheWholeFileAndNamesTheLifecycleStep() {
        String nationalId = nextNationalId();
        awaitFinished(submit(admin(), HEADER + cell + ",Mai Văn Chuyển,1980-01-01,Nam,Kinh," + nationalId
                + ",0933333333,2010-05-19,2011-05-19\n", false));
        String id = given().auth().oauth2(admin()).get("/members?q=mai van chuyen").then()
                .extract().path("items[0].id");
        String newcomer = nextNationalId();
        String csv = HEADER
                + cell + ",Mai Thị Mới,1990-01-01,Nữ,Kinh," + newcomer + ",,2015-05-19,\n"
                + otherCell + ",Mai Văn Chuyển,1980-01-01,Nam,Kinh," + nationalId + ",0944444444,2010-05-19,2011-05-19\n";
        JsonPath job = awaitFinished(submit(admin(), csv, false));
        assertEquals("REJECTED", job.getString("status"), job.prettify());
        assertEquals(1, job.getInt("invalid"));
        assertEquals(0, job.getInt("imported"));
        assertEquals(1, job.getInt("created"), "the newcomer's row is valid: counted, not listed");
        assertEquals(3, job.getInt("report[0].row"));
        assertEquals("INVALID", job.getString("report[0].outcome"));
        assertEquals("organisationId", job.getString("report[0].errors[0].field"));
        assertTrue(job.getString("report[0].errors[0].message").contains("chuyển sinh hoạt"),
                job.getString("report[0].errors[0].message"));
        given().auth().oauth2(admin()).get("/members?q=mai thi moi").then().body("items", hasSize(0));
        given().auth().oauth2(admin()).get("/members/" + id).then().body("organisationId", equalTo(cell.toString()))
                .body("phone", equalTo("0933333333")).body("version", equalTo(0));
        given().auth().oauth2(admin()).get("/audit?entity=member&id=" + id).then().body("action", contains("REGISTERED"));
    }

    @Test
    void aPartyCardHeldAlreadyOrTwiceInTheFileIsReportedOnItsRow() {
        java.util.Map<String, Object> holder = vn.dangbo.registry.support.RegistryApi.memberBody(cell, "Tôn Văn Thẻ", true);
        vn.dangbo.registry.support.RegistryApi.registerMember(admin(), holder).statusCode(201);
        String held = (String) holder.get("partyCardNumber");
        String twice = "TD-" + nextNationalId();
        String csv = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,partyCardNumber,admittedOn\n"
                + cell + ",Tôn Văn Một,1980-01-01,Nam,Kinh," + nextNationalId() + "," + held + ",2010-05-19\n"
                + cell + ",Tôn Văn Hai,1980-01-01,Nam,Kinh," + nextNationalId() + "," + twice + ",2010-05-19\n"
                + cell + ",Tôn Văn Ba,1980-01-01,Nam,Kinh," + nextNationalId() + "," + twice + ",2010-05-19\n";
        JsonPath job = awaitFinished(submit(admin(), csv, false));
        assertEquals("REJECTED", job.getString("status"), job.prettify());
        assertEquals(java.util.List.of(2, 4), job.getList("report.row"));
        assertEquals("partyCardNumber", job.getString("report[0].errors[0].field"));
        assertTrue(job.getString("report[0].errors[0].message").contains("đã được cấp"));
        assertTrue(job.getString("report[1].errors[0].message").contains("trùng với một dòng trước"));
        given().auth().oauth2(admin()).get("/members?q=ton van hai").then().body("items", hasSize(0));
    }

    @Test
    void textWithTabsLineBreaksAndBackslashesIsStoredAsWritten() {
        // the bulk write streams rows with COPY, where these characters are special
        String jobTitle = "Phó phòng\\Tổ \"A\"";
        String workplace = "Sở Tư pháp\tTầng 2\nPhòng 201";
        String csv = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,admittedOn,jobTitle,workplace\n"
                + cell + ",Kiều Văn Chép,1980-01-01,Nam,Kinh," + nextNationalId() + ",2010-05-19,\"Phó phòng\\Tổ \"\"A\"\"\","
                + "\"" + workplace + "\"\n";
        JsonPath done = awaitFinished(submit(admin(), csv, false));
        assertEquals("DONE", done.getString("status"), done.prettify());
        given().auth().oauth2(admin()).get("/members?q=kieu van chep").then().statusCode(200)
                .body("items[0].jobTitle", equalTo(jobTitle)).body("items[0].workplace", equalTo(workplace));
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

        // nor update a member outside their subtree by re-importing the member's row
        assertEquals("DONE", awaitFinished(submit(admin(), csv, false)).getString("status"));
        JsonPath update = awaitFinished(submit(officer, csv.replace(",,2010-05-19", ",0955555555,2010-05-19"), false));
        assertEquals("REJECTED", update.getString("status"), update.prettify());
        assertEquals("nationalId", update.getString("report[0].errors[0].field"));
        given().auth().oauth2(admin()).get("/members?q=ho van ngoai").then().body("items[0].phone", equalTo(null))
                .body("items[0].version", equalTo(0));
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

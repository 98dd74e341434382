package vn.dangbo.registry.exchange;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.nextNationalId;
import static vn.dangbo.registry.support.RegistryApi.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Education columns and birth dates known to the month, through import, export and re-import. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class RecordFieldsImportExportHttpTest {

    private static final String HEADER = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,admittedOn,"
            + "fullMemberOn,generalEducation,professionalQualification,politicalTheory\n";

    UUID committee;
    UUID cell;

    @BeforeEach
    void tree() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Xây dựng", "ĐU");
        cell = organisation(committee, "CELL", "Chi bộ Quy hoạch", "CB");
    }

    @Test
    void educationAndMonthOnlyBirthDatesAreImportedExportedAsKnownAndReimportedUnchanged() throws Exception {
        String first = nextNationalId();
        String csv = HEADER
                + cell + ",Kha Văn Tháng,03/1975,Nam,Kinh," + first + ",2000-05-19,2001-05-19,12/12,Cử nhân Luật,Trung cấp\n"
                + cell + ",Kha Thị Một,3/1980,Nữ,Kinh," + nextNationalId() + ",2005-05-19,2006-05-19,,,cao cap\n"
                + cell + ",Kha Văn Ngày,20/7/1985,Nam,Kinh," + nextNationalId() + ",2010-05-19,2011-05-19,10/10,,\n";
        JsonPath done = awaitFinished(submit(csv.getBytes(), "text/csv; charset=UTF-8"));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(3, done.getInt("created"));
        String id = given().auth().oauth2(admin()).get("/members?q=kha van thang").then()
                .body("items[0].birthDate", equalTo("1975-03"))
                .body("items[0].education.generalEducation", equalTo("12/12"))
                .body("items[0].education.professionalQualification", equalTo("Cử nhân Luật"))
                .body("items[0].education.politicalTheory", equalTo("TRUNG_CAP"))
                .extract().path("items[0].id");
        given().auth().oauth2(admin()).get("/members?q=kha thi mot").then()
                .body("items[0].birthDate", equalTo("1980-03"))
                .body("items[0].education.politicalTheory", equalTo("CAO_CAP"));

        String exported = given().auth().oauth2(admin()).get("/exports/members?organisationId=" + committee).then()
                .statusCode(200).extract().asString();
        assertTrue(exported.lines().findFirst().orElseThrow()
                .endsWith(",workplace,generalEducation,professionalQualification,politicalTheory"), exported);
        assertTrue(exported.contains("Kha Văn Tháng,1975-03,MALE"), exported);
        assertTrue(exported.contains(",12/12,Cử nhân Luật,TRUNG_CAP\r\n"), exported);
        assertTrue(exported.contains("Kha Văn Ngày,1985-07-20,MALE"), exported);

        // the exported file imported again: every row as stored
        JsonPath again = awaitFinished(submit(exported.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv"));
        assertEquals("DONE", again.getString("status"), again.prettify());
        assertEquals(3, again.getInt("unchanged"), again.prettify());

        byte[] workbook = given().auth().oauth2(admin()).queryParam("organisationId", committee)
                .queryParam("format", "xlsx").get("/exports/members").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            Row month = find(sheet, "Kha Văn Tháng");
            Cell birth = month.getCell(MemberCsv.COLUMNS.indexOf("birthDate"));
            assertEquals(CellType.STRING, birth.getCellType(), "a month-only birth date is no date cell of the 1st");
            assertEquals("03/1975", birth.getStringCellValue());
            assertEquals("TRUNG_CAP", month.getCell(MemberCsv.COLUMNS.indexOf("politicalTheory")).getStringCellValue());
            assertEquals("12/12", month.getCell(MemberCsv.COLUMNS.indexOf("generalEducation")).getStringCellValue());
            Cell day = find(sheet, "Kha Văn Ngày").getCell(MemberCsv.COLUMNS.indexOf("birthDate"));
            assertEquals(LocalDate.of(1985, 7, 20), day.getLocalDateTimeCellValue().toLocalDate());
        }
        JsonPath xlsxAgain = awaitFinished(submit(workbook, ImportRows.XLSX));
        assertEquals(3, xlsxAgain.getInt("unchanged"), xlsxAgain.prettify());

        // the day becomes known and the political theory changes: one update naming both fields
        String corrected = HEADER + cell + ",Kha Văn Tháng,1975-03-12,Nam,Kinh," + first
                + ",2000-05-19,2001-05-19,12/12,Cử nhân Luật,Cao cấp\n";
        JsonPath updated = awaitFinished(submit(corrected.getBytes(), "text/csv"));
        assertEquals(1, updated.getInt("updated"), updated.prettify());
        assertEquals(List.of("birthDate", "politicalTheory"), updated.getList("report[0].changedFields"));
        given().auth().oauth2(admin()).get("/members/" + id).then().body("birthDate", equalTo("1975-03-12"))
                .body("education.politicalTheory", equalTo("CAO_CAP"));
        ConsumerRecord<String, String> event = Topics.await("registry.members.v1",
                Topics.ofType(id, "vn.dangbo.registry.member.updated.v1"), 1).get(0);
        JsonNode data = new ObjectMapper().readTree(event.value());
        assertEquals("[\"birthDate\",\"politicalTheory\"]", data.get("changedFields").toString());
        assertEquals("1975-03", data.get("member").get("birthMonth").asText());
    }

    @Test
    void anUnknownPoliticalTheoryOrBirthDateIsReportedByItsColumn() {
        String csv = HEADER
                + cell + ",Kha Văn Lỗi,13/1975,Nam,Kinh," + nextNationalId() + ",2000-05-19,2001-05-19,12/12,,Tiến sĩ\n";
        JsonPath job = awaitFinished(submit(csv.getBytes(), "text/csv"));
        assertEquals("REJECTED", job.getString("status"), job.prettify());
        assertEquals(List.of("birthDate", "politicalTheory"), job.getList("report[0].errors.field"));
        assertTrue(job.getString("report[0].errors[1].message").contains("Sơ cấp (SO_CAP)"), job.prettify());
    }

    private static Row find(Sheet sheet, String fullName) {
        int column = MemberCsv.COLUMNS.indexOf("fullName");
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && fullName.equals(r.getCell(column).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(fullName + " not in the workbook");
    }

    private static String submit(byte[] file, String contentType) {
        return given().auth().oauth2(admin()).contentType(contentType).body(file).post("/imports/members").then()
                .statusCode(202).body("status", not(equalTo("FAILED"))).extract().path("id");
    }

    private static JsonPath awaitFinished(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(admin()).get("/imports/" + id).then().statusCode(200).extract().jsonPath(),
                job -> !List.of("RECEIVED", "VALIDATING", "IMPORTING").contains(job.getString("status")));
    }
}

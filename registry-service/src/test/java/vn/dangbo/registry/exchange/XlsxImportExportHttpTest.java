package vn.dangbo.registry.exchange;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.kit.text.VietnameseText.nfc;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.nextNationalId;
import static vn.dangbo.registry.support.RegistryApi.organisation;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class XlsxImportExportHttpTest {

    private static final List<Object> HEADER = List.of("organisationId", "fullName", "birthDate", "sex", "ethnicity",
            "nationalId", "phone", "admittedOn", "fullMemberOn");

    UUID committee;
    UUID cell;

    @BeforeEach
    void tree() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tài chính", "ĐU");
        cell = organisation(committee, "CELL", "Chi bộ Ngân sách", "CB");
    }

    @Test
    void aWorkbookIsImportedWithDateCellsTextDatesAndVietnameseNamesAndOnlyOnce() {
        // a 12-digit national ID typed as a number keeps all its digits: accepted
        String numericId = "9" + nextNationalId().substring(1);
        byte[] workbook = Workbooks.of(List.of(HEADER,
                row(cell.toString(), nfc("Nguyễn Thị Ánh Tuyết"), LocalDate.of(1980, 1, 31), "Nữ", "Kinh",
                        nextNationalId(), "0912345678", "19/05/2010", LocalDate.of(2011, 5, 19)),
                row(cell.toString(), nfc("Đặng Văn Ước"), "1990-03-01", "Nam", "Tày", Long.parseLong(numericId), null,
                        LocalDate.of(2015, 1, 10), null)));

        JsonPath done = awaitFinished(submit(workbook, ImportRows.XLSX));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(2, done.getInt("imported"));
        assertEquals(List.of(), done.getList("report"), "no row to fix, none changed");
        given().auth().oauth2(admin()).get("/members?organisationId=" + cell).then()
                .body("items.fullName", containsInAnyOrder(nfc("Nguyễn Thị Ánh Tuyết"), nfc("Đặng Văn Ước")))
                .body("items.find { it.fullName == '" + nfc("Nguyễn Thị Ánh Tuyết") + "' }.birthDate",
                        equalTo("1980-01-31"))
                .body("items.find { it.fullName == '" + nfc("Nguyễn Thị Ánh Tuyết") + "' }.admittedOn",
                        equalTo("2010-05-19"))
                .body("items.find { it.fullName == '" + nfc("Đặng Văn Ước") + "' }.nationalId", equalTo(numericId));

        // the same workbook again, sent as plain bytes: known as XLSX by its content, every row unchanged
        JsonPath again = awaitFinished(submit(workbook, "application/octet-stream"));
        assertEquals("DONE", again.getString("status"), again.prettify());
        assertEquals(0, again.getInt("imported"));
        assertEquals(0, again.getInt("created"));
        assertEquals(0, again.getInt("updated"));
        assertEquals(2, again.getInt("unchanged"));
        given().auth().oauth2(admin()).get("/members?organisationId=" + cell).then().body("items", hasSize(2));
    }

    @Test
    void aBadRowIsReportedByExcelRowAndColumnAndNothingIsImported() {
        byte[] workbook = Workbooks.of(Arrays.asList(HEADER,
                row(cell.toString(), nfc("Lý Văn Hợp"), LocalDate.of(1980, 1, 1), "Nam", "Kinh", nextNationalId(), null,
                        "2010-05-19", "2011-05-19"),
                null, // an empty row: the next one is row 4 in Excel
                row(cell.toString(), nfc("Lý Thị Lỗi"), LocalDate.now().plusYears(1), "Nữ", "Kinh", 12345678901L,
                        null, "2010-05-19", null)));

        JsonPath job = awaitFinished(submit(workbook, ImportRows.XLSX));
        assertEquals("REJECTED", job.getString("status"), job.prettify());
        assertEquals(1, job.getInt("invalid"));
        assertEquals(1, job.getInt("created"), "row 2 is valid");
        assertEquals(List.of(4), job.getList("report.row"));
        assertEquals("INVALID", job.getString("report[0].outcome"));
        List<String> fields = job.getList("report[0].errors.field");
        assertTrue(fields.containsAll(List.of("nationalId", "birthDate")), fields.toString());
        String nationalIdError = job.getString("report[0].errors.find { it.field == 'nationalId' }.message");
        assertTrue(nationalIdError.contains("12345678901"), nationalIdError);
        given().auth().oauth2(admin()).get("/members?organisationId=" + cell).then().body("items", hasSize(0));
    }

    @Test
    void theXlsxExportHasTheImportColumnsRealDatesAndPersonalDataOnlyForThoseAllowed() throws IOException {
        String nationalId = nextNationalId();
        String name = nfc("Võ Thị Xuất Khẩu");
        JsonPath imported = awaitFinished(submit(Workbooks.of(List.of(HEADER, row(cell.toString(), name,
                LocalDate.of(1985, 12, 24), "Nữ", "Kinh", nationalId, "0987654321", "2010-05-19", "2011-05-19"))),
                ImportRows.XLSX));
        assertEquals("DONE", imported.getString("status"), imported.prettify());

        Response full = given().auth().oauth2(admin()).queryParam("organisationId", committee)
                .queryParam("format", "xlsx").get("/exports/members");
        full.then().statusCode(200).contentType(containsString(ImportRows.XLSX))
                .header("Content-Disposition", containsString("dang-vien.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(full.asByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(c -> names.add(c.getStringCellValue()));
            assertEquals(MemberCsv.COLUMNS, names);
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            Row member = find(sheet, name);
            assertEquals(cell.toString(), text(member, "organisationId"));
            Cell birth = member.getCell(MemberCsv.COLUMNS.indexOf("birthDate"));
            assertEquals(CellType.NUMERIC, birth.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(birth));
            assertEquals("dd/mm/yyyy", birth.getCellStyle().getDataFormatString());
            assertEquals(LocalDate.of(1985, 12, 24), birth.getLocalDateTimeCellValue().toLocalDate());
            assertEquals(nationalId, text(member, "nationalId"));
            assertEquals("0987654321", text(member, "phone"));
            assertEquals("FEMALE", text(member, "sex"));
        }

        // a viewer asks by the Accept header
        byte[] viewed = given().auth().oauth2(RealInfrastructure.tokens().viewer()).accept(ImportRows.XLSX)
                .queryParam("organisationId", committee).get("/exports/members").then().statusCode(200)
                .contentType(containsString(ImportRows.XLSX)).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(viewed))) {
            Row member = find(workbook.getSheetAt(0), name);
            for (String hidden : List.of("nationalId", "phone", "birthDate")) {
                Cell c = member.getCell(MemberCsv.COLUMNS.indexOf(hidden));
                assertTrue(c == null || c.getCellType() == CellType.BLANK, hidden + " is not for a viewer");
            }
            assertEquals("2010-05-19", member.getCell(MemberCsv.COLUMNS.indexOf("admittedOn"))
                    .getLocalDateTimeCellValue().toLocalDate().toString());
        }
        given().auth().oauth2(admin()).queryParam("organisationId", committee).queryParam("format", "pdf")
                .get("/exports/members").then().statusCode(400).body("errors[0].field", equalTo("format"));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static Row find(Sheet sheet, String fullName) {
        int column = MemberCsv.COLUMNS.indexOf("fullName");
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && fullName.equals(r.getCell(column).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(fullName + " is not in the export");
    }

    private static String text(Row row, String column) {
        Cell c = row.getCell(MemberCsv.COLUMNS.indexOf(column));
        assertNotNull(c, column);
        return c.getStringCellValue();
    }

    private static String submit(byte[] workbook, String contentType) {
        return given().auth().oauth2(admin()).contentType(contentType).body(workbook).queryParam("dryRun", false)
                .post("/imports/members").then().statusCode(202).body("status", not(equalTo("FAILED")))
                .extract().path("id");
    }

    private static JsonPath awaitFinished(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(admin()).get("/imports/" + id).then().statusCode(200).extract().jsonPath(),
                job -> !List.of("RECEIVED", "VALIDATING", "IMPORTING").contains(job.getString("status")));
    }
}

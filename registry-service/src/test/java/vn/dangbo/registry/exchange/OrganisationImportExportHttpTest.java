package vn.dangbo.registry.exchange;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.kit.text.VietnameseText.nfc;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.send;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.text.CsvReader;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Organisations in and out of CSV and XLSX files, as an office's staff would do it. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class OrganisationImportExportHttpTest {

    private static final String HEADER = "id,parentId,type,name,shortCode,term\n";
    private static final String CSV = "text/csv; charset=UTF-8";

    UUID bloc;
    UUID committee;

    @BeforeEach
    void tree() {
        bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối các cơ quan tỉnh", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng UBND tỉnh", "ĐU");
    }

    @Test
    void aDryRunChangesNothingThenTheImportCreatesTheTreeWithItsEvents() {
        UUID partial = UUID.randomUUID();
        UUID cellI = UUID.randomUUID();
        UUID cellII = UUID.randomUUID();
        // Vietnamese type names as an office writes them; a parent may be a row above in the same file
        String csv = HEADER
                + partial + "," + committee + ",Đảng bộ bộ phận,Đảng bộ bộ phận Khối tổng hợp,ĐBBP,2020-2025\n"
                + cellI + "," + partial + ",Chi bộ,\"Chi bộ I, Phòng Tổng hợp\",CB,2020-2022\n"
                + cellII + "," + committee + ",CELL,Chi bộ II,,\n";

        JsonPath dry = awaitFinished(submit(admin(), csv, CSV, true));
        assertEquals("DONE", dry.getString("status"), dry.prettify());
        assertEquals("ORGANISATIONS", dry.getString("kind"));
        assertEquals(3, dry.getInt("created"), "a dry run tells what would happen");
        assertEquals(0, dry.getInt("imported"));
        assertEquals(List.of("VALID", "VALID", "VALID"), dry.getList("report.outcome"));
        assertEquals(List.of(2, 3, 4), dry.getList("report.row"));
        for (UUID id : List.of(partial, cellI, cellII)) {
            given().auth().oauth2(admin()).get("/organisations/" + id).then().statusCode(404);
        }

        JsonPath done = awaitFinished(submit(admin(), csv, CSV, false));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(3, done.getInt("imported"));
        assertEquals(List.of("IMPORTED", "IMPORTED", "IMPORTED"), done.getList("report.outcome"));
        given().auth().oauth2(admin()).get("/organisations/" + cellI).then().statusCode(200)
                .body("name", equalTo(nfc("Chi bộ I, Phòng Tổng hợp")))
                .body("type", equalTo("CELL"))
                .body("parentId", equalTo(partial.toString()))
                .body("path", equalTo(List.of(bloc.toString(), committee.toString(), partial.toString(),
                        cellI.toString())))
                .body("term", equalTo("2020-2022"));
        given().auth().oauth2(admin()).get("/organisations/" + partial).then().body("type",
                equalTo("PARTIAL_COMMITTEE")).body("shortCode", equalTo(nfc("ĐBBP")));
        given().auth().oauth2(admin()).get("/organisations/" + cellII).then().body("shortCode", equalTo(null))
                .body("term", equalTo(null));
        // the usual events and snapshots: a subscriber learns of the new organisations
        Topics.await("registry.organisations.v1",
                Topics.ofType(cellI.toString(), "vn.dangbo.registry.organisation.created.v1"), 1);
        Topics.await("registry.organisations.snapshot.v1", r -> r.key().equals(cellII.toString()), 1);
        given().auth().oauth2(admin()).queryParam("entity", "organisation").queryParam("id", cellII)
                .get("/audit").then().statusCode(200).body("[0].action", equalTo("CREATED"));
    }

    @Test
    void badRowsAreReportedByRowAndColumnInVietnameseAndNothingIsWritten() {
        UUID good = UUID.randomUUID();
        UUID orphan = UUID.randomUUID();
        UUID badType = UUID.randomUUID();
        UUID nameless = UUID.randomUUID();
        UUID childFirst = UUID.randomUUID();
        UUID laterParent = UUID.randomUUID();
        String csv = HEADER
                + good + "," + committee + ",Chi bộ,Chi bộ Phòng Hành chính,CB,2020-2022\n"
                + orphan + "," + UUID.randomUUID() + ",Chi bộ,Chi bộ mồ côi,CB,\n"
                + badType + "," + committee + ",Tổ đảng,Tổ đảng Lái xe,,\n"
                + nameless + "," + committee + ",Chi bộ,,CB,\n"
                + childFirst + "," + laterParent + ",Chi bộ,Chi bộ đứng trước cấp trên,,\n"
                + laterParent + "," + committee + ",Đảng bộ bộ phận,Đảng bộ bộ phận đứng sau,,\n"
                + "không-phải-uuid," + committee + ",Chi bộ,Chi bộ không mã,,20-25\n"
                + UUID.randomUUID() + "," + committee + ",Đảng bộ Khối,Đảng bộ Khối lồng nhau,,\n";

        JsonPath job = awaitFinished(submit(admin(), csv, CSV, false));
        assertEquals("REJECTED", job.getString("status"), job.prettify());
        assertEquals(6, job.getInt("invalid"), job.prettify());
        assertEquals(0, job.getInt("imported"));
        assertTrue(job.getString("message").contains("không dòng nào được nhập"), job.getString("message"));
        assertEquals("VALID", outcome(job, 2));
        assertError(job, 3, "parentId", "không có tổ chức đảng với mã này");
        assertError(job, 4, "type", "loại tổ chức không hợp lệ");
        assertError(job, 5, "name", "thiếu tên tổ chức");
        assertError(job, 6, "parentId", "tổ chức cấp trên phải đứng trước");
        assertEquals("VALID", outcome(job, 7));
        assertError(job, 8, "id", "không phải mã tổ chức (UUID)");
        assertError(job, 8, "term", "nhiệm kỳ phải có dạng 2020-2025");
        assertError(job, 9, "type", "Đảng bộ Khối không thể trực thuộc Đảng bộ cơ sở");
        // all or nothing: not even the valid rows
        given().auth().oauth2(admin()).get("/organisations/" + good).then().statusCode(404);
        given().auth().oauth2(admin()).get("/organisations/" + laterParent).then().statusCode(404);
        given().auth().oauth2(admin()).get("/organisations/" + committee + "/children").then().body("$", hasSize(0));

        JsonPath header = awaitFinished(submit(admin(), "id,parent,type,name\n" + good + ",,CELL,X\n", "text/csv",
                false));
        assertEquals("FAILED", header.getString("status"));
        assertEquals("Dòng tiêu đề không hợp lệ", header.getString("message"));
        assertTrue(header.getList("report[0].errors.field").containsAll(List.of("parent", "parentId")),
                header.prettify());
    }

    @Test
    void reImportingUpdatesNamesAndTermsAndCreatesNoDuplicates() {
        UUID cell = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String csv = HEADER
                + cell + "," + committee + ",Chi bộ,Chi bộ Phòng Kinh tế,CB,2020-2022\n"
                + other + "," + committee + ",Chi bộ,Chi bộ Phòng Nội chính,CB,2020-2022\n";
        JsonPath first = awaitFinished(submit(admin(), csv, CSV, false));
        assertEquals("DONE", first.getString("status"), first.prettify());

        JsonPath again = awaitFinished(submit(admin(), csv, CSV, false));
        assertEquals("DONE", again.getString("status"), again.prettify());
        assertEquals(0, again.getInt("created"));
        assertEquals(2, again.getInt("unchanged"));
        assertEquals(List.of("UNCHANGED", "UNCHANGED"), again.getList("report.outcome"));
        given().auth().oauth2(admin()).get("/organisations/" + committee + "/children").then().body("$", hasSize(2));
        given().auth().oauth2(admin()).get("/organisations/" + cell).then().body("version", equalTo(0));

        String renamed = HEADER
                + cell + "," + committee + ",CELL,Chi bộ Phòng Kinh tế - Ngành,CBKT,2022-2025\n"
                + other + "," + committee + ",CELL,Chi bộ Phòng Nội chính,CB,2020-2022\n";
        JsonPath dry = awaitFinished(submit(admin(), renamed, CSV, true));
        assertEquals(1, dry.getInt("updated"), dry.prettify());
        assertEquals("CHANGED", outcome(dry, 2));
        assertEquals(List.of("name", "shortCode", "term"), dry.getList("report[0].changedFields"));
        given().auth().oauth2(admin()).get("/organisations/" + cell).then().body("name",
                equalTo(nfc("Chi bộ Phòng Kinh tế")));

        JsonPath done = awaitFinished(submit(admin(), renamed, CSV, false));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(List.of("UPDATED", "UNCHANGED"), done.getList("report.outcome"));
        given().auth().oauth2(admin()).get("/organisations/" + cell).then()
                .body("name", equalTo(nfc("Chi bộ Phòng Kinh tế - Ngành")))
                .body("shortCode", equalTo("CBKT"))
                .body("term", equalTo("2022-2025"));
        given().auth().oauth2(admin()).get("/organisations/" + committee + "/children").then().body("$", hasSize(2));
        Topics.await("registry.organisations.v1",
                Topics.ofType(cell.toString(), "vn.dangbo.registry.organisation.renamed.v1"), 1);
        Topics.await("registry.organisations.v1",
                Topics.ofType(cell.toString(), "vn.dangbo.registry.organisation.term-changed.v1"), 1);

        // an import neither moves an organisation nor changes its type
        UUID second = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Nội vụ", "ĐU");
        String moved = HEADER
                + cell + "," + second + ",CELL,Chi bộ Phòng Kinh tế - Ngành,CBKT,2022-2025\n"
                + other + "," + committee + ",Đảng bộ bộ phận,Chi bộ Phòng Nội chính,CB,2020-2022\n";
        JsonPath refused = awaitFinished(submit(admin(), moved, CSV, false));
        assertEquals("REJECTED", refused.getString("status"), refused.prettify());
        assertError(refused, 2, "parentId", "chuyển tổ chức");
        assertError(refused, 3, "type", "không thể đổi loại tổ chức");
        given().auth().oauth2(admin()).get("/organisations/" + cell).then().body("parentId",
                equalTo(committee.toString()));
    }

    @Test
    void anExportedSubtreeListsParentsFirstAndImportsBackInCsvAndXlsx() throws IOException {
        UUID partial = organisation(committee, "PARTIAL_COMMITTEE", "Đảng bộ bộ phận Khối nghiệp vụ", "ĐBBP");
        UUID cellA = organisation(partial, "CELL", "Chi bộ Phòng Ảnh, \"Tư liệu\"", "CB");
        UUID cellB = organisation(committee, "CELL", "Chi bộ Ban Quản trị", "CB");
        UUID closed = organisation(committee, "CELL", "Chi bộ Phòng đã giải thể", "CB");
        send(admin(), "POST", "/organisations/" + closed + "/dissolution", "\"0\"",
                Map.of("effectiveDate", LocalDate.now().toString(), "decisionReference", "Quyết định số 9-QĐ/ĐU"))
                .statusCode(200);

        String csv = given().auth().oauth2(admin()).queryParam("organisationId", committee)
                .get("/exports/organisations").then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/csv")).extract().asString();
        List<List<String>> exported = csvRows(csv);
        assertEquals(List.of("id", "parentId", "type", "name", "shortCode", "term"), exported.get(0));
        List<String> ids = exported.stream().skip(1).map(r -> r.get(0)).toList();
        assertEquals(4, ids.size(), "the committee and its three active organisations: " + ids);
        assertFalse(ids.contains(closed.toString()), "a dissolved organisation is not exported");
        assertEquals(committee.toString(), ids.get(0));
        assertTrue(ids.indexOf(partial.toString()) < ids.indexOf(cellA.toString()), "parents before children");
        List<String> cellARow = exported.stream().filter(r -> r.get(0).equals(cellA.toString())).findFirst()
                .orElseThrow();
        assertEquals(List.of(cellA.toString(), partial.toString(), "CELL", nfc("Chi bộ Phòng Ảnh, \"Tư liệu\""),
                "CB", "2020-2025"), cellARow);

        JsonPath back = awaitFinished(submit(admin(), csv, CSV, false));
        assertEquals("DONE", back.getString("status"), back.prettify());
        assertEquals(4, back.getInt("unchanged"), "the export imports back unchanged");

        byte[] xlsx = given().auth().oauth2(admin()).queryParam("organisationId", committee)
                .queryParam("format", "xlsx").get("/exports/organisations").then().statusCode(200)
                .header("Content-Type", ImportRows.XLSX).extract().asByteArray();
        List<List<String>> sheet = sheetRows(xlsx);
        assertEquals(exported, sheet, "the workbook holds the same rows as the CSV");

        // edited in Excel and imported back: the edited name is updated, nothing is added
        List<List<Object>> edited = new ArrayList<>();
        for (List<String> row : sheet) {
            List<Object> copy = new ArrayList<>(row);
            if (row.get(0).equals(cellB.toString())) {
                copy.set(3, nfc("Chi bộ Ban Quản trị - Tài vụ"));
            }
            edited.add(copy);
        }
        JsonPath fromXlsx = awaitFinished(submit(admin(), Workbooks.of(edited), ImportRows.XLSX, false));
        assertEquals("DONE", fromXlsx.getString("status"), fromXlsx.prettify());
        assertEquals(1, fromXlsx.getInt("updated"));
        assertEquals(3, fromXlsx.getInt("unchanged"));
        given().auth().oauth2(admin()).get("/organisations/" + cellB).then().body("name",
                equalTo(nfc("Chi bộ Ban Quản trị - Tài vụ")));
        given().auth().oauth2(admin()).get("/organisations/" + committee + "/subtree").then()
                .body("items", hasSize(5));

        given().auth().oauth2(admin()).queryParam("organisationId", committee).queryParam("format", "pdf")
                .get("/exports/organisations").then().statusCode(400);
        given().auth().oauth2(admin()).queryParam("organisationId", UUID.randomUUID())
                .get("/exports/organisations").then().statusCode(404);
    }

    @Test
    void anXlsxWorkbookWithVietnameseTypeNamesIsImported() {
        UUID grassroots = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        UUID grassrootsCell = UUID.randomUUID();
        byte[] workbook = Workbooks.of(List.<List<Object>>of(
                List.<Object>of("id", "parentId", "type", "name", "shortCode", "term"),
                Arrays.<Object>asList(grassroots.toString(), bloc.toString(), "Đảng bộ cơ sở", "Đảng bộ Sở Y tế", "ĐU",
                        "2020-2025"),
                Arrays.<Object>asList(cell.toString(), grassroots.toString(), "chi bo", "Chi bộ Phòng Nghiệp vụ Y", null,
                        null),
                Arrays.<Object>asList(grassrootsCell.toString(), bloc.toString(), "Chi bộ cơ sở", "Chi bộ Báo tỉnh", "CB",
                        "2020-2022")));
        JsonPath done = awaitFinished(submit(admin(), workbook, ImportRows.XLSX, false));
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(3, done.getInt("imported"));
        given().auth().oauth2(admin()).get("/organisations/" + grassroots).then().body("type",
                equalTo("GRASSROOTS_COMMITTEE"));
        given().auth().oauth2(admin()).get("/organisations/" + cell).then().body("type", equalTo("CELL"))
                .body("parentId", equalTo(grassroots.toString()));
        given().auth().oauth2(admin()).get("/organisations/" + grassrootsCell).then().body("type",
                equalTo("GRASSROOTS_CELL"));

        // the same workbook without a content type is known by its content; importing it again adds nothing
        JsonPath again = awaitFinished(submit(admin(), workbook, "application/octet-stream", false));
        assertEquals("DONE", again.getString("status"), again.prettify());
        assertEquals(3, again.getInt("unchanged"));
    }

    @Test
    void officersImportAndExportOnlyWithinTheirSubtree() {
        UUID outside = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Xây dựng", "ĐU");
        String officer = RealInfrastructure.tokens().officer(committee.toString());
        UUID mine = UUID.randomUUID();
        String csv = HEADER
                + mine + "," + committee + ",Chi bộ,Chi bộ Phòng Quản trị,CB,\n"
                + UUID.randomUUID() + "," + outside + ",Chi bộ,Chi bộ Phòng Thanh tra Xây dựng,CB,\n"
                + outside + "," + bloc + ",Đảng bộ cơ sở,Đảng bộ Sở Xây dựng (đổi tên),ĐU,\n"
                + UUID.randomUUID() + ",,Đảng bộ Khối,Đảng bộ Khối mới,ĐUK,\n";
        JsonPath refused = awaitFinished(submit(officer, csv, CSV, false));
        assertEquals("REJECTED", refused.getString("status"), refused.prettify());
        assertEquals("VALID", outcome(refused, 2));
        assertError(refused, 3, "parentId", "cán bộ chỉ được thêm tổ chức đảng vào tổ chức được giao phụ trách");
        assertError(refused, 4, "id", "ngoài phạm vi cán bộ được giao phụ trách");
        assertError(refused, 5, "parentId", "chỉ quản trị viên được thêm tổ chức cấp cao nhất");
        given().auth().oauth2(admin()).get("/organisations/" + outside).then().body("name",
                equalTo(nfc("Đảng bộ Sở Xây dựng")));

        String id = submit(officer, HEADER + mine + "," + committee + ",Chi bộ,Chi bộ Phòng Quản trị,CB,\n"
                + committee + "," + bloc + ",Đảng bộ cơ sở,Đảng bộ Văn phòng UBND tỉnh,ĐU,2020-2025\n",
                CSV, false);
        JsonPath done = awaitFinished(id);
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(List.of("IMPORTED", "UNCHANGED"), done.getList("report.outcome"));
        given().auth().oauth2(officer).get("/imports/" + id).then().statusCode(200).body("kind",
                equalTo("ORGANISATIONS"));
        given().auth().oauth2(RealInfrastructure.tokens().officer(outside.toString())).get("/imports/" + id).then()
                .statusCode(404);

        given().auth().oauth2(officer).queryParam("organisationId", committee).get("/exports/organisations").then()
                .statusCode(200);
        given().auth().oauth2(officer).queryParam("organisationId", bloc).get("/exports/organisations").then()
                .statusCode(403).body("detail", org.hamcrest.Matchers.containsString("được giao phụ trách"));
        given().auth().oauth2(officer).queryParam("organisationId", outside).get("/exports/organisations").then()
                .statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("organisationId", committee)
                .get("/exports/organisations").then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(CSV).body(csv)
                .post("/imports/organisations").then().statusCode(403);
    }

    private static String outcome(JsonPath job, int row) {
        return job.getString("report.find { it.row == " + row + " }.outcome");
    }

    private static void assertError(JsonPath job, int row, String column, String message) {
        List<Map<String, String>> errors = job.getList("report.find { it.row == " + row + " }.errors");
        assertTrue(errors != null && errors.stream().anyMatch(e -> e.get("field").equals(column)
                && e.get("message").contains(nfc(message))), "row " + row + " column " + column + " «" + message
                        + "»: " + job.prettify());
        assertEquals("INVALID", outcome(job, row));
        for (Map<String, String> e : errors) {
            assertEquals(nfc(e.get("message")), e.get("message"), "NFC");
        }
    }

    private static String submit(String token, Object body, String contentType, boolean dryRun) {
        var request = given().auth().oauth2(token).contentType(contentType);
        request = body instanceof byte[] bytes ? request.body(bytes) : request.body((String) body);
        return request.queryParam("dryRun", dryRun)
                .post("/imports/organisations").then().statusCode(202).body("status", not(equalTo("FAILED")))
                .body("kind", equalTo("ORGANISATIONS")).extract().path("id");
    }

    private static JsonPath awaitFinished(String id) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(
                () -> given().auth().oauth2(admin()).get("/imports/" + id).then().statusCode(200).extract().jsonPath(),
                job -> !List.of("RECEIVED", "VALIDATING", "IMPORTING").contains(job.getString("status")));
    }

    private static List<List<String>> csvRows(String csv) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
            List<String> row;
            while ((row = reader.next()) != null) {
                if (!(row.size() == 1 && row.get(0).isEmpty())) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static List<List<String>> sheetRows(byte[] xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> values = new ArrayList<>();
                for (int c = 0; c < 6; c++) {
                    Cell cell = row.getCell(c);
                    values.add(cell == null ? "" : cell.getStringCellValue());
                }
                rows.add(values);
            }
        }
        return rows;
    }
}

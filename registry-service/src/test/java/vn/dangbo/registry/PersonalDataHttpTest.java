package vn.dangbo.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;
import static vn.dangbo.registry.support.RegistryApi.step;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.exchange.MemberCsv;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;
import vn.dangbo.testsupport.schema.PersonalData;

/**
 * Personal data (national ID, phone, full birth date) record by record, across every response and export that shows a
 * member and every event about one: an admin sees every member's, an officer only those of the members of their own
 * subtree, a viewer nobody's. The officer here is the Sở Tư pháp committee's; the province's other committee, Sở Nội
 * vụ, is outside their subtree although they read its members.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class PersonalDataHttpTest {

    private static final List<String> PERSONAL = List.of("nationalId", "phone", "birthDate");

    UUID bloc;
    UUID committee;
    UUID cell;
    UUID otherCommittee;
    UUID otherCell;
    Map<String, Object> insider;
    Map<String, Object> outsider;
    String inside;
    String outside;
    String officer;
    String otherOfficer;

    @BeforeEach
    void provinceWithTwoCommittees() {
        bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối các cơ quan tỉnh", "ĐUK");
        committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tư pháp", "ĐU");
        cell = organisation(committee, "CELL", "Chi bộ Công chứng", "CB");
        otherCommittee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Nội vụ", "ĐU");
        otherCell = organisation(otherCommittee, "CELL", "Chi bộ Thi đua", "CB");
        insider = memberBody(cell, "Khổng Minh Trọng", true);
        outsider = memberBody(otherCell, "Khổng Minh Ngoại", true);
        outsider.put("birthDate", "1986-07-23"); // the insider keeps memberBody's 1985-04-12
        inside = registerMember(admin(), insider).statusCode(201).extract().path("id");
        outside = registerMember(admin(), outsider).statusCode(201).extract().path("id");
        officer = RealInfrastructure.tokens().officer(committee.toString());
        otherOfficer = RealInfrastructure.tokens().officer(otherCommittee.toString());
    }

    @Test
    void aSearchShowsAnOfficerThePersonalDataOfTheMembersOfTheirSubtreeOnly() {
        // the request: a name across the province, no organisation given
        JsonPath byName = given().auth().oauth2(officer).queryParam("q", "khong minh").get("/members").then()
                .statusCode(200).extract().jsonPath();
        assertPersonal(byName, "items.find { it.id == '" + inside + "' }", insider);
        assertWithheld(byName, "items.find { it.id == '" + outside + "' }");

        JsonPath province = search(officer, bloc);
        assertPersonal(province, "items.find { it.id == '" + inside + "' }", insider);
        assertWithheld(province, "items.find { it.id == '" + outside + "' }");
        // the other committee's officer: the other way round
        JsonPath seenFromThere = search(otherOfficer, bloc);
        assertWithheld(seenFromThere, "items.find { it.id == '" + inside + "' }");
        assertPersonal(seenFromThere, "items.find { it.id == '" + outside + "' }", outsider);

        JsonPath asViewer = search(RealInfrastructure.tokens().viewer(), bloc);
        assertWithheld(asViewer, "items.find { it.id == '" + inside + "' }");
        assertWithheld(asViewer, "items.find { it.id == '" + outside + "' }");
        JsonPath asAdmin = search(admin(), bloc);
        assertPersonal(asAdmin, "items.find { it.id == '" + inside + "' }", insider);
        assertPersonal(asAdmin, "items.find { it.id == '" + outside + "' }", outsider);
    }

    @Test
    void theRecordAndTheCellsListFollowTheSameRule() {
        assertPersonal(get(officer, "/members/" + inside), "", insider);
        assertWithheld(get(officer, "/members/" + outside), "");
        assertPersonal(get(otherOfficer, "/members/" + outside), "", outsider);
        assertWithheld(get(RealInfrastructure.tokens().viewer(), "/members/" + inside), "");
        assertPersonal(get(admin(), "/members/" + outside), "", outsider);

        assertPersonal(get(officer, "/organisations/" + cell + "/members"), "find { it.id == '" + inside + "' }",
                insider);
        assertWithheld(get(officer, "/organisations/" + otherCell + "/members"),
                "find { it.id == '" + outside + "' }");
        assertWithheld(get(RealInfrastructure.tokens().viewer(), "/organisations/" + cell + "/members"),
                "find { it.id == '" + inside + "' }");
        assertPersonal(get(admin(), "/organisations/" + otherCell + "/members"),
                "find { it.id == '" + outside + "' }", outsider);

        // the history holds steps, never personal data, whoever reads it
        for (String token : List.of(admin(), officer, RealInfrastructure.tokens().viewer())) {
            String history = given().auth().oauth2(token).get("/members/" + outside + "/history").then()
                    .statusCode(200).body("kind", hasItem("ADMITTED")).extract().asString();
            assertNoPersonalData(history, outsider);
        }
    }

    @Test
    void anOfficerOutsideTheSubtreeCannotNarrowTheBirthDateDownToTheDay() {
        // the outsider was born on 23/7/1986: an exact range would give the day away, so outside the officer's
        // subtree it is taken by month
        assertEquals(List.of(), found(admin(), otherCell, "1986-07-24", "1986-07-31"));
        assertEquals(List.of(outside), found(officer, otherCell, "1986-07-24", "1986-07-31"));
        assertEquals(List.of(outside), found(officer, bloc, "1986-07-24", "1986-07-31"));
        assertEquals(List.of(outside), found(RealInfrastructure.tokens().viewer(), otherCell, "1986-07-24",
                "1986-07-31"));
        // inside their subtree the day counts, as it does for an admin
        assertEquals(List.of(), found(otherOfficer, otherCell, "1986-07-24", "1986-07-31"));
        assertEquals(List.of(), found(officer, cell, "1985-04-13", "1985-04-30"));
        assertEquals(List.of(inside), found(officer, committee, "1985-04-12", "1985-04-12"));
    }

    @Test
    void whatAnOfficerChangesComesBackWithPersonalDataOnlyWhileTheMemberIsInTheirSubtree() {
        Map<String, Object> newcomer = memberBody(cell, "Khổng Minh Mới", true);
        String id = registerMember(officer, newcomer).statusCode(201).extract().path("id");
        assertPersonal(registerMember(officer, memberBody(cell, "Khổng Minh Mười", true)).statusCode(201).extract()
                .jsonPath(), "", null);
        JsonPath exempted = send(officer, "POST", "/members/" + id + "/exemption", null,
                step(LocalDate.now(), "Quyết định số 3-QĐ/ĐU")).statusCode(200).extract().jsonPath();
        assertPersonal(exempted, "", newcomer);
        // transferred out of the officer's subtree: the answer already withholds it, as every later read does
        JsonPath transferred = send(officer, "POST", "/members/" + id + "/transfer", null, Map.of(
                "toOrganisationId", otherCell, "effectiveDate", LocalDate.now().toString(),
                "decisionReference", "Quyết định số 4-QĐ/ĐU")).statusCode(200).extract().jsonPath();
        assertEquals(otherCell.toString(), transferred.getString("organisationId"));
        assertWithheld(transferred, "");
        assertWithheld(get(officer, "/members/" + id), "");
        assertPersonal(get(otherOfficer, "/members/" + id), "", newcomer);
    }

    @Test
    void theCsvExportWritesPersonalDataOnlyForTheMembersTheReaderMaySee() {
        String byOfficer = export(officer, "csv").extract().asString();
        assertTrue(byOfficer.contains(csvLine(insider, true)), byOfficer);
        assertTrue(byOfficer.contains(csvLine(outsider, false)), byOfficer);
        assertNoPersonalData(byOfficer, outsider);

        String byViewer = export(RealInfrastructure.tokens().viewer(), "csv").extract().asString();
        assertTrue(byViewer.contains(csvLine(insider, false)), byViewer);
        assertNoPersonalData(byViewer, insider);
        assertNoPersonalData(byViewer, outsider);

        String byAdmin = export(admin(), "csv").extract().asString();
        assertTrue(byAdmin.contains(csvLine(insider, true)), byAdmin);
        assertTrue(byAdmin.contains(csvLine(outsider, true)), byAdmin);
    }

    @Test
    void theXlsxExportLeavesTheCellsEmptyForTheMembersTheReaderMayNotSee() throws IOException {
        try (XSSFWorkbook book = workbook(officer)) {
            assertCells(row(book, "Khổng Minh Trọng"), insider);
            assertCells(row(book, "Khổng Minh Ngoại"), null);
        }
        try (XSSFWorkbook book = workbook(otherOfficer)) {
            assertCells(row(book, "Khổng Minh Trọng"), null);
            assertCells(row(book, "Khổng Minh Ngoại"), outsider);
        }
        try (XSSFWorkbook book = workbook(RealInfrastructure.tokens().viewer())) {
            assertCells(row(book, "Khổng Minh Trọng"), null);
            assertCells(row(book, "Khổng Minh Ngoại"), null);
        }
        try (XSSFWorkbook book = workbook(admin())) {
            assertCells(row(book, "Khổng Minh Trọng"), insider);
            assertCells(row(book, "Khổng Minh Ngoại"), outsider);
        }
    }

    @Test
    void theAuditTrailWhoseEntriesHoldPersonalDataIsForAdminsOnly() {
        String nationalId = (String) outsider.get("nationalId");
        given().auth().oauth2(admin()).queryParam("entity", "member").queryParam("id", outside).get("/audit").then()
                .statusCode(200).body("after[0].nationalId", equalTo(nationalId));
        for (String token : List.of(officer, otherOfficer, RealInfrastructure.tokens().viewer())) {
            String refused = given().auth().oauth2(token).queryParam("entity", "member").queryParam("id", outside)
                    .get("/audit").then().statusCode(403).extract().asString();
            assertNoPersonalData(refused, outsider);
        }
    }

    @Test
    void noEventNorSnapshotOfAMemberCarriesPersonalData() {
        // a re-import that changes the phone: the event names the field, never its value
        String newPhone = "0977" + String.valueOf(System.nanoTime()).substring(0, 6);
        String csv = "organisationId,fullName,birthDate,sex,ethnicity,nationalId,phone,admittedOn,fullMemberOn\n"
                + otherCell + ",Khổng Minh Ngoại," + outsider.get("birthDate") + ",Nam,Kinh," + outsider.get("nationalId") + "," + newPhone
                + ",2010-05-19,2011-05-19\n";
        String job = given().auth().oauth2(admin()).contentType("text/csv; charset=UTF-8").body(csv)
                .post("/imports/members").then().statusCode(202).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin())
                .get("/imports/" + job).then().body("status", equalTo("DONE")).body("updated", equalTo(1)));
        // the job's report names the changed field, not its value; another's job does not exist for an officer
        String report = given().auth().oauth2(admin()).get("/imports/" + job).then()
                .body("report[0].changedFields", equalTo(List.of("phone"))).extract().asString();
        assertFalse(report.contains(newPhone), report);
        assertNoPersonalData(report, outsider);
        given().auth().oauth2(otherOfficer).get("/imports/" + job).then().statusCode(404);
        send(admin(), "POST", "/members/" + inside + "/exemption", null, step(LocalDate.now(), "Quyết định số 5-QĐ/ĐU"))
                .statusCode(200);

        String bootstrap = RealInfrastructure.kafka().bootstrapServers();
        try (TopicReader events = TopicReader.of(bootstrap, "registry.members.v1");
                TopicReader snapshots = TopicReader.of(bootstrap, "registry.members.snapshot.v1")) {
            List<ConsumerRecord<String, String>> insiders = events.awaitRecords(r -> r.key().equals(inside), 2,
                    Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> outsiders = events.awaitRecords(r -> r.key().equals(outside), 2,
                    Duration.ofSeconds(30));
            ConsumerRecord<String, String> updated = outsiders.get(1);
            assertEquals("vn.dangbo.registry.member.updated.v1", TopicReader.header(updated, "ce_type"));
            assertEquals(List.of("phone"), JsonPath.from(updated.value()).getList("changedFields"));
            for (ConsumerRecord<String, String> record : insiders) {
                assertNoPersonalData(record.value(), insider);
                assertValid(record);
            }
            for (ConsumerRecord<String, String> record : outsiders) {
                assertNoPersonalData(record.value(), outsider);
                assertFalse(record.value().contains(newPhone), "the new phone on a topic");
                assertValid(record);
            }
            List<ConsumerRecord<String, String>> latest = snapshots.awaitRecords(
                    r -> r.key().equals(outside) || r.key().equals(inside), 4, Duration.ofSeconds(30));
            for (ConsumerRecord<String, String> record : latest) {
                Map<String, Object> member = record.key().equals(inside) ? insider : outsider;
                assertNoPersonalData(record.value(), member);
                assertFalse(record.value().contains(newPhone), "the new phone on the snapshot topic");
                assertEquals(((String) member.get("birthDate")).substring(0, 7),
                        JsonPath.from(record.value()).getString("member.birthMonth"), "the month only");
            }
        }
    }

    @Test
    void theContractsDescribePersonalDataOnlyWhereTheRuleIsApplied() {
        // a new request or response holding personal data fails here until its readers are checked like these
        String openapi = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract()
                .asString();
        assertEquals(Map.of("MemberResponse", Set.copyOf(PERSONAL), "RegisterMemberRequest", Set.copyOf(PERSONAL),
                "AdmissionRequest", Set.copyOf(PERSONAL)), PersonalData.inOpenApi(openapi));
        PersonalData.assertEventSchemasCarryNone(Path.of("src/main/resources/META-INF/resources/events/schemas"));
    }

    // ---------------------------------------------------------------------------------------------------

    private static JsonPath search(String token, UUID organisationId) {
        return given().auth().oauth2(token).queryParam("q", "khong minh").queryParam("organisationId", organisationId)
                .get("/members").then().statusCode(200).body("items", hasSize(2)).extract().jsonPath();
    }

    private static List<String> found(String token, UUID organisationId, String bornFrom, String bornTo) {
        return given().auth().oauth2(token).queryParam("organisationId", organisationId)
                .queryParam("bornFrom", bornFrom).queryParam("bornTo", bornTo).get("/members").then()
                .statusCode(200).extract().path("items.id");
    }

    private static JsonPath get(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The member at {@code path} shows the national ID, phone and birth date of {@code body} (any, when null). */
    private static void assertPersonal(JsonPath json, String path, Map<String, Object> body) {
        String at = path.isEmpty() ? "" : path + ".";
        assertTrue(json.get(path.isEmpty() ? "id" : path + ".id") != null, "no member at " + path);
        for (String field : PERSONAL) {
            Object value = json.get(at + field);
            assertTrue(value != null, field + " withheld from one who may see it: " + json.prettify());
            if (body != null) {
                assertEquals(body.get(field), value, field);
            }
        }
    }

    private static void assertWithheld(JsonPath json, String path) {
        String at = path.isEmpty() ? "" : path + ".";
        assertTrue(json.get(path.isEmpty() ? "id" : path + ".id") != null, "no member at " + path);
        for (String field : PERSONAL) {
            assertNull(json.get(at + field), field + " shown to one who may not see it: " + json.prettify());
        }
        assertTrue(json.get(at + "fullName") != null, "the rest of the record is still shown");
    }

    private static void assertNoPersonalData(String text, Map<String, Object> member) {
        assertFalse(text.contains((String) member.get("nationalId")), "national ID in " + text);
        assertFalse(text.contains((String) member.get("phone")), "phone in " + text);
        assertFalse(text.contains((String) member.get("birthDate")), "full birth date in " + text);
    }

    private static void assertValid(ConsumerRecord<String, String> record) {
        EventSchemas.assertValid(EventSchemas.producerSchema("registry-service", TopicReader.header(record, "ce_type")),
                record.value());
    }

    private ValidatableResponse export(String token, String format) {
        return given().auth().oauth2(token).queryParam("organisationId", bloc).queryParam("format", format)
                .get("/exports/members").then().statusCode(200);
    }

    /** The export's line of a member up to the phone column, with or without the personal columns. */
    private static String csvLine(Map<String, Object> member, boolean personal) {
        return member.get("organisationId") + "," + member.get("fullName") + ","
                + (personal ? member.get("birthDate") : "") + ",MALE,Kinh,Không," + (personal ? member.get("nationalId") + "," + member.get("phone") : ",") + ",";
    }

    private XSSFWorkbook workbook(String token) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(export(token, "xlsx").extract().asByteArray()));
    }

    private static Row row(XSSFWorkbook book, String fullName) {
        Sheet sheet = book.getSheetAt(0);
        int column = MemberCsv.COLUMNS.indexOf("fullName");
        for (Row r : sheet) {
            if (r.getRowNum() > 0 && fullName.equals(r.getCell(column).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError(fullName + " not exported");
    }

    /** The personal cells of a row hold the member's data, or are empty when {@code member} is null. */
    private static void assertCells(Row row, Map<String, Object> member) {
        for (String field : PERSONAL) {
            Cell cell = row.getCell(MemberCsv.COLUMNS.indexOf(field));
            if (member == null) {
                assertTrue(cell == null || cell.getCellType() == CellType.BLANK, field + " written for a reader "
                        + "who may not see it");
            } else if (field.equals("birthDate")) {
                assertEquals(LocalDate.parse((String) member.get("birthDate")),
                        cell.getLocalDateTimeCellValue().toLocalDate());
            } else {
                assertEquals(member.get(field), cell.getStringCellValue(), field);
            }
        }
    }
}

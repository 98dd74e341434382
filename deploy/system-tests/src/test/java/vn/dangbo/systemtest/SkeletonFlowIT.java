package vn.dangbo.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton across the four packaged services: registry → congress and emulation read models →
 * a congress → a party-format notice from docs.
 */
class SkeletonFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    @Test
    void fromRegistryToANoticeInPartyFormat() throws Exception {
        UUID bloc = Registry.organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", "ĐUK");
        UUID office = Registry.organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng UBND tỉnh", "ĐU");
        UUID pilotCell = Registry.organisation(office, "CELL", "Chi bộ I", "CB");
        UUID smallCell = Registry.organisation(office, "CELL", "Chi bộ IV", "CB");
        LocalDate admitted = LocalDate.of(2005, 3, 2);
        for (int i = 0; i < 9; i++) {
            Registry.member(pilotCell, "Nguyễn Văn Thắng " + (i + 1), i % 3 == 0 ? "FEMALE" : "MALE", admitted,
                    admitted.plusYears(1));
        }
        Registry.member(pilotCell, "Lò Thị Xuyến", "FEMALE", LocalDate.now().minusMonths(2), null);
        for (int i = 0; i < 5; i++) {
            Registry.member(smallCell, "Trần Thị Hường " + (i + 1), "FEMALE", admitted, admitted.plusYears(1));
        }

        // congress: its read model counts full members and derives the election structure
        String congress = SystemUnderTest.url("congress-service");
        String admin = SystemUnderTest.admin();
        await().atMost(PROPAGATION).untilAsserted(() -> given().baseUri(congress).auth().oauth2(admin)
                .get("/organisations/" + pilotCell + "/election-structure").then().statusCode(200)
                .body("fullMembers", equalTo(9))
                .body("probationaryMembers", equalTo(1))
                .body("structure.kind", equalTo("CELL_WITH_COMMITTEE")));
        await().atMost(PROPAGATION).untilAsserted(() -> given().baseUri(congress).auth().oauth2(admin)
                .get("/organisations/" + smallCell + "/election-structure").then().statusCode(200)
                .body("fullMembers", equalTo(5))
                .body("structure.kind", equalTo("CELL_SECRETARY_ONLY")));

        // emulation: the grassroots organisations that may register for the movement
        await().atMost(PROPAGATION).untilAsserted(() -> given().baseUri(SystemUnderTest.url("emulation-service"))
                .auth().oauth2(admin).queryParam("blocId", bloc)
                .get("/movements/eligible-organisations").then().statusCode(200)
                .body("id", hasItem(office.toString()))
                .body("id", not(hasItem(pilotCell.toString()))));

        // congress: the seed's round (pilot Chi bộ I within 3/2020), then the pilot congress of Chi bộ I
        String roundId = given().baseUri(congress).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("conveningCommitteeId", office, "ruleSetId", "2020",
                        "ageReferenceMonths", Map.of("GRASSROOTS", "2020-04"), "pilotOrganisationId", pilotCell,
                        "pilotWindow", Map.of("from", "2020-03-01", "to", "2020-03-31"),
                        "cellWindow", Map.of("from", "2020-04-01", "to", "2020-04-30"),
                        "committeeWindow", Map.of("from", "2020-06-01", "to", "2020-06-30"),
                        "cellTerm", "2020-2022", "committeeTerm", "2020-2025"))
                .post("/rounds").then().statusCode(201).extract().path("id");
        String congressId = given().baseUri(congress).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "organisationId", pilotCell, "kind", "ALL_MEMBER",
                        "startDate", "2020-03-20", "days", 1, "pilot", true, "term", "2020-2022"))
                .post("/congresses").then().statusCode(201).extract().path("id");

        // docs: the notice about that congress, issued once, as PDF and DOCX with every glyph intact; with it (one
        // transaction) the programme and, the congress being all-member, the attendee list
        String docs = SystemUnderTest.url("docs-service");
        List<Map<String, Object>> documents = await().atMost(PROPAGATION).until(() -> given().baseUri(docs)
                .auth().oauth2(admin).queryParam("relatedTo", congressId).get("/documents")
                .then().statusCode(200).extract().jsonPath().getList("$"), list -> !list.isEmpty());
        assertEquals(List.of("TB", "CTr", "DS"), documents.stream().map(d -> d.get("type")).toList(),
                "one notice, one programme and one attendee list per congress-scheduled event");
        String documentId = (String) documents.get(0).get("id");

        Response pdf = given().baseUri(docs).auth().oauth2(admin).queryParam("format", "pdf")
                .get("/documents/" + documentId + "/content");
        pdf.then().statusCode(200).contentType("application/pdf");
        String pdfText;
        try (PDDocument document = Loader.loadPDF(pdf.asByteArray())) {
            pdfText = new PDFTextStripper().getText(document);
        }
        Response docx = given().baseUri(docs).auth().oauth2(admin).queryParam("format", "docx")
                .get("/documents/" + documentId + "/content");
        docx.then().statusCode(200)
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        String docxText;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.asByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            docxText = extractor.getText();
        }
        for (String text : List.of(pdfText, docxText)) {
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("ĐẢNG CỘNG SẢN VIỆT NAM"), flat);
            assertTrue(flat.contains("THÔNG BÁO"), flat);
            assertTrue(flat.contains("Chi bộ I"), flat);
            assertTrue(flat.contains("ĐẢNG ỦY VĂN PHÒNG UBND TỈNH"), flat);
            assertTrue(flat.contains("ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH"), flat);
            assertTrue(flat.contains("2020-2022"), flat);
            assertTrue(flat.contains("TB/ĐU"), flat);
        }
    }

    @Test
    void everyServicePublishesItsHealthOpenApiAndEventCatalogue() {
        for (String module : List.of("registry-service", "congress-service", "emulation-service", "docs-service")) {
            String base = SystemUnderTest.url(module);
            given().baseUri(base).get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().baseUri(base).get("/q/openapi").then().statusCode(200);
            given().baseUri(base).get("/events/asyncapi.yaml").then().statusCode(200);
            given().baseUri(base).get("/q/metrics").then().statusCode(200);
            given().baseUri(base).get("/q/swagger-ui/").then().statusCode(200);
        }
    }
}

package vn.dangbo.docs.document;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.rendering.FileHash;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * POST /documents and /documents/batch through the real stack (PostgreSQL, Kafka): numbering register, void,
 * congress runs, files and hashes, batch as merged PDF or ZIP, roles, and the problems a user sees on bad input.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class DocumentIssuingApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void anIssuedPlanIsNumberedStoredHashedAndListed() throws IOException {
        UUID issuer = UUID.randomUUID();
        Response created = issue(RealInfrastructure.tokens().admin(), request("plan", issuer, "2020-2025", "2024-05-10"));
        created.then().statusCode(201)
                .header("Location", containsString("/documents/"))
                .body("type", equalTo("KH"))
                .body("number", equalTo(1))
                .body("symbol", equalTo("01-KH/ĐUK"))
                .body("title", equalTo("Kế hoạch tổ chức đại hội các chi bộ trực thuộc nhiệm kỳ 2020-2022"))
                .body("term", equalTo("2020-2025"))
                .body("run", equalTo("KH"))
                .body("issuedOn", equalTo("2024-05-10"))
                .body("status", equalTo("ISSUED"))
                .body("version", equalTo(0))
                .body("createdBy", equalTo("admin"))
                .body("createdAt", matchesPattern("\\d{4}-.*"))
                .body("pdfSha256", matchesPattern("[0-9a-f]{64}"));
        String id = created.path("id");

        byte[] pdf = given().auth().oauth2(RealInfrastructure.tokens().viewer()).get("/documents/{id}/content", id)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        byte[] docx = given().auth().oauth2(RealInfrastructure.tokens().viewer()).accept(DOCX).get("/documents/{id}/content", id)
                .then().statusCode(200).contentType(DOCX).extract().asByteArray();
        assertEquals(created.path("pdfSha256"), FileHash.sha256(pdf), "the PDF downloaded is the one certified");
        assertEquals(created.path("docxSha256"), FileHash.sha256(docx), "the DOCX downloaded is the one certified");
        for (String text : List.of(normalizeWhitespace(TextExtraction.pdfText(pdf)), normalizeWhitespace(TextExtraction.docxText(docx)))) {
            assertTrue(text.contains("Số 01-KH/ĐUK"), text);
            assertTrue(text.contains("Lào Cai, ngày 10 tháng 5 năm 2024"), text);
            assertTrue(text.contains("ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP TỈNH"), text);
            assertTrue(text.contains("I. MỤC ĐÍCH, YÊU CẦU"), text);
        }

        // listing by type (slug or code), issuing body and period
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("type", "plan").queryParam("issuerId", issuer.toString())
                .queryParam("from", "2024-05-01").queryParam("to", "2024-05-31")
                .get("/documents").then().statusCode(200)
                .body("id", contains(id));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("type", "KH").queryParam("issuerId", issuer.toString()).queryParam("from", "2024-05-11")
                .get("/documents").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("type", "TB").queryParam("issuerId", issuer.toString())
                .get("/documents").then().statusCode(200)
                .body("size()", equalTo(0));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("from", "10/5/2024")
                .get("/documents").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    @Test
    void aVoidedNumberStaysInTheRegisterAndIsNeverGivenAgain() throws Exception {
        UUID issuer = UUID.randomUUID();
        String admin = RealInfrastructure.tokens().admin();
        issue(admin, request("notice", issuer, "2020-2025", "2024-03-01")).then().statusCode(201).body("number", equalTo(1));
        String second = issue(admin, request("notice", issuer, "2020-2025", "2024-03-02")).then().statusCode(201)
                .body("number", equalTo(2)).extract().path("id");

        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Sai thành phần")).post("/documents/{id}/void", second)
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .post("/documents/{id}/void", second)
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("reason", "Ghi sai thời gian tổ chức; thay bằng thông báo khác"))
                .post("/documents/{id}/void", second)
                .then().statusCode(200)
                .body("status", equalTo("VOIDED"))
                .body("voidReason", equalTo("Ghi sai thời gian tổ chức; thay bằng thông báo khác"))
                .body("voidedBy", equalTo("admin"))
                .body("version", equalTo(1))
                .body("number", equalTo(2));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("reason", "lần nữa"))
                .post("/documents/{id}/void", second)
                .then().statusCode(409);

        issue(admin, request("notice", issuer, "2020-2025", "2024-03-03")).then().statusCode(201)
                .body("number", equalTo(3)).body("symbol", equalTo("03-TB/ĐUK"));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("issuerId", issuer.toString()).queryParam("term", "2020-2025").queryParam("run", "TB")
                .get("/documents/register").then().statusCode(200)
                .body("number", contains(1, 2, 3))
                .body("status", contains("ISSUED", "VOIDED", "ISSUED"))
                .body("[1].voidReason", equalTo("Ghi sai thời gian tổ chức; thay bằng thông báo khác"));

        // subscribers hear of the void, in the producer's schema
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), "docs.documents.v1")) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> second.equals(r.key())
                    && "vn.dangbo.docs.document.voided.v1".equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(60));
            EventSchemas.assertCloudEvent(record, "vn.dangbo.docs.document.voided.v1", "/dangbo/docs-service");
            EventSchemas.assertValid(schema("vn.dangbo.docs.document.voided.v1"), record.value());
            JsonNode data = JSON.readTree(record.value()).get("document");
            assertEquals("VOIDED", data.get("status").asText());
            assertEquals(2, data.get("number").asInt());
            ConsumerRecord<String, String> issued = reader.awaitRecord(r -> second.equals(r.key())
                    && "vn.dangbo.docs.document.issued.v1".equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(60));
            EventSchemas.assertValid(schema("vn.dangbo.docs.document.issued.v1"), issued.value());
        }
    }

    @Test
    void congressDocumentsShareOneRunPerCongress() {
        UUID issuer = UUID.randomUUID();
        UUID congress = UUID.randomUUID();
        String admin = RealInfrastructure.tokens().admin();
        Map<String, Object> report = request("report", issuer, "2020-2025", "2020-06-10");
        report.put("congressId", congress.toString());
        Map<String, Object> resolution = request("resolution", issuer, "2020-2025", "2020-06-11");
        resolution.put("congressId", congress.toString());
        issue(admin, report).then().statusCode(201).body("symbol", equalTo("01-BC/ĐUK")).body("run", equalTo(congress.toString()))
                .body("relatedTo", equalTo(congress.toString()));
        issue(admin, resolution).then().statusCode(201).body("symbol", equalTo("02-NQ/ĐUK"));
        // outside the congress, the type's own run starts at 01
        issue(admin, request("resolution", issuer, "2020-2025", "2020-07-01")).then().statusCode(201)
                .body("symbol", equalTo("01-NQ/ĐUK"));
    }

    @Test
    void aBatchOfInvitationsIsOneNumberedDocumentAsMergedPdfOrZip() throws IOException {
        UUID issuer = UUID.randomUUID();
        Map<String, Object> batch = request("invitation", issuer, "2020-2025", "2024-05-02");
        List<Map<String, Object>> addressees = new ArrayList<>();
        for (String name : List.of("Đồng chí Nguyễn Văn Bình", "Đồng chí Lò Thị Xuân", "Đồng chí Hoàng Đức Mạnh")) {
            addressees.add(Map.of("name", name));
        }
        batch.put("addressees", addressees);
        ((Map<?, ?>) batch.get("data")).remove("addressee");

        Response merged = given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(batch).post("/documents/batch");
        merged.then().statusCode(201).contentType("application/pdf")
                .header("Location", containsString("/documents/"));
        try (PDDocument pdf = Loader.loadPDF(merged.asByteArray())) {
            assertEquals(3, pdf.getNumberOfPages());
        }
        String text = normalizeWhitespace(TextExtraction.pdfText(merged.asByteArray()));
        for (Map<String, Object> a : addressees) {
            assertTrue(text.contains("Kính gửi: " + a.get("name")), text);
        }
        String id = merged.header("Location").replaceAll(".*/documents/", "");
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).get("/documents/{id}", id)
                .then().statusCode(200).body("copies", equalTo(3)).body("symbol", equalTo("01-GM/ĐUK"))
                .body("pdfSha256", equalTo(FileHash.sha256(merged.asByteArray())));

        Response zip = given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .queryParam("format", "zip").body(batch).post("/documents/batch");
        zip.then().statusCode(201).contentType("application/zip")
                .header("Content-Disposition", containsString(".zip"));
        List<String> copies = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.asByteArray()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                copies.add(normalizeWhitespace(TextExtraction.pdfText(in.readAllBytes())));
            }
        }
        assertEquals(3, copies.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(copies.get(i).contains("Kính gửi: " + addressees.get(i).get("name")), copies.get(i));
            assertTrue(copies.get(i).contains("Số 02-GM/ĐUK"), "the second batch took the next number: " + copies.get(i));
        }

        Map<String, Object> unnamed = new LinkedHashMap<>(batch);
        unnamed.put("addressees", List.of(Map.of("name", "Đồng chí A"), Map.of("position", "Bí thư")));
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(unnamed).post("/documents/batch")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("addressees[1].name"));
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        String admin = RealInfrastructure.tokens().admin();
        Map<String, Object> noName = request("plan", UUID.randomUUID(), "2020-2025", "2024-05-10");
        ((Map<String, Object>) noName.get("issuer")).remove("name");
        issue(admin, noName).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("issuer.name"));

        issue(admin, request("memo", UUID.randomUUID(), "2020-2025", "2024-05-10")).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("type"))
                .body("detail", containsString("memo"))
                .body("detail", containsString("plan (KH)"));

        Map<String, Object> noPlace = request("invitation", UUID.randomUUID(), "2020-2025", "2024-05-10");
        ((Map<String, Object>) noPlace.get("data")).remove("place");
        issue(admin, noPlace).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("data.place"));

        UUID issuer = UUID.randomUUID();
        Map<String, Object> emoji = request("plan", issuer, "2020-2025", "2024-05-10");
        ((Map<String, Object>) emoji.get("data")).put("summary", "Tổ chức đại hội 🎉 các chi bộ");
        issue(admin, emoji).then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("data.summary"))
                .body("detail", containsString("U+1F389"));
        Map<String, Object> deepEmoji = request("plan", issuer, "2020-2025", "2024-05-10");
        ((List<Map<String, Object>>) ((Map<String, Object>) deepEmoji.get("data")).get("blocks"))
                .set(1, Map.of("text", "Chữ Hán 漢 không in được"));
        issue(admin, deepEmoji).then().statusCode(422)
                .body("errors[0].field", equalTo("data.blocks[1].text"))
                .body("detail", containsString("U+6F22"));
        // refused requests took no number
        issue(admin, request("plan", issuer, "2020-2025", "2024-05-10")).then().statusCode(201).body("number", equalTo(1));
    }

    @Test
    void anOverrideTemplateTakesEffectAtOnceAndACharacterItAddsThatTheFontLacksIsA422() throws IOException {
        Path dir = Path.of("target/test-templates");
        java.nio.file.Files.createDirectories(dir);
        Path override = dir.resolve("schedule.txt");
        String admin = RealInfrastructure.tokens().admin();
        try {
            java.nio.file.Files.writeString(override, "@type LỊCH THI ĐẤU CHÍNH THỨC\n@unnumbered\n@summary {data.summary}\n"
                    + "Địa điểm: {data.venue}.\n");
            String id = issue(admin, request("schedule", UUID.randomUUID(), "2020-2025", "2024-04-20")).then().statusCode(201)
                    .extract().path("id");
            byte[] pdf = given().auth().oauth2(admin).get("/documents/{id}/content", id).then().statusCode(200)
                    .extract().asByteArray();
            assertTrue(normalizeWhitespace(TextExtraction.pdfText(pdf)).contains("LỊCH THI ĐẤU CHÍNH THỨC"));

            java.nio.file.Files.writeString(override, "@type LỊCH THI ĐẤU \u26BD\n@summary {data.summary}\n");
            UUID issuer = UUID.randomUUID();
            issue(admin, request("schedule", issuer, "2020-2025", "2024-04-20")).then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("U+26BD"))
                    .body("errors[0].field", containsString("typeName"));
            given().auth().oauth2(admin).queryParam("issuerId", issuer.toString()).get("/documents")
                    .then().statusCode(200).body("size()", equalTo(0));
        } finally {
            java.nio.file.Files.deleteIfExists(override);
        }
    }

    static Response issue(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/documents");
    }

    /** A request for the type with its sample data from src/test/resources/samples. */
    static Map<String, Object> request(String type, UUID issuer, String term, String date) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("type", type);
        Map<String, Object> issuerBody = new LinkedHashMap<>();
        issuerBody.put("id", issuer.toString());
        issuerBody.put("name", "Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh");
        issuerBody.put("shortCode", "ĐUK");
        issuerBody.put("higherBody", "Đảng bộ tỉnh Lào Cai");
        r.put("issuer", issuerBody);
        r.put("term", term);
        r.put("date", date);
        r.put("data", sample(type));
        return r;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> sample(String type) {
        String file = "/samples/" + (type.equals("memo") ? "plan" : type) + ".json";
        try (InputStream in = DocumentIssuingApiTest.class.getResourceAsStream(file)) {
            Map<String, Object> data = JSON.readValue(in, LinkedHashMap.class);
            if (data.get("blocks") instanceof List<?> blocks) {
                data.put("blocks", new ArrayList<>(blocks));
            }
            return data;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path schema(String type) {
        return Path.of("src/main/resources/META-INF/resources/events/schemas", type + ".json");
    }
}

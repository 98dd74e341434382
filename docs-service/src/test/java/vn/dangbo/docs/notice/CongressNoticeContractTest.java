package vn.dangbo.docs.notice;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.CongressFixtures;
import vn.dangbo.docs.CongressFixtures.Congress;
import vn.dangbo.docs.CongressFixtures.Convener;
import vn.dangbo.docs.CongressFixtures.Sent;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * congress.scheduled events, as congress-service's schema defines them, sent to the real Kafka: each congress
 * gets exactly one numbered notice, downloadable as PDF and DOCX, announced on docs.documents.v1.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class CongressNoticeContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** 01:30 on 11 March in Hà Nội: the notice is dated by Vietnamese time, not UTC. */
    private static final OffsetDateTime EVENING_UTC = OffsetDateTime.parse("2020-03-10T18:30:00Z");

    @Inject
    EntityManager entityManager;

    @Inject
    CongressNoticeService notices;

    @Test
    void aScheduledCongressGetsOneNoticeReadableAsPdfAndDocx() throws Exception {
        Convener office = CongressFixtures.committee("Đảng bộ Văn phòng UBND tỉnh");
        Congress congress = CongressFixtures.cellCongress(office, "Chi bộ Sở Tư pháp", LocalDate.of(2020, 3, 20));
        Sent sent = CongressFixtures.scheduled(congress, EVENING_UTC);

        List<Map<String, Object>> documents = CongressFixtures.awaitDocuments(congress.id().toString(), 1);
        assertEquals(1, documents.size());
        Map<String, Object> notice = documents.get(0);
        assertEquals("TB", notice.get("type"));
        assertEquals(1, notice.get("number"));
        assertEquals("01-TB/ĐU", notice.get("symbol"));
        assertEquals("Thông báo về việc tổ chức Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022", notice.get("title"));
        assertEquals("Đảng bộ Văn phòng UBND tỉnh", notice.get("issuerName"));
        assertEquals(congress.id().toString(), notice.get("relatedTo"));
        String id = (String) notice.get("id");

        given().auth().oauth2(RealInfrastructure.tokens().officer(UUID.randomUUID().toString()))
                .get("/documents/{id}", id)
                .then().statusCode(200)
                .body("symbol", equalTo("01-TB/ĐU"))
                .body("issuerId", equalTo(office.id().toString()));

        Response pdf = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/documents/{id}/content", id);
        pdf.then().statusCode(200)
                .contentType("application/pdf")
                .header("Content-Disposition", containsString(
                        "attachment; filename=\"TB-01-DU-Thong-bao-ve-viec-to-chuc-Dai-hoi-Chi-bo-So-Tu-phap-nhiem-ky-2020-2022.pdf\""))
                .header("Content-Disposition", containsString("filename*=UTF-8''TB-01-%C4%90U%20Th%C3%B4ng%20b%C3%A1o"));
        assertNotice(TextExtraction.pdfText(pdf.asByteArray()));

        Response docx = given().auth().oauth2(RealInfrastructure.tokens().viewer()).accept(DOCX)
                .get("/documents/{id}/content", id);
        docx.then().statusCode(200)
                .contentType(DOCX)
                .header("Content-Disposition", containsString(".docx\""));
        assertNotice(TextExtraction.docxText(docx.asByteArray()));

        // announced on docs.documents.v1 as a CloudEvent matching this service's schema
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), "docs.documents.v1")) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> id.equals(r.key()), Duration.ofSeconds(60));
            EventSchemas.assertCloudEvent(record, "vn.dangbo.docs.document.issued.v1", "/dangbo/docs-service");
            EventSchemas.assertValid(ownSchema("vn.dangbo.docs.document.issued.v1"), record.value());
            JsonNode data = JSON.readTree(record.value()).get("document");
            assertEquals(id, data.get("id").asText());
            assertEquals("01-TB/ĐU", data.get("symbol").asText());
            assertEquals(1, data.get("number").asInt());
            assertEquals(office.id().toString(), data.get("issuerId").asText());
            assertEquals(congress.id().toString(), data.get("relatedTo").asText());
            assertEquals("/documents/" + id + "/content", data.get("contentUrl").asText());
        }

        // the same record again, as after a consumer crash before its offset was committed
        CongressFixtures.scheduled(sent.eventId(), congress, EVENING_UTC);
        // a new event behind it on the same partition: once it is applied, the duplicate was read
        Congress sentinel = CongressFixtures.cellCongress(CongressFixtures.committee("Đảng bộ Sở Y tế"), "Chi bộ Phòng Y tế",
                LocalDate.of(2020, 4, 2));
        CongressFixtures.scheduled(sentinel, EVENING_UTC);
        CongressFixtures.awaitDocuments(sentinel.id().toString(), 1);
        assertEquals(1, CongressFixtures.documents(RealInfrastructure.tokens().admin(), congress.id().toString()).size());
        assertEquals(1L, inboxRows(sent.eventId()));
    }

    @Test
    void theNextCongressOfTheSameConvenerGetsTheNextNumber() {
        Convener office = CongressFixtures.committee("Đảng bộ Sở Tài chính");
        Congress first = CongressFixtures.cellCongress(office, "Chi bộ Phòng Ngân sách", LocalDate.of(2020, 3, 20));
        Congress second = CongressFixtures.cellCongress(office, "Chi bộ Phòng Tin học", LocalDate.of(2020, 3, 21));
        CongressFixtures.scheduled(first, EVENING_UTC);
        CongressFixtures.scheduled(second, EVENING_UTC);

        assertEquals("01-TB/ĐU", CongressFixtures.awaitDocuments(first.id().toString(), 1).get(0).get("symbol"));
        Map<String, Object> next = CongressFixtures.awaitDocuments(second.id().toString(), 1).get(0);
        assertEquals("02-TB/ĐU", next.get("symbol"));
        assertEquals(2, next.get("number"));
    }

    @Test
    void anEventAppliedTwiceBehindTheInboxStillIssuesOneDocument() throws Exception {
        Convener office = CongressFixtures.committee("Đảng bộ Sở Nội vụ");
        Congress congress = CongressFixtures.cellCongress(office, "Chi bộ Phòng Công chức", LocalDate.of(2020, 5, 4));
        IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), CongressFixtures.SCHEDULED,
                CongressFixtures.CONGRESS_SOURCE, congress.id().toString(), EVENING_UTC,
                JSON.readTree(CongressFixtures.scheduledData(congress)));

        QuarkusTransaction.requiringNew().run(() -> notices.apply(event));
        QuarkusTransaction.requiringNew().run(() -> notices.apply(event));

        List<Map<String, Object>> documents = CongressFixtures.documents(RealInfrastructure.tokens().admin(),
                congress.id().toString());
        assertEquals(1, documents.size());
        assertEquals("01-TB/ĐU", documents.get(0).get("symbol"));
    }

    @Test
    void anotherCongressEventIsRecordedAndIgnored() {
        Convener office = CongressFixtures.committee("Đảng bộ Sở Xây dựng");
        Congress congress = CongressFixtures.cellCongress(office, "Chi bộ Phòng Quy hoạch", LocalDate.of(2020, 5, 4));
        String eventId = UUID.randomUUID().toString();
        CongressFixtures.send(CongressFixtures.ORDERED_PARTITION,
                CongressFixtures.event("vn.dangbo.congress.congress.postponed.v1", congress.id().toString(),
                        "{\"congress\":{\"id\":\"" + congress.id() + "\"}}").withId(eventId).withTime(EVENING_UTC));
        Congress sentinel = CongressFixtures.cellCongress(office, "Chi bộ Phòng Kinh tế", LocalDate.of(2020, 5, 5));
        CongressFixtures.scheduled(sentinel, EVENING_UTC);

        CongressFixtures.awaitDocuments(sentinel.id().toString(), 1);
        assertEquals(1L, inboxRows(eventId));
        assertEquals(0, CongressFixtures.documents(RealInfrastructure.tokens().admin(), congress.id().toString()).size());
    }

    @Test
    void theConvenersTypeInTheEventChoosesTheWordingWhateverItsName() throws Exception {
        Convener treasury = new Convener(UUID.randomUUID(), "Cơ quan Kho bạc Nhà nước tỉnh", null, UUID.randomUUID(),
                "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        String cell = applyOwnCongress(treasury, "GRASSROOTS_CELL");
        Map<String, Object> cellNotice = CongressFixtures.documents(RealInfrastructure.tokens().admin(), cell).get(0);
        assertEquals("01-TB/CB", cellNotice.get("symbol"));
        String cellText = pdfText((String) cellNotice.get("id"));
        assertTrue(cellText.contains("Cơ quan Kho bạc Nhà nước tỉnh thông báo việc tổ chức"), cellText);
        assertTrue(cellText.contains("T/M CHI BỘ"), cellText);
        assertTrue(cellText.contains("Lưu hồ sơ chi bộ."), cellText);

        Convener hospital = new Convener(UUID.randomUUID(), "Chi bộ Bệnh viện Đa khoa tỉnh", null, UUID.randomUUID(),
                "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        String committee = applyOwnCongress(hospital, "GRASSROOTS_COMMITTEE");
        Map<String, Object> committeeNotice = CongressFixtures.documents(RealInfrastructure.tokens().admin(), committee)
                .get(0);
        assertEquals("01-TB/ĐU", committeeNotice.get("symbol"));
        String committeeText = pdfText((String) committeeNotice.get("id"));
        assertTrue(committeeText.contains("Ban Thường vụ Chi bộ Bệnh viện Đa khoa tỉnh thông báo việc tổ chức"),
                committeeText);
        assertTrue(committeeText.contains("T/M BAN THƯỜNG VỤ"), committeeText);
        assertTrue(committeeText.contains("Lưu Văn phòng."), committeeText);
    }

    @Test
    void anOfficesOverrideOfTheNoticeTemplateWritesTheCongressNotice() throws Exception {
        Path override = Path.of("target/test-templates/notice.txt");
        Files.createDirectories(override.getParent());
        Convener office = CongressFixtures.committee("Đảng bộ Sở Khoa học và Công nghệ");
        String congressId;
        try {
            Files.writeString(override, """
                    @type THÔNG BÁO
                    @summary Về việc tổ chức Đại hội {data.congress.organisation} nhiệm kỳ {data.congress.term}
                    Văn phòng {data.congress.convener} trân trọng thông báo: Đại hội {data.congress.organisation} khai mạc {data.congress.firstDay}.
                    @signature T/L BAN THƯỜNG VỤ | CHÁNH VĂN PHÒNG | {data.signature.name}
                    @recipient Lưu Văn phòng.
                    """);
            congressId = applyScheduled(CongressFixtures.cellCongress(office, "Chi bộ Phòng Công nghệ",
                    LocalDate.of(2020, 5, 6)));
        } finally {
            Files.deleteIfExists(override);
        }
        Map<String, Object> notice = CongressFixtures.documents(RealInfrastructure.tokens().admin(), congressId).get(0);
        assertEquals("01-TB/ĐU", notice.get("symbol"));
        assertEquals("Thông báo về việc tổ chức Đại hội Chi bộ Phòng Công nghệ nhiệm kỳ 2020-2022", notice.get("title"));
        String text = pdfText((String) notice.get("id"));
        assertTrue(text.contains("Văn phòng Đảng ủy Sở Khoa học và Công nghệ trân trọng thông báo: Đại hội Chi bộ Phòng "
                + "Công nghệ khai mạc ngày 06 tháng 5 năm 2020."), text);
        assertTrue(text.contains("CHÁNH VĂN PHÒNG"), text);
        assertFalse(text.contains("Nhận được thông báo này"), text);

        // the override removed, the next notice has the built-in wording again, without a restart
        String next = applyScheduled(CongressFixtures.cellCongress(office, "Chi bộ Phòng Sở hữu trí tuệ",
                LocalDate.of(2020, 5, 7)));
        String builtIn = pdfText((String) CongressFixtures.documents(RealInfrastructure.tokens().admin(), next).get(0)
                .get("id"));
        assertTrue(builtIn.contains("Nhận được thông báo này"), builtIn);
        assertFalse(builtIn.contains("CHÁNH VĂN PHÒNG"), builtIn);
    }

    /** The congress of the convener itself, its type (and the convener's) as the event gives it; the congress id. */
    private String applyOwnCongress(Convener convener, String type) throws Exception {
        Congress congress = new Congress(UUID.randomUUID(), convener.id(), convener.name(), type, "ALL_MEMBER",
                LocalDate.of(2020, 5, 8), 1, false, "2020-2025", convener);
        IncomingEvent event = scheduled(congress, type);
        assertEquals(type, notices.noticeOf(event).convenerType(), "read from convener.type");
        QuarkusTransaction.requiringNew().run(() -> notices.apply(event));
        return congress.id().toString();
    }

    /** Applies congress.scheduled (without convener.type) as the consumer does, in its own transaction; the congress id. */
    private String applyScheduled(Congress congress) throws Exception {
        IncomingEvent event = scheduled(congress, null);
        QuarkusTransaction.requiringNew().run(() -> notices.apply(event));
        return congress.id().toString();
    }

    /**
     * congress.scheduled as congress-service publishes it, checked against its schema.
     *
     * @param convenerType the convener's type (convener.type), or null for an event published before it was added
     */
    private static IncomingEvent scheduled(Congress congress, String convenerType) throws Exception {
        ObjectNode data = (ObjectNode) JSON.readTree(CongressFixtures.scheduledData(congress));
        if (convenerType != null) {
            ((ObjectNode) data.get("convener")).put("type", convenerType);
        }
        EventSchemas.assertValid(EventSchemas.producerSchema("congress-service", CongressFixtures.SCHEDULED),
                data.toString());
        return new IncomingEvent(UUID.randomUUID().toString(), CongressFixtures.SCHEDULED,
                CongressFixtures.CONGRESS_SOURCE, congress.id().toString(), EVENING_UTC, data);
    }

    private static String pdfText(String documentId) {
        byte[] pdf = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/documents/{id}/content", documentId).then().statusCode(200).extract().asByteArray();
        return normalizeWhitespace(TextExtraction.pdfText(pdf));
    }

    private static void assertNotice(String extracted) {
        String text = normalizeWhitespace(extracted);
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        for (String expected : List.of("ĐẢNG CỘNG SẢN VIỆT NAM", "THÔNG BÁO", "ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH",
                "ĐẢNG ỦY VĂN PHÒNG UBND TỈNH", "Số 01-TB/ĐU", "Lào Cai, ngày 11 tháng 3 năm 2020",
                "Về việc tổ chức Đại hội Chi bộ Sở Tư pháp nhiệm kỳ 2020-2022", "Chi bộ Sở Tư pháp",
                "đại hội toàn thể đảng viên", "đại hội điểm", "ngày 20 tháng 3 năm 2020", "T/M BAN THƯỜNG VỤ", "BÍ THƯ",
                "Nơi nhận")) {
            assertTrue(text.contains(expected), () -> "missing \"" + expected + "\" in:\n" + text);
        }
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private static Path ownSchema(String type) {
        Path file = Path.of("src/main/resources/META-INF/resources/events/schemas", type + ".json");
        assertTrue(file.toFile().isFile(), "schema file " + file.toAbsolutePath());
        return file;
    }
}

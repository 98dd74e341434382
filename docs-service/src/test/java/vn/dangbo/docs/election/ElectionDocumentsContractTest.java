package vn.dangbo.docs.election;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.CongressFixtures;
import vn.dangbo.docs.election.ElectionFixtures.Congress;
import vn.dangbo.docs.election.ElectionFixtures.Election;
import vn.dangbo.docs.election.ElectionFixtures.Votes;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * congress.elections.v1 as congress-service's schemas define it (every fixture is validated against the producer's
 * file), over the real Kafka: an approved list gets its ballots, a declared result its counting minutes, the
 * submitted results the submission and the congress minutes' part, numbered in the congress' run; each exactly
 * once however often the event arrives.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class ElectionDocumentsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime TIME = OffsetDateTime.parse("2025-05-20T02:00:00Z");
    private static final List<Votes> VOTES = List.of(new Votes("Nguyễn Hữu Long", 9, "81.82", "ELECTED"),
            new Votes("Lò Thị Xuân", 6, "54.55", "ELECTED"), new Votes("Hoàng Văn Đức", 5, "45.45", "NOT_ELECTED"));

    @Inject
    ElectionDocumentService elections;

    @Inject
    EntityManager entityManager;

    @Test
    void anApprovedListGetsItsBallotsOnceEvenDeliveredTwice() throws Exception {
        Congress congress = ElectionFixtures.committeeCongress("Đảng bộ Sở Tư pháp");
        Election committee = ElectionFixtures.committee(5);
        String data = ElectionFixtures.listApproved(congress, committee, ElectionPapersTest.SIX, 7, 3, "BCH1-");
        String eventId = UUID.randomUUID().toString();
        ElectionFixtures.send(ElectionFixtures.LIST_APPROVED, congress, data, eventId, TIME);

        List<Map<String, Object>> documents = CongressFixtures.awaitDocuments(congress.id().toString(), 1);
        assertEquals(List.of("PB"), types(documents));
        Map<String, Object> ballots = documents.get(0);
        assertEquals(10, ((Number) ballots.get("copies")).intValue(), "7 voters and 3 spares: " + ballots);
        byte[] pdf = pdf((String) ballots.get("id"), "ballots");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(5, doc.getNumberOfPages(), "10 ballots, two to an A4 sheet");
            assertEquals(PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getWidth(), 1f, "A4 landscape");
        }
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        for (int serial = 1; serial <= 10; serial++) {
            assertTrue(text.contains("Mã phiếu: BCH1-" + serial + " "), "serial " + serial + " in " + text);
        }
        assertTrue(text.contains("Ban Chấp hành Đảng bộ Sở Tư pháp nhiệm kỳ 2025-2030"), text);
        assertTrue(text.contains("Bầu 5 trong số 6 đồng chí"), text);
        assertFalse(text.contains("Số:") || text.contains("tháng 5 năm 2025"), "no number, no date: " + text);

        // subscribers hear of it as of any document, in docs-service's own schema
        awaitIssuedEvent((String) ballots.get("id"));

        // the same record again (a consumer crash before its offset was committed), then a sentinel behind it
        ElectionFixtures.send(ElectionFixtures.LIST_APPROVED, congress, data, eventId, TIME);
        Congress sentinel = ElectionFixtures.committeeCongress("Đảng bộ Sở Xây dựng");
        ElectionFixtures.send(ElectionFixtures.LIST_APPROVED, sentinel, ElectionFixtures.listApproved(sentinel,
                ElectionFixtures.secretary(), List.of("Lò Thị Xuân"), 3, 3, "BT1-"), UUID.randomUUID().toString(), TIME);
        CongressFixtures.awaitDocuments(sentinel.id().toString(), 1);
        assertEquals(1, CongressFixtures.documents(RealInfrastructure.tokens().admin(), congress.id().toString())
                .size());
        assertEquals(1L, inboxRows(eventId));
    }

    @Test
    void theResultsAreNumberedInTheCongressRunCountingMinutesThenTheSubmissionAndTheCongressMinutes()
            throws Exception {
        Congress congress = ElectionFixtures.cellCongress("Chi bộ Phòng Hành chính");
        Election committee = new Election(UUID.randomUUID(), "CELL_COMMITTEE", "Chi ủy", "CONGRESS", 1, 2, 0,
                "STRIKE_OUT");
        ElectionFixtures.send(ElectionFixtures.COUNT_CLOSED, congress, ElectionFixtures.countClosed(congress, committee),
                UUID.randomUUID().toString(), TIME);
        ElectionFixtures.send(ElectionFixtures.RESULT_DECLARED, congress, ElectionFixtures.resultDeclared(congress,
                committee, 12, 10, 1, 12, VOTES, 0), UUID.randomUUID().toString(), TIME);
        ElectionFixtures.send(ElectionFixtures.RESULTS_SUBMITTED, congress, ElectionFixtures.resultsSubmitted(congress,
                List.of(committee), List.of(VOTES), 12), UUID.randomUUID().toString(), TIME.plusDays(1));

        List<Map<String, Object>> documents = CongressFixtures.awaitDocuments(congress.id().toString(), 3);
        assertEquals(List.of("BB", "TTr", "BB"), types(documents), "the closed count itself issues nothing");
        assertEquals(List.of("01-BB/CB", "02-TTr/CB", "03-BB/CB"),
                documents.stream().map(d -> d.get("symbol")).toList(), "one run for the congress' documents");

        String minutes = normalizeWhitespace(TextExtraction.pdfText(pdf((String) documents.get(0).get("id"),
                "counting-minutes")));
        for (String expected : List.of("CHI BỘ PHÒNG HÀNH CHÍNH", "Số 01-BB/CB",
                "Kiểm phiếu bầu Chi ủy Chi bộ Phòng Hành chính nhiệm kỳ 2025-2027", "Số phiếu phát ra: 12.",
                "Số phiếu hợp lệ: 10.", "căn cứ tính kết quả bầu cử: 11 đảng viên.", "Lò Thị Xuân 6 54,55 Trúng cử",
                ElectionFixtures.HASH, "Lê Thị Hằng (Trưởng ban)", "T/M BAN KIỂM PHIẾU")) {
            assertTrue(minutes.contains(expected), () -> "missing \"" + expected + "\" in " + minutes);
        }
        String submission = normalizeWhitespace(TextExtraction.pdfText(pdf((String) documents.get(1).get("id"),
                "submission")));
        for (String expected : List.of("TỜ TRÌNH", "Số 02-TTr/CB",
                "Kính gửi: Ban Thường vụ Đảng ủy Văn phòng UBND tỉnh", "Nguyễn Hữu Long 9 81,82 Trúng cử",
                "xem xét, chuẩn y kết quả bầu cử", "T/M CHI BỘ")) {
            assertTrue(submission.contains(expected), () -> "missing \"" + expected + "\" in " + submission);
        }
        String congressMinutes = normalizeWhitespace(TextExtraction.pdfText(pdf((String) documents.get(2).get("id"),
                null)));
        assertTrue(congressMinutes.contains("Đại hội Chi bộ Phòng Hành chính nhiệm kỳ 2025-2027 (phần bầu cử)"),
                congressMinutes);
    }

    @Test
    void anEventAppliedAgainWithoutTheInboxIssuesNothingNew() throws Exception {
        Congress congress = ElectionFixtures.committeeCongress("Đảng bộ Sở Y tế");
        Election committee = ElectionFixtures.committee(2);
        IncomingEvent event = new IncomingEvent(UUID.randomUUID().toString(), ElectionFixtures.RESULTS_SUBMITTED,
                ElectionFixtures.SOURCE, congress.id().toString(), TIME, JSON.readTree(
                        ElectionFixtures.resultsSubmitted(congress, List.of(committee), List.of(VOTES), 12)));

        QuarkusTransaction.requiringNew().run(() -> elections.apply(event));
        // a replay of the topic behind a wiped inbox: every type is found issued for this event
        QuarkusTransaction.requiringNew().run(() -> elections.apply(event));

        assertEquals(List.of("TTr", "BB"), types(CongressFixtures.documents(RealInfrastructure.tokens().admin(),
                congress.id().toString())));
    }

    @Test
    void aListApprovedBreakingTheContractGoesToTheDeadLetterTopicAndTheNextEventStillFlows() {
        Congress congress = ElectionFixtures.committeeCongress("Đảng bộ Sở Nông nghiệp");
        String poison = "{\"congress\":{\"id\":\"" + congress.id() + "\"}}";
        ElectionFixtures.send(ElectionFixtures.LIST_APPROVED, congress, poison, UUID.randomUUID().toString(), TIME);
        Congress next = ElectionFixtures.committeeCongress("Đảng bộ Sở Công Thương");
        ElectionFixtures.send(ElectionFixtures.LIST_APPROVED, next, ElectionFixtures.listApproved(next,
                ElectionFixtures.secretary(), List.of("Lò Thị Xuân"), 3, 3, "BT1-"), UUID.randomUUID().toString(), TIME);

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), "docs.dlq.v1")) {
            ConsumerRecord<String, String> dead = reader.awaitRecord(r -> congress.id().toString().equals(r.key()),
                    Duration.ofSeconds(60));
            assertThat(TopicReader.header(dead, "dead-letter-reason"), containsString("does not follow its schema"));
            assertEquals(ElectionFixtures.TOPIC, TopicReader.header(dead, "dead-letter-topic"));
        }
        CongressFixtures.awaitDocuments(next.id().toString(), 1);
        assertEquals(0, CongressFixtures.documents(RealInfrastructure.tokens().admin(), congress.id().toString())
                .size());
    }

    private static void awaitIssuedEvent(String documentId) throws Exception {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), "docs.documents.v1")) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> documentId.equals(r.key())
                    && "vn.dangbo.docs.document.issued.v1".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(60));
            EventSchemas.assertValid(Path.of("src/main/resources/META-INF/resources/events/schemas",
                    "vn.dangbo.docs.document.issued.v1.json"), record.value());
            JsonNode document = JSON.readTree(record.value()).get("document");
            assertEquals("PB", document.get("type").asText());
        }
    }

    private static List<Object> types(List<Map<String, Object>> documents) {
        return documents.stream().map(d -> d.get("type")).toList();
    }

    /** The PDF as issued; with {@code keepAs}, kept under target/ to look at. */
    private static byte[] pdf(String documentId, String keepAs) throws Exception {
        byte[] pdf = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/documents/{id}/content", documentId).then().statusCode(200).extract().asByteArray();
        if (keepAs != null) {
            Path file = Path.of("target/election-documents", keepAs + ".pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, pdf);
        }
        return pdf;
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }
}

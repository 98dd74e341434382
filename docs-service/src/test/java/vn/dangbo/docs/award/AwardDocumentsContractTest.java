package vn.dangbo.docs.award;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.CongressFixtures;
import vn.dangbo.docs.award.AwardFixtures.Issuer;
import vn.dangbo.docs.award.AwardFixtures.Recipient;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * emulation.awards.v1 as emulation-service's schemas define it (every fixture is validated against the producer's
 * file), over the real Kafka: a decided award yields exactly one decision and one certificate per recipient,
 * numbered in the bloc committee's runs in annex order; a proposed award the submission to the higher body; each
 * exactly once however often the event arrives.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class AwardDocumentsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final OffsetDateTime TIME = OffsetDateTime.parse("2024-05-06T02:00:00Z");

    @Inject
    AwardDocumentService awards;

    @Test
    void aDecidedAwardIssuesOneDecisionAndACertificatePerRecipientNumberedInAnnexOrderExactlyOnce() throws Exception {
        Issuer issuer = Issuer.bloc();
        List<Recipient> recipients = AwardFixtures.recipients(2, 4);
        UUID decisionId = UUID.randomUUID();
        String data = AwardFixtures.decided(issuer, decisionId, recipients);
        String eventId = UUID.randomUUID().toString();
        String movementKey = UUID.randomUUID().toString();
        AwardFixtures.send(AwardEventData.AWARD_DECIDED, movementKey, data, eventId, TIME);

        List<Map<String, Object>> decision = CongressFixtures.awaitDocuments(decisionId.toString(), 1);
        assertEquals(1, decision.size());
        assertEquals("QĐ", decision.get(0).get("type"));
        assertEquals("01-QĐ/ĐUK", decision.get(0).get("symbol"));
        String decisionText = normalizeWhitespace(TextExtraction.pdfText(pdf((String) decision.get(0).get("id"),
                "decision")));
        assertTrue(decisionText.contains("cho 2 tập thể và 4 cá nhân (có tên trong danh sách kèm theo)"),
                decisionText);

        // the annex order, as the pure rules give it, is the certificates' numbering order
        List<AwardEventData.Recipient> annex = AwardPapers.annexOrder(AwardEventData.awardDecided(
                AwardPapersTest.event(AwardEventData.AWARD_DECIDED, data)).recipients());
        for (int i = 0; i < annex.size(); i++) {
            List<Map<String, Object>> certificate = CongressFixtures.awaitDocuments(annex.get(i).awardId().toString(),
                    1);
            assertEquals(1, certificate.size());
            assertEquals("GK", certificate.get(0).get("type"));
            assertEquals(String.format("%02d-GK/ĐUK", i + 1), certificate.get(0).get("symbol"),
                    "certificate of " + annex.get(i).name());
        }
        byte[] first = pdf(documentOf(annex.get(0).awardId()), "certificate");
        try (PDDocument doc = Loader.loadPDF(first)) {
            assertEquals(PDRectangle.A4.getHeight(), doc.getPage(0).getMediaBox().getWidth(), 1f, "A4 landscape");
        }
        String firstText = normalizeWhitespace(TextExtraction.pdfText(first));
        assertTrue(firstText.contains(annex.get(0).name()) && firstText.contains("Số 01-GK/ĐUK"), firstText);

        // subscribers hear of every document, in docs-service's own schema: type, number, relatedTo
        Map<String, JsonNode> issued = awaitIssuedEvents(recipients.size() + 1, issuer.id().toString());
        assertEquals("QĐ", issued.get(decisionId.toString()).get("type").asText());
        assertEquals(1, issued.get(decisionId.toString()).get("number").asInt());
        for (int i = 0; i < annex.size(); i++) {
            JsonNode certificate = issued.get(annex.get(i).awardId().toString());
            assertEquals("GK", certificate.get("type").asText());
            assertEquals(i + 1, certificate.get("number").asInt());
        }

        // the same record again (a consumer crash before its offset was committed): stopped by the inbox; and
        // applied again behind the inbox (a replay of the topic after the inbox was wiped): stopped by the lookup
        AwardFixtures.send(AwardEventData.AWARD_DECIDED, movementKey, data, eventId, TIME);
        IncomingEvent replay = new IncomingEvent(eventId, AwardEventData.AWARD_DECIDED, AwardFixtures.SOURCE,
                movementKey, TIME, JSON.readTree(data));
        QuarkusTransaction.requiringNew().run(() -> awards.apply(replay));
        Issuer sentinelIssuer = Issuer.bloc();
        UUID sentinel = UUID.randomUUID();
        AwardFixtures.send(AwardEventData.AWARD_DECIDED, movementKey, AwardFixtures.decided(sentinelIssuer, sentinel,
                AwardFixtures.recipients(0, 1)), UUID.randomUUID().toString(), TIME);
        CongressFixtures.awaitDocuments(sentinel.toString(), 1);
        assertEquals(1, documents(decisionId.toString()).size());
        for (Recipient r : recipients) {
            assertEquals(1, documents(r.awardId().toString()).size(), "one certificate for " + r.name());
        }
        List<Object> register = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("issuerId", issuer.id()).queryParam("term", "2020-2025").queryParam("run", "GK")
                .get("/documents/register").then().statusCode(200).extract().jsonPath().getList("number");
        assertEquals(List.of(1, 2, 3, 4, 5, 6), register, "no number taken twice, none skipped");
    }

    @Test
    void aProposedAwardIssuesTheSubmissionToTheHigherBodyOnce() throws Exception {
        Issuer issuer = Issuer.bloc();
        UUID proposalId = UUID.randomUUID();
        String data = AwardFixtures.proposed(issuer, proposalId, AwardFixtures.recipients(1, 2));
        String eventId = UUID.randomUUID().toString();
        AwardFixtures.send(AwardEventData.AWARD_PROPOSED, UUID.randomUUID().toString(), data, eventId, TIME);

        List<Map<String, Object>> documents = CongressFixtures.awaitDocuments(proposalId.toString(), 1);
        assertEquals(1, documents.size());
        assertEquals("TTr", documents.get(0).get("type"));
        assertEquals("01-TTr/ĐUK", documents.get(0).get("symbol"));
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf((String) documents.get(0).get("id"),
                "submission")));
        assertTrue(text.contains("Kính gửi: Ban Thường vụ Tỉnh ủy Lào Cai"), text);

        IncomingEvent replay = new IncomingEvent(eventId, AwardEventData.AWARD_PROPOSED, AwardFixtures.SOURCE,
                "k", TIME, JSON.readTree(data));
        QuarkusTransaction.requiringNew().run(() -> awards.apply(replay));
        assertEquals(1, documents(proposalId.toString()).size());
    }

    private static List<Map<String, Object>> documents(String relatedTo) {
        return CongressFixtures.documents(RealInfrastructure.tokens().admin(), relatedTo);
    }

    private static String documentOf(UUID awardId) {
        return (String) documents(awardId.toString()).get(0).get("id");
    }

    /** The issued events of one issuer's documents, by relatedTo, each valid in docs-service's schema. */
    private static Map<String, JsonNode> awaitIssuedEvents(int count, String issuerId) throws Exception {
        Map<String, JsonNode> byRelatedTo = new HashMap<>();
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), "docs.documents.v1")) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> "vn.dangbo.docs.document.issued.v1"
                    .equals(TopicReader.header(r, "ce_type")) && r.value().contains(issuerId), count,
                    Duration.ofSeconds(60));
            for (ConsumerRecord<String, String> record : records) {
                EventSchemas.assertValid(Path.of("src/main/resources/META-INF/resources/events/schemas",
                        "vn.dangbo.docs.document.issued.v1.json"), record.value());
                JsonNode document = JSON.readTree(record.value()).get("document");
                byRelatedTo.put(document.get("relatedTo").asText(), document);
            }
        }
        assertEquals(count, byRelatedTo.size(), "one issued event per document");
        return byRelatedTo;
    }

    /** The PDF as issued, kept under target/award-documents to look at. */
    private static byte[] pdf(String documentId, String keepAs) throws Exception {
        byte[] pdf = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/documents/{id}/content", documentId).then().statusCode(200).extract().asByteArray();
        Path file = Path.of("target/award-documents", keepAs + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        return pdf;
    }
}

package vn.dangbo.emulation.award;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.emulation.award.AwardFixtures.Nominee.member;
import static vn.dangbo.emulation.award.AwardFixtures.Nominee.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * docs-service's answers over Kafka (docs.documents.v1), published as docs-service does and checked against its
 * schema: the decision gets its number, each award its certificate and becomes CERTIFIED, announced once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class DocsDocumentsConsumerTest {

    private static final String DOCS = "docs.documents.v1";
    private static final String ISSUED = "vn.dangbo.docs.document.issued.v1";
    private static final Path DOCS_SCHEMA = EventSchemas.producerSchema("docs-service", ISSUED);

    private static RegistryPlayer registry;
    private static TopicWriter docs;

    @BeforeAll
    static void start() {
        registry = new RegistryPlayer();
        docs = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), DOCS);
    }

    @AfterAll
    static void close() {
        registry.close();
        docs.close();
    }

    /** A document as docs-service publishes it, valid against docs-service's own schema. */
    private static CloudEvent issued(Org issuer, String type, int number, String relatedTo) {
        UUID id = UUID.randomUUID();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id.toString());
        document.put("type", type);
        document.put("number", number);
        document.put("symbol", number + "-" + type + "/ĐUK");
        document.put("title", "GK".equals(type) ? "Giấy khen" : "Quyết định khen thưởng");
        document.put("issuerId", issuer.id().toString());
        document.put("issuerName", issuer.name());
        document.put("term", "2020-2025");
        document.put("run", type);
        document.put("issuedOn", "2024-05-06");
        document.put("relatedTo", relatedTo);
        document.put("status", "ISSUED");
        document.put("voidReason", null);
        document.put("version", 0);
        document.put("pdfSha256", "a".repeat(64));
        document.put("docxSha256", null);
        document.put("copies", 1);
        document.put("createdAt", "2024-05-06T02:00:00Z");
        document.put("contentUrl", "/documents/" + id + "/content");
        String json = AwardFixtures.toJson(Map.of("document", document));
        EventSchemas.assertValid(DOCS_SCHEMA, json);
        return CloudEvent.of("/dangbo/docs-service", ISSUED, id.toString(), json);
    }

    @Test
    void theDecisionAndEachCertificateGetTheirNumbersOnceAndTheAwardsBecomeCertified() {
        Org bloc = registry.organisation(Org.bloc("Đảng bộ Khối (thử giấy khen)"));
        Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tài chính", "CB"));
        String movementId = AwardFixtures.launch(bloc.id());
        List<UUID> ids = AwardFixtures.approved(movementId, List.of(organisation(cell.id(), cell.name()),
                member(UUID.randomUUID(), cell.id(), "Lê Thị Mai")));
        String admin = RealInfrastructure.tokens().admin();
        String decisionId = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("nominationIds", ids, "decidedOn", "2024-05-05"))
                .when().post("/movements/" + movementId + "/award-decisions")
                .then().statusCode(201).extract().path("id");

        docs.send(issued(bloc, "QĐ", 125, decisionId));
        CloudEvent first = issued(bloc, "GK", 7, ids.get(0).toString());
        docs.send(first);
        docs.send(issued(bloc, "GK", 8, ids.get(1).toString()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin)
                .when().get("/movements/" + movementId + "/award-decisions/" + decisionId)
                .then().statusCode(200).body("documentSymbol", equalTo("125-QĐ/ĐUK"))
                .body("documentNumber", equalTo(125)).body("issuedOn", equalTo("2024-05-06")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(admin)
                .when().get("/movements/" + movementId + "/award-register")
                .then().statusCode(200)
                .body("state", contains("CERTIFIED", "CERTIFIED"))
                .body("certificateSymbol", contains("7-GK/ĐUK", "8-GK/ĐUK"))
                .body("decisionSymbol", contains("125-QĐ/ĐUK", "125-QĐ/ĐUK")));

        // redelivered, then a document of another service under the same key: once the latter is in the inbox,
        // the former was read too, and changed nothing
        docs.send(first);
        CloudEvent unrelated = issued(bloc, "TB", 3, UUID.randomUUID().toString());
        docs.send(new CloudEvent(unrelated.id(), unrelated.source(), unrelated.type(), first.subject(),
                unrelated.time(), unrelated.data()));
        await().atMost(Duration.ofSeconds(30)).until(() -> inboxHolds(unrelated.id()));

        JsonNode certificate = AwardFixtures.published(AwardEvents.CERTIFIED,
                r -> ids.get(0).toString().equals(r.key()), 1).get(0);
        assertEquals("7-GK/ĐUK", certificate.at("/certificate/symbol").asText());
        assertEquals(7, certificate.at("/certificate/number").asInt());
        assertEquals("CERTIFIED", certificate.at("/award/state").asText());
        assertEquals("125-QĐ/ĐUK", certificate.at("/award/decisionSymbol").asText());
        assertEquals(movementId, certificate.at("/movement/id").asText());
        assertEquals(1, outboxCount(AwardEvents.CERTIFIED, ids.get(0)));
        assertEquals(List.of("DECIDED", "CERTIFIED"), AwardFixtures.auditActions(ids.get(0)));

        given().auth().oauth2(admin).when().post("/movements/" + movementId + "/nominations/" + ids.get(0)
                        + "/present")
                .then().statusCode(200).body("state", equalTo("PRESENTED"));
        given().auth().oauth2(admin).when().get("/movements/" + movementId + "/award-recipients")
                .then().statusCode(200).body("state", contains("PRESENTED", "CERTIFIED"));
    }

    private static int outboxCount(String type, UUID subject) {
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from outbox_event where event_type = ? and subject = ?")) {
            s.setString(1, type);
            s.setString(2, subject.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean inboxHolds(String eventId) {
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement(
                        "select 1 from inbox_event where consumer = 'emulation.docs-documents' and event_id = ?")) {
            s.setString(1, eventId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            return false;
        }
    }
}

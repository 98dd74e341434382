package vn.dangbo.congress.documents;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * Item 5 of the congress plan: each congress owes its documents on the plan's dates, a document docs-service issues
 * for it counts as submitted, the body above approves drafts, and overdue items are listed and announced once.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CongressDocumentsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Inject
    OverdueScan scan;

    @Inject
    EntityManager entityManager;

    record Plan(Org bloc, Org office, Org cell, String round) {
    }

    private static Plan plan(String cellName) {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cell = RegistryFixtures.cell(office, cellName);
        RegistryFixtures.awaitKnown(bloc, office, cell);
        return new Plan(bloc, office, cell, RoundFixtures.withoutPilot(office));
    }

    private static String schedule(String round, Org org, String start, int days, String term) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "%s",
                         "days": %d, "term": "%s"}
                        """.formatted(round, org.id(), start, days, term))
                .post("/congresses").then().statusCode(201).extract().path("id");
    }

    private static JsonPath documents(String congressId) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/documents", congressId).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> item(String congressId, String code) {
        List<Map<String, Object>> items = documents(congressId).getList("$");
        return items.stream().filter(i -> code.equals(i.get("code"))).findFirst().orElseThrow();
    }

    @Test
    void aCellCongressOwesItsDocumentsOnTheSeedsDatesAndMovingItMovesThem() {
        Plan plan = plan("Chi bộ II");
        String congress = schedule(plan.round(), plan.cell(), "2020-04-15", 1, "2020-2022");

        JsonPath checklist = documents(congress);
        assertEquals(13, checklist.getList("$").size(), "7 drafts and 6 documents of the after-report (plan II.6.a, II.7.a)");
        assertEquals("political-report", checklist.getString("[0].code"), "in the plan's order");
        Map<String, Object> report = item(congress, "political-report");
        assertEquals("DRAFT", report.get("kind"));
        assertEquals("2020-04-10", report.get("dueDate"), "approved at least 5 days before the congress of 15/4");
        assertEquals("Đảng ủy Văn phòng", report.get("body"));
        assertEquals("DUE", report.get("status"));
        assertEquals(true, report.get("overdue"), "10/4/2020 has long passed");
        Map<String, Object> minutes = item(congress, "after-minutes");
        assertEquals("AFTER_REPORT", minutes.get("kind"));
        assertEquals("2020-04-18", minutes.get("dueDate"), "at most 3 days after the congress ends on 15/4");

        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("""
                        {"startDate": "2020-04-22", "days": 1, "reason": "Trùng lịch hội nghị"}""")
                .post("/congresses/{id}/reschedule", congress).then().statusCode(200);
        assertEquals("2020-04-17", item(congress, "political-report").get("dueDate"));
        assertEquals("2020-04-25", item(congress, "after-minutes").get("dueDate"));
    }

    @Test
    void theCommitteesDraftsAreDueOnTheDateTheRoundSets() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        RegistryFixtures.awaitKnown(bloc, office);
        String round = RoundFixtures.withoutPilot(office);
        String congress = schedule(round, office, "2020-06-15", 2, "2020-2025");

        JsonPath checklist = documents(congress);
        assertEquals(15, checklist.getList("$").size(), "the cell's documents plus the two new personnel plans");
        Map<String, Object> inspection = item(congress, "inspection-personnel");
        assertEquals("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", inspection.get("body"));
        assertEquals(null, inspection.get("dueDate"), "the round has not set the date yet");
        assertEquals("2020-06-19", item(congress, "after-minutes").get("dueDate"), "3 days after 16/6");

        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText())).contentType(ContentType.JSON)
                .body("""
                        {"committeeDraftsDue": "2020-05-29"}""")
                .put("/rounds/{id}/committee-drafts-due", round)
                .then().statusCode(200).body("committeeDraftsDue", equalTo("2020-05-29"));
        assertEquals("2020-05-29", item(congress, "inspection-personnel").get("dueDate"));
        assertEquals("2020-05-29", item(congress, "political-report").get("dueDate"));

        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("""
                        {"committeeDraftsDue": "2020-07-01"}""")
                .put("/rounds/{id}/committee-drafts-due", round)
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("Hạn duyệt văn kiện đại hội đảng bộ (01/07/2020)"))
                .body("errors.field", hasItem("committeeDraftsDue"));
    }

    @Test
    void aDocumentDocsServiceIssuesForTheCongressCountsAsSubmittedOnce() {
        Plan plan = plan("Chi bộ III");
        String congress = schedule(plan.round(), plan.cell(), "2020-04-15", 1, "2020-2022");
        UUID report = UUID.randomUUID();
        DocsFixtures.issued(report, "BC", "05-BC/CB", "Báo cáo chính trị trình Đại hội Chi bộ III, nhiệm kỳ 2020-2022",
                congress, LocalDate.of(2020, 4, 3));
        // a notice, and a report of something else than a congress: no checklist item
        DocsFixtures.issued(UUID.randomUUID(), "TB", "01-TB/CB", "Thông báo về việc tổ chức Đại hội Chi bộ III",
                congress, LocalDate.of(2020, 4, 1));
        DocsFixtures.issued(UUID.randomUUID(), "BC", "06-BC/CB", "Báo cáo chính trị", "không-phải-mã",
                LocalDate.of(2020, 4, 3));
        UUID minutes = UUID.randomUUID();
        DocsFixtures.issued(minutes, "BB", "01-BB/CB", "Biên bản Đại hội Chi bộ III", congress,
                LocalDate.of(2020, 4, 15));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertEquals("SUBMITTED", item(congress, "political-report").get("status"));
            assertEquals("SUBMITTED", item(congress, "after-minutes").get("status"));
        });
        Map<String, Object> submitted = item(congress, "political-report");
        assertEquals("05-BC/CB", submitted.get("documentSymbol"));
        assertEquals("2020-04-03", submitted.get("submittedOn"));
        assertEquals(report.toString(), submitted.get("documentId"));
        assertEquals(true, submitted.get("overdue"), "a draft is done when approved, not when submitted");
        assertEquals(false, item(congress, "after-minutes").get("overdue"), "reported on the day: in time");
        assertEquals("DUE", item(congress, "after-political-report").get("status"),
                "issued before the congress: the draft, not the after-report's copy");
        assertEquals("DUE", item(congress, "programme").get("status"), "the notice is no checklist item");

        // the same document once more (another copy of the event) changes nothing and publishes nothing more
        DocsFixtures.issued(report, "BC", "05-BC/CB", "Báo cáo chính trị trình Đại hội Chi bộ III, nhiệm kỳ 2020-2022",
                congress, LocalDate.of(2020, 4, 3));
        // voided, the minutes are owed again
        DocsFixtures.voided(minutes, "BB", "01-BB/CB", "Biên bản Đại hội Chi bộ III", congress,
                LocalDate.of(2020, 4, 15));
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertEquals("DUE", item(congress, "after-minutes").get("status")));
        assertEquals(2L, outboxCount(congress, DocumentEvents.SUBMITTED, null), "one submitted event each");
    }

    @Test
    void onlyTheApprovingBodyApprovesADraft() {
        Plan plan = plan("Chi bộ IV");
        String congress = schedule(plan.round(), plan.cell(), "2020-04-16", 1, "2020-2022");

        given().auth().oauth2(RealInfrastructure.tokens().officer(plan.cell().idText())).contentType(ContentType.JSON)
                .body("{}").post("/congresses/{id}/documents/{code}/approval", congress, "political-report")
                .then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().officer(plan.office().idText())).contentType(ContentType.JSON)
                .body("""
                        {"approvedOn": "2020-04-10"}""")
                .post("/congresses/{id}/documents/{code}/approval", congress, "political-report")
                .then().statusCode(200)
                .body("status", equalTo("APPROVED")).body("approvedOn", equalTo("2020-04-10"))
                .body("overdue", equalTo(false));
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("{}").post("/congresses/{id}/documents/{code}/approval", congress, "political-report")
                .then().statusCode(409).body("detail", containsString("đã được duyệt ngày 10/04/2020"));
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("{}").post("/congresses/{id}/documents/{code}/approval", congress, "after-minutes")
                .then().statusCode(422).body("errors.field", hasItem("code"))
                .body("detail", containsString("không qua bước duyệt"));
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("""
                        {"approvedOn": "2999-01-01"}""")
                .post("/congresses/{id}/documents/{code}/approval", congress, "committee-review")
                .then().statusCode(422).body("errors.field", hasItem("approvedOn"));
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("{}").post("/congresses/{id}/documents/{code}/approval", congress, "no-such-document")
                .then().statusCode(404);
        // the cell hands its minutes in on paper
        given().auth().oauth2(RealInfrastructure.tokens().officer(plan.cell().idText())).contentType(ContentType.JSON)
                .body("""
                        {"submittedOn": "2020-04-18", "documentSymbol": "02-BB/CB"}""")
                .post("/congresses/{id}/documents/{code}/submission", congress, "after-minutes")
                .then().statusCode(200).body("status", equalTo("SUBMITTED")).body("overdue", equalTo(false));
        assertEquals(1L, outboxCount(congress, DocumentEvents.APPROVED, null));
    }

    @Test
    void overdueItemsAreListedPerRoundAndSubtree() {
        Plan plan = plan("Chi bộ V");
        Org other = RegistryFixtures.cell(plan.office(), "Chi bộ VI");
        RegistryFixtures.awaitKnown(other);
        String congress = schedule(plan.round(), plan.cell(), "2020-04-20", 1, "2020-2022");
        String otherCongress = schedule(plan.round(), other, "2020-04-21", 1, "2020-2022");
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("{}").post("/congresses/{id}/documents/{code}/approval", congress, "political-report")
                .then().statusCode(200);

        JsonPath ofCell = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("organisationId", plan.cell().idText())
                .get("/rounds/{id}/overdue", plan.round()).then().statusCode(200).extract().jsonPath();
        assertEquals(12, ofCell.getInt("total"), "13 items, one approved");
        List<String> congresses = ofCell.getList("items.congressId");
        assertTrue(congresses.stream().allMatch(congress::equals), "only the cell's own congress");
        assertEquals("2020-04-15", ofCell.getString("items[0].dueDate"), "the longest overdue first");
        assertEquals("Chi bộ V", ofCell.getString("items[0].organisationName"));
        assertTrue(ofCell.getLong("items[0].daysLate") > 2000);

        JsonPath ofRound = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("organisationId", plan.office().idText()).queryParam("limit", 5)
                .get("/rounds/{id}/overdue", plan.round()).then().statusCode(200).extract().jsonPath();
        assertEquals(25, ofRound.getInt("total"), "both cells' congresses under the committee");
        assertEquals(5, ofRound.getList("items").size());
        JsonPath ofOther = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/organisations/{id}/overdue-documents", other.id()).then().statusCode(200).extract().jsonPath();
        assertEquals(13, ofOther.getInt("total"));
        assertEquals(otherCongress, ofOther.getString("items[0].congressId"));

        given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("limit", 0)
                .get("/rounds/{id}/overdue", plan.round()).then().statusCode(400);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/rounds/{id}/overdue", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void anOverdueItemIsAnnouncedOnceEvenByTwoReplicasAndAgainOnlyForANewDueDate() throws Exception {
        Plan plan = plan("Chi bộ VII");
        String congress = schedule(plan.round(), plan.cell(), "2020-04-24", 1, "2020-2022");

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> scan.announceOverdue(TODAY), replicas);
            CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> scan.announceOverdue(TODAY), replicas);
            first.get();
            second.get();
        } finally {
            replicas.shutdown();
        }
        assertEquals(13L, outboxCount(congress, DocumentEvents.OVERDUE, null), "each item once");
        for (Map<String, Object> item : documents(congress).<Map<String, Object>>getList("$")) {
            assertEquals(1L, outboxCount(congress, DocumentEvents.OVERDUE, (String) item.get("code")),
                    "once: " + item.get("code"));
        }
        scan.announceOverdue(TODAY);
        assertEquals(13L, outboxCount(congress, DocumentEvents.OVERDUE, null), "a later scan announces nothing again");

        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("""
                        {"startDate": "2020-04-28", "days": 1, "reason": "Đồng chí Bí thư đi công tác"}""")
                .post("/congresses/{id}/reschedule", congress).then().statusCode(200);
        scan.announceOverdue(TODAY);
        assertEquals(26L, outboxCount(congress, DocumentEvents.OVERDUE, null), "new due dates, announced once more");

        JsonNode data = publishedOverdue(congress);
        assertEquals(congress, data.at("/document/congressId").asText());
        assertEquals("Chi bộ VII", data.at("/document/organisationName").asText());
        assertTrue(data.at("/daysLate").asLong() > 2000);
    }

    /** Outbox rows of the congress of that type (and document code), published or not. */
    private long outboxCount(String congressId, String type, String code) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Query query = entityManager.createNativeQuery("select count(*) from outbox_event where subject = :s"
                    + " and event_type = :t" + (code == null ? "" : " and payload::jsonb #>> '{document,code}' = :c"))
                    .setParameter("s", congressId).setParameter("t", type);
            if (code != null) {
                query.setParameter("c", code);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private static JsonNode publishedOverdue(String congressId) throws Exception {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), DocumentEvents.TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> congressId.equals(r.key())
                    && DocumentEvents.OVERDUE.equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(60));
            EventSchemas.assertCloudEvent(record, DocumentEvents.OVERDUE, "/dangbo/congress-service");
            EventSchemas.assertValid(Path.of("src/main/resources/META-INF/resources/events/schemas",
                    DocumentEvents.OVERDUE + ".json"), record.value());
            return JSON.readTree(record.value());
        }
    }
}

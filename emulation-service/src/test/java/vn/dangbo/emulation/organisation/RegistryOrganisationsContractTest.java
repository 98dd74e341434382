package vn.dangbo.emulation.organisation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.organisation.RegistryFixtures.Org;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The consumer side of the registry's contract: organisation events exactly as registry-service publishes
 * them (data validated against the registry's schema file, binary CloudEvents headers) go through the real
 * Kafka broker into this service, and show in the movement's list of eligible organisations.
 *
 * <p>Every test builds its own bloc with fresh ids, so the tests share the topic and the database without
 * depending on each other's order.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class RegistryOrganisationsContractTest {

    private static final String ELIGIBLE = "/movements/eligible-organisations";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DLQ = "emulation.dlq.v1";

    private static RegistryFixtures registry;

    @BeforeAll
    static void startRegistry() {
        registry = new RegistryFixtures();
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void listsExactlyTheGrassrootsOrganisationsOfTheBlocInVietnameseOrder() {
        Org bloc = Org.bloc("Đảng bộ Khối Các cơ quan - Doanh nghiệp tỉnh Lào Cai");
        Org telecom = bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Viễn thông Lào Cai", "ĐU");
        Org people = bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Ủy ban nhân dân tỉnh", "ĐU");
        Org justice = bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB");
        Org office = people.child("CELL", "Chi bộ Văn phòng", "CB");
        Org otherBloc = Org.bloc("Đảng bộ Khối Doanh nghiệp tỉnh");
        Org power = otherBloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Công ty Điện lực Lào Cai", "ĐU");

        // children before their parents on purpose: each event carries the whole path
        for (Org org : List.of(office, justice, people, telecom, bloc, power, otherBloc)) {
            registry.created(org);
        }

        // by code point "Đảng bộ Viễn…" would come before "Đảng bộ Ủy…"
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(
                List.of("Chi bộ Sở Tư pháp", "Đảng bộ Ủy ban nhân dân tỉnh", "Đảng bộ Viễn thông Lào Cai"),
                names(eligible(bloc.id(), RealInfrastructure.tokens().viewer()))));
        List<Map<String, Object>> listed = eligible(bloc.id(), RealInfrastructure.tokens().viewer());
        assertEquals(List.of(justice.id().toString(), people.id().toString(), telecom.id().toString()), ids(listed));
        assertEquals(Map.of("id", justice.id().toString(), "name", "Chi bộ Sở Tư pháp", "type", "GRASSROOTS_CELL",
                "shortCode", "CB"), listed.get(0));
        assertEquals("GRASSROOTS_COMMITTEE", listed.get(1).get("type"));

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of(power.id().toString()),
                ids(eligible(otherBloc.id(), RealInfrastructure.tokens().admin()))));

        // an officer reads too, whatever their subtree
        assertEquals(3, eligible(bloc.id(), RealInfrastructure.tokens().officer(people.id().toString())).size());

        // without blocId: every known bloc, merged in one Vietnamese order
        List<Map<String, Object>> all = eligible(null, RealInfrastructure.tokens().admin());
        List<String> allIds = ids(all);
        assertTrue(allIds.containsAll(List.of(justice.id().toString(), people.id().toString(),
                telecom.id().toString(), power.id().toString())), allIds.toString());
        for (Org excluded : List.of(bloc, otherBloc, office)) {
            assertFalse(allIds.contains(excluded.id().toString()), excluded.name());
        }
        List<String> allNames = names(all);
        Collator vietnamese = VietnameseText.collator();
        for (int i = 1; i < allNames.size(); i++) {
            assertTrue(vietnamese.compare(allNames.get(i - 1), allNames.get(i)) <= 0,
                    allNames.get(i - 1) + " listed before " + allNames.get(i));
        }
    }

    @Test
    void aRedeliveredEventChangesNothing() throws SQLException {
        Org bloc = Org.bloc("Đảng bộ Khối Các cơ quan tỉnh");
        Org tax = bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Cục Thuế tỉnh", "ĐU");
        registry.created(bloc);
        String eventId = registry.created(tax);
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of("Đảng bộ Cục Thuế tỉnh"),
                names(eligible(bloc.id(), RealInfrastructure.tokens().viewer()))));

        // The same event again (an at-least-once redelivery)...
        registry.created(eventId, tax);
        // ...and the same ce_id with a state the directory WOULD apply (higher version, dissolved): only the
        // inbox stands in its way.
        registry.created(eventId, tax.later("Đảng bộ Cục Thuế tỉnh (đã giải thể)", "DISSOLVED").withVersion(9));
        // A genuine later state on the same key (same partition, so read after both): it applies only if the
        // redeliveries left version 1 in place.
        Org renamed = tax.later("Đảng bộ Cục Thuế tỉnh Lào Cai", "ACTIVE");
        registry.created(renamed);

        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of("Đảng bộ Cục Thuế tỉnh Lào Cai"),
                names(eligible(bloc.id(), RealInfrastructure.tokens().viewer()))));
        assertEquals(1, inboxRows(eventId));
    }

    @Test
    void aLaterStateRemovesADissolvedOrganisationAndAnOlderOneDoesNotBringItBack() throws SQLException {
        Org bloc = Org.bloc("Đảng bộ Khối Doanh nghiệp");
        Org bank = bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Ngân hàng Nhà nước chi nhánh tỉnh", "ĐU");
        Org school = bloc.child("GRASSROOTS_CELL", "Chi bộ Trường Chính trị tỉnh", "CB");
        registry.created(bloc);
        registry.created(bank);
        registry.created(school);
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of(school.id().toString(), bank.id().toString()),
                ids(eligible(bloc.id(), RealInfrastructure.tokens().viewer()))));

        // the registry publishes every state with the same created type; a higher version replaces the old one
        registry.created(bank.later(bank.name(), "DISSOLVED"));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of(school.id().toString()),
                ids(eligible(bloc.id(), RealInfrastructure.tokens().viewer()))));

        // the old ACTIVE state arriving late (a new event id) is recorded but changes nothing
        String late = registry.created(bank);
        await().atMost(PATIENCE).until(() -> inboxRows(late) == 1);
        assertEquals(List.of(school.id().toString()), ids(eligible(bloc.id(), RealInfrastructure.tokens().viewer())));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextEventIsStillApplied() {
        Org bloc = Org.bloc("Đảng bộ Khối Các cơ quan");
        Org hospital = bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Bệnh viện Đa khoa tỉnh", "ĐU");
        registry.created(bloc);
        // same key as the good event after it: same partition, so the poison is read first
        String poison = "{\"không phải\": \"một CloudEvent\"}";
        RecordMetadata poisonAt = registry.sendRaw(hospital.id().toString(), poison);
        registry.created(hospital);

        try (TopicReader deadLetters = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), DLQ)) {
            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(
                    r -> hospital.id().toString().equals(r.key()), PATIENCE);
            assertEquals(poison, dead.value());
            String reason = TopicReader.header(dead, "dead-letter-reason");
            assertNotNull(reason, "dead-letter-reason header");
            assertTrue(reason.contains("ce_specversion"), reason);
            assertEquals(RegistryFixtures.TOPIC, TopicReader.header(dead, "dead-letter-topic"));
            assertEquals(String.valueOf(poisonAt.offset()), TopicReader.header(dead, "dead-letter-offset"));
        }
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of(hospital.id().toString()),
                ids(eligible(bloc.id(), RealInfrastructure.tokens().viewer()))));
    }

    @Test
    void anEventTypeThisServiceDoesNotUseIsRecordedAndIgnored() throws SQLException {
        Org bloc = Org.bloc("Đảng bộ Khối Các cơ quan tỉnh Yên Bái");
        Org cell = bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Nội vụ", "CB");
        registry.created(bloc);
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of(),
                eligible(bloc.id(), RealInfrastructure.tokens().viewer())));

        String eventId = UUID.randomUUID().toString();
        registry.send(eventId, "vn.dangbo.registry.audit.recorded.v1", cell.id().toString(),
                registry.createdData(cell));
        await().atMost(PATIENCE).until(() -> inboxRows(eventId) == 1);
        assertEquals(List.of(), eligible(bloc.id(), RealInfrastructure.tokens().viewer()));

        // any organisation event carries the whole state, so a kind added later (e.g. renamed) is applied
        registry.send(UUID.randomUUID().toString(), "vn.dangbo.registry.organisation.renamed.v1",
                cell.id().toString(), registry.createdData(cell));
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of(cell.id().toString()),
                ids(eligible(bloc.id(), RealInfrastructure.tokens().viewer()))));
    }

    @Test
    void anOrganisationThatIsNotABlocIsNotFoundAsABloc() {
        Org bloc = Org.bloc("Đảng bộ Khối Các cơ quan tỉnh Hà Giang");
        Org grassroots = bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Sở Y tế", "ĐU");
        registry.created(bloc);
        registry.created(grassroots);
        await().atMost(PATIENCE).untilAsserted(() -> assertEquals(List.of(grassroots.id().toString()),
                ids(eligible(bloc.id(), RealInfrastructure.tokens().viewer()))));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("blocId", grassroots.id().toString())
                .when().get(ELIGIBLE)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("title", equalTo("Không tìm thấy"))
                .body("detail", equalTo("Không có Đảng bộ Khối với mã " + grassroots.id()));
    }

    // ---------------------------------------------------------------------------------------------------

    private static List<Map<String, Object>> eligible(UUID blocId, String token) {
        var request = given().auth().oauth2(token).accept(ContentType.JSON);
        if (blocId != null) {
            request = request.queryParam("blocId", blocId.toString());
        }
        return request.when().get(ELIGIBLE)
                .then().statusCode(200).contentType(ContentType.JSON)
                .extract().jsonPath().getList("$");
    }

    private static List<String> names(List<Map<String, Object>> organisations) {
        return organisations.stream().map(o -> (String) o.get("name")).toList();
    }

    private static List<String> ids(List<Map<String, Object>> organisations) {
        return organisations.stream().map(o -> (String) o.get("id")).toList();
    }

    private static int inboxRows(String eventId) throws SQLException {
        try (Connection db = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from inbox_event where consumer = ? and event_id = ?")) {
            query.setString(1, vn.dangbo.kit.organisation.OrganisationEventsConsumer.CONSUMER);
            query.setString(2, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}

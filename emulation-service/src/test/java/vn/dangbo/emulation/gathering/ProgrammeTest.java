package vn.dangbo.emulation.gathering;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.dangbo.emulation.award.DecidedAwards.Recipient.member;
import static vn.dangbo.emulation.award.DecidedAwards.Recipient.organisation;
import static vn.dangbo.emulation.gathering.GatheringFixtures.admin;
import static vn.dangbo.emulation.gathering.GatheringFixtures.officer;
import static vn.dangbo.emulation.gathering.GatheringFixtures.viewer;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.award.DecidedAwards;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The meeting's programme (§III.3, §III.8): the plan's parts in order, the award ceremony with part 1's recipients in
 * the register's order, at most 5 arts items, the provincial secretary's letter; published for docs-service (CTr).
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class ProgrammeTest {

    private static RegistryPlayer registry;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private record Setting(Org bloc, Org tuPhap, Org xayDung, String movementId, String meetingId) {

        String programme() {
            return "/movements/" + movementId + "/events/" + meetingId + "/programme";
        }
    }

    private static Setting setting(String name) {
        Org bloc = registry.organisation(Org.bloc("Đảng bộ Khối " + name));
        Org tuPhap = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
        Org xayDung = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Xây dựng", "CB"));
        String movementId = GatheringFixtures.launch(bloc.id());
        return new Setting(bloc, tuPhap, xayDung, movementId, GatheringFixtures.meeting(movementId));
    }

    private static String addArtsItem(Setting s, String title, int status) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("title", title))
                .when().post(s.programme() + "/arts-items")
                .then().statusCode(status).extract().path("id");
    }

    @Test
    void theAwardCeremonyListsTheDecidedRecipientsInTheRegistersOrderAndEachPublishIsPrintedOnce() {
        Setting s = setting("(thử chương trình)");
        DecidedAwards.decide(s.movementId(), List.of(
                member(UUID.randomUUID(), s.xayDung().id(), "Trần Văn Bình"),
                organisation(s.xayDung().id(), s.xayDung().name()),
                member(UUID.randomUUID(), s.tuPhap().id(), "Nguyễn Thị An"),
                organisation(s.tuPhap().id(), s.tuPhap().name())));
        DecidedAwards.approve(s.movementId(), List.of(member(UUID.randomUUID(), s.tuPhap().id(), "Lê Văn Cường")));
        List<String> ceremony = List.of("Chi bộ Sở Tư pháp", "Chi bộ Sở Xây dựng",
                "Nguyễn Thị An - Chi bộ Sở Tư pháp", "Trần Văn Bình - Chi bộ Sở Xây dựng");

        JsonPath programme = given().auth().oauth2(viewer()).when().get(s.programme())
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("ARTS", "OPENING", "SPEECH", "LETTER", "AWARDS", "OTHER", "CLOSING"),
                programme.getList("items.kind"));
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), programme.getList("items.order", Integer.class));
        assertEquals(ceremony, programme.getList("items.find { it.kind == 'AWARDS' }.lines"));
        List<String> register = given().auth().oauth2(viewer())
                .when().get("/movements/" + s.movementId() + "/award-recipients")
                .then().statusCode(200).extract().jsonPath().getList("name");
        assertEquals(List.of("Chi bộ Sở Tư pháp", "Chi bộ Sở Xây dựng", "Nguyễn Thị An", "Trần Văn Bình"), register);
        assertEquals(List.of("Thư chúc mừng của đồng chí Bí thư Tỉnh ủy"),
                programme.getList("items.find { it.kind == 'LETTER' }.lines"));
        assertEquals(List.of("Chương trình văn nghệ mới có 0 trên 5 tiết mục theo kế hoạch"),
                programme.getList("warnings"));

        addArtsItem(s, "Hát múa “Lào Cai quê hương tôi”", 201);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("title", "Hát then “Mừng Đảng mừng Xuân”", "performer", "Chi bộ Sở Văn hóa"))
                .when().post(s.programme() + "/arts-items")
                .then().statusCode(201).body("performer", equalTo("Chi bộ Sở Văn hóa"));
        given().auth().oauth2(officer(s.bloc().id())).contentType(ContentType.JSON)
                .body(Map.of("reader", "Đồng chí Phó Bí thư Thường trực Đảng ủy Khối"))
                .when().put(s.programme() + "/letter")
                .then().statusCode(200)
                .body("letter.title", equalTo("Thư chúc mừng của đồng chí Bí thư Tỉnh ủy"))
                .body("items.find { it.kind == 'LETTER' }.performer",
                        equalTo("Đồng chí Phó Bí thư Thường trực Đảng ủy Khối"))
                .body("items.find { it.kind == 'ARTS' }.lines", contains("Hát múa “Lào Cai quê hương tôi”",
                        "Hát then “Mừng Đảng mừng Xuân” - Chi bộ Sở Văn hóa"));

        String first = given().auth().oauth2(officer(s.bloc().id())).when().post(s.programme() + "/publish")
                .then().statusCode(201).body("items", equalTo(7))
                .body("warnings", contains("Chương trình văn nghệ mới có 2 trên 5 tiết mục theo kế hoạch"))
                .extract().path("publicationId");
        String second = given().auth().oauth2(admin()).when().post(s.programme() + "/publish")
                .then().statusCode(201).extract().path("publicationId");
        assertNotEquals(first, second);
        given().auth().oauth2(viewer()).when().get(s.programme())
                .then().statusCode(200).body("publications.publicationId", contains(first, second))
                .body("publications[0].documentSymbol", nullValue());

        List<JsonNode> published = GatheringFixtures.published(GatheringEvents.PROGRAMME_PUBLISHED,
                s.meetingId(), 2);
        List<String> ids = new ArrayList<>();
        published.forEach(p -> ids.add(p.get("publicationId").asText()));
        assertEquals(List.of(first, second), ids);
        JsonNode data = published.get(0);
        assertEquals(s.bloc().id().toString(), data.at("/issuer/id").asText());
        assertEquals("2020-2025", data.at("/issuer/term").asText());
        assertEquals("MEETING", data.at("/event/kind").asText());
        assertEquals("2024-05-10", data.at("/event/date").asText());
        assertEquals(350, data.at("/event/plannedCount").asInt());
        JsonNode awards = data.get("items").get(4);
        assertEquals("AWARDS", awards.get("kind").asText());
        assertEquals(5, awards.get("order").asInt());
        List<String> lines = new ArrayList<>();
        awards.get("lines").forEach(l -> lines.add(l.asText()));
        assertEquals(ceremony, lines);
        assertEquals("Đồng chí Phó Bí thư Thường trực Đảng ủy Khối", data.at("/items/3/performer").asText());
    }

    @Test
    void theProgrammeDocsServicePrintedIsKeptOnItsPublication() throws Exception {
        Setting s = setting("(thử số chương trình)");
        String publicationId = given().auth().oauth2(admin()).when().post(s.programme() + "/publish")
                .then().statusCode(201).extract().path("publicationId");
        UUID documentId = UUID.randomUUID();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", documentId.toString());
        document.put("type", "CTr");
        document.put("number", 12);
        document.put("symbol", "12-CTr/ĐUK");
        document.put("title", "Chương trình gặp mặt kỷ niệm");
        document.put("issuerId", s.bloc().id().toString());
        document.put("issuerName", s.bloc().name());
        document.put("term", "2020-2025");
        document.put("run", "CTr");
        document.put("issuedOn", "2024-05-08");
        document.put("relatedTo", publicationId);
        document.put("status", "ISSUED");
        document.put("voidReason", null);
        document.put("version", 0);
        document.put("pdfSha256", "a".repeat(64));
        document.put("docxSha256", null);
        document.put("copies", 1);
        document.put("createdAt", "2024-05-08T02:00:00Z");
        document.put("contentUrl", "/documents/" + documentId + "/content");
        String json = GatheringFixtures.JSON.writeValueAsString(Map.of("document", document));
        EventSchemas.assertValid(EventSchemas.producerSchema("docs-service", "vn.dangbo.docs.document.issued.v1"),
                json);
        try (TopicWriter docs = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), "docs.documents.v1")) {
            docs.send(CloudEvent.of("/dangbo/docs-service", "vn.dangbo.docs.document.issued.v1",
                    documentId.toString(), json));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(viewer())
                .when().get(s.programme()).then().statusCode(200)
                .body("publications[0].documentSymbol", equalTo("12-CTr/ĐUK"))
                .body("publications[0].documentNumber", equalTo(12))
                .body("publications[0].issuedOn", equalTo("2024-05-08"))
                .body("publications[0].contentUrl", equalTo("/documents/" + documentId + "/content")));
    }

    @Test
    void theSixthArtsItemIsRefusedNamingThePlansFive() {
        Setting s = setting("(thử văn nghệ)");
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            ids.add(addArtsItem(s, "Tiết mục " + i, 201));
        }
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("title", "Tiết mục 6"))
                .when().post(s.programme() + "/arts-items")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("artsItems"))
                .body("detail", equalTo("Chương trình văn nghệ chỉ có tối đa 5 tiết mục theo kế hoạch (đã có 5"
                        + " tiết mục)"));
        given().auth().oauth2(viewer()).when().get(s.programme())
                .then().statusCode(200).body("artsItems", hasSize(5)).body("artsItemsMax", equalTo(5))
                .body("artsItems[0].performer", equalTo("Đoàn Thanh niên Khối"))
                .body("items.find { it.kind == 'ARTS' }.lines", hasSize(5));

        given().auth().oauth2(admin()).when().delete(s.programme() + "/arts-items/" + ids.get(1))
                .then().statusCode(204);
        addArtsItem(s, "Tiết mục 6", 201);
        given().auth().oauth2(viewer()).when().get(s.programme())
                .then().statusCode(200).body("items.find { it.kind == 'ARTS' }.lines",
                        contains("Tiết mục 1", "Tiết mục 3", "Tiết mục 4", "Tiết mục 5", "Tiết mục 6"));
        given().auth().oauth2(admin()).when().delete(s.programme() + "/arts-items/" + UUID.randomUUID())
                .then().statusCode(404);

        GatheringFixtures.close(s.meetingId());
        given().auth().oauth2(admin()).when().delete(s.programme() + "/arts-items/" + ids.get(0))
                .then().statusCode(409);
    }

    @Test
    void theOfficeOfTheBlocEditsEveryoneSignedInReadsAndTheSeminarHasNoProgramme() {
        Setting s = setting("(thử quyền chương trình)");
        Org other = registry.organisation(Org.bloc("Đảng bộ Khối khác (thử quyền chương trình)"));
        for (String token : new String[] {viewer(), officer(other.id())}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("title", "Múa"))
                    .when().post(s.programme() + "/arts-items").then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reader", "Ai đó"))
                    .when().put(s.programme() + "/letter").then().statusCode(403);
            given().auth().oauth2(token).when().post(s.programme() + "/publish").then().statusCode(403);
            given().auth().oauth2(token).when().delete(s.programme() + "/arts-items/" + UUID.randomUUID())
                    .then().statusCode(403);
        }
        for (String token : new String[] {admin(), officer(other.id()), viewer()}) {
            given().auth().oauth2(token).when().get(s.programme()).then().statusCode(200)
                    .body("items.kind", hasItem("AWARDS"));
        }
        given().when().get(s.programme()).then().statusCode(401);
        String seminar = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("kind", "SEMINAR", "date", "2024-04-19"))
                .when().post("/movements/" + s.movementId() + "/events")
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(viewer())
                .when().get("/movements/" + s.movementId() + "/events/" + seminar + "/programme")
                .then().statusCode(404).body("detail", containsString("Chỉ buổi gặp mặt kỷ niệm có chương trình"));
    }
}

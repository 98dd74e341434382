package vn.dangbo.emulation.award;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.emulation.award.AwardFixtures.Nominee.member;
import static vn.dangbo.emulation.award.AwardFixtures.Nominee.organisation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Deciding awards within the quota, proposals to a higher body, revoking and presenting, the register. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class AwardDecisionTest {

    private static RegistryPlayer registry;
    private static Org province;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
        // the registry has no type for a provincial committee: a root organisation stands for the body above
        province = registry.organisation(Org.bloc("Đảng bộ tỉnh Lào Cai (thử khen thưởng)"));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    /** A bloc under the province with two cells, and its movement. */
    private record Setting(Org bloc, Org tuPhap, Org xayDung, String movementId) {
    }

    private static Setting setting(String name) {
        Org bloc = registry.organisation(province.child("BLOC_COMMITTEE", "Đảng bộ Khối " + name, "ĐUK"));
        Org tuPhap = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
        Org xayDung = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Xây dựng", "CB"));
        return new Setting(bloc, tuPhap, xayDung, AwardFixtures.launch(bloc.id()));
    }

    private static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    private static Map<String, Object> decision(List<UUID> ids) {
        return Map.of("nominationIds", ids, "decidedOn", "2024-05-05",
                "basis", List.of("Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ Khối"));
    }

    @Test
    void theFormsAreTheMovementsCatalogue() {
        Setting s = setting("(thử hình thức)");
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + s.movementId() + "/award-forms")
                .then().statusCode(200)
                .body("code", contains("GIAY_KHEN_BTV_DUK", "BANG_KHEN_TU"))
                .body("find { it.code == 'GIAY_KHEN_BTV_DUK' }.isDefault", equalTo(true))
                .body("find { it.code == 'BANG_KHEN_TU' }.reservedTo", equalTo("Ban Thường vụ Tỉnh ủy Lào Cai"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("quota", 0, "forms", List.of()))
                .when().put("/movements/" + s.movementId() + "/settings/awards")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("awards.quota", "awards.forms"));
    }

    @Test
    void theOfficeDecidesApprovedNominationsAndDocsServiceIsTold() {
        Setting s = setting("(thử quyết định)");
        UUID memberId = UUID.randomUUID();
        List<UUID> ids = AwardFixtures.approved(s.movementId(), List.of(
                organisation(s.tuPhap().id(), s.tuPhap().name()),
                member(memberId, s.xayDung().id(), "Nguyễn Thị Hoa")));
        String officer = RealInfrastructure.tokens().officer(s.bloc().id().toString());
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(ContentType.JSON)
                .body(decision(ids)).when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().officer(s.tuPhap().id().toString()))
                .contentType(ContentType.JSON).body(decision(ids))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(403);
        String decisionId = given().auth().oauth2(officer).contentType(ContentType.JSON).body(decision(ids))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(201)
                .body("kind", equalTo("DECISION"))
                .body("formCode", equalTo("GIAY_KHEN_BTV_DUK"))
                .body("awardedTowardQuota", equalTo(2))
                .body("warnings", contains("Mới khen 2 trên chỉ tiêu 85 tập thể, cá nhân (còn 83)"))
                .extract().path("id");
        ids.forEach(id -> assertEquals("DECIDED", AwardFixtures.state(id)));
        assertEquals(List.of("DECIDED"), AwardFixtures.auditActions(ids.get(0)));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(decision(ids))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(409).contentType("application/problem+json");

        JsonNode data = AwardFixtures.published(AwardEvents.DECIDED, r -> s.movementId().equals(r.key()), 1).get(0);
        assertEquals(decisionId, data.at("/decision/id").asText());
        assertEquals(s.bloc().id().toString(), data.at("/issuer/id").asText());
        assertEquals("2020-2025", data.at("/issuer/term").asText());
        assertEquals("ĐUK", data.at("/issuer/shortCode").asText());
        assertEquals(province.name(), data.at("/higherBody/name").asText());
        assertEquals("Giấy khen", data.at("/decision/form/name").asText());
        List<String> awardIds = new ArrayList<>();
        data.get("recipients").forEach(r -> awardIds.add(r.get("awardId").asText()));
        assertTrue(awardIds.containsAll(ids.stream().map(UUID::toString).toList()));
        JsonNode hoa = data.get("recipients").get(awardIds.indexOf(ids.get(1).toString()));
        assertEquals("MEMBER", hoa.get("kind").asText());
        assertEquals(memberId.toString(), hoa.get("memberId").asText());
        assertEquals("Chi bộ Sở Xây dựng", hoa.get("organisationName").asText());

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + s.movementId() + "/award-decisions/" + decisionId)
                .then().statusCode(200).body("awardIds", hasSize(2)).body("documentSymbol", nullValue());
    }

    @Test
    void theEightySixthAwardIsRefusedAndNothingChanges() {
        Setting s = setting("(thử chỉ tiêu)");
        List<AwardFixtures.Nominee> nominees = IntStream.rangeClosed(1, 86)
                .mapToObj(i -> member(UUID.randomUUID(), s.tuPhap().id(), "Đảng viên Số " + i)).toList();
        List<UUID> ids = AwardFixtures.approved(s.movementId(), nominees);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(ids.subList(0, 85)))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(201).body("awardedTowardQuota", equalTo(85)).body("warnings", empty());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(ids.subList(85, 86)))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("Vượt chỉ tiêu khen thưởng: tối đa 85 tập thể, cá nhân; đã khen 85, "
                        + "quyết định thêm 1 thành 86"))
                .body("errors[0].field", equalTo("nominationIds"));
        assertEquals("APPROVED", AwardFixtures.state(ids.get(85)));
        given().auth().oauth2(admin()).when().get("/movements/" + s.movementId() + "/award-recipients")
                .then().statusCode(200).body("size()", equalTo(85));

        // a revoked award frees its place
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/movements/" + s.movementId() + "/nominations/" + ids.get(0) + "/revoke")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Phát hiện vi phạm kỷ luật sau khi khen"))
                .when().post("/movements/" + s.movementId() + "/nominations/" + ids.get(0) + "/revoke")
                .then().statusCode(200).body("state", equalTo("REVOKED"))
                .body("revokeReason", equalTo("Phát hiện vi phạm kỷ luật sau khi khen"));
        JsonNode revoked = AwardFixtures.published(AwardEvents.REVOKED, r -> ids.get(0).toString().equals(r.key()),
                1).get(0);
        assertEquals("DECIDED", revoked.get("previousState").asText());
        assertEquals("REVOKED", revoked.at("/award/state").asText());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(ids.subList(85, 86)))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(201).body("awardedTowardQuota", equalTo(85));
    }

    @Test
    void twoDecisionsAtOnceTakeTurnsAtTheQuota() throws Exception {
        Setting s = setting("(thử đồng thời)");
        List<UUID> ids = AwardFixtures.approved(s.movementId(), IntStream.rangeClosed(1, 86)
                .mapToObj(i -> member(UUID.randomUUID(), s.xayDung().id(), "Người Thứ " + i)).toList());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Integer>> answers = pool.invokeAll(List.of(
                    () -> decide(s.movementId(), ids.subList(0, 43)), () -> decide(s.movementId(), ids.subList(43, 86))));
            List<Integer> statuses = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(Integer::compare);
            assertEquals(List.of(201, 422), statuses);
        } finally {
            pool.shutdownNow();
        }
        given().auth().oauth2(admin()).when().get("/movements/" + s.movementId() + "/award-recipients")
                .then().statusCode(200).body("size()", equalTo(43));
    }

    private static int decide(String movementId, List<UUID> ids) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(ids))
                .when().post("/movements/" + movementId + "/award-decisions").then().extract().statusCode();
    }

    @Test
    void onlyApprovedNominationsOfTheMovementAreDecided() {
        Setting s = setting("(thử trạng thái)");
        List<UUID> draft = AwardFixtures.nominations(s.movementId(),
                List.of(organisation(s.tuPhap().id(), s.tuPhap().name())), "GIAY_KHEN_BTV_DUK", "UNDER_REVIEW");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(draft))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Hồ sơ của Chi bộ Sở Tư pháp đang ở trạng thái \"Đang xét\": chỉ khen "
                        + "thưởng hồ sơ đã được Hội đồng đề nghị khen"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(List.of(UUID.randomUUID())))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(422).body("errors[0].field", equalTo("nominationIds"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("formCode", "KHONG_CO", "nominationIds", draft, "decidedOn", "2024-05-05"))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(400).body("errors[0].field", equalTo("formCode"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("nominationIds", List.of(), "decidedOn", "2024-05-05"))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(draft))
                .when().post("/movements/" + UUID.randomUUID() + "/award-decisions")
                .then().statusCode(404);
    }

    @Test
    void aReservedFormIsProposedToTheHigherBodyWhichDecidesOutsideTheQuota() {
        Setting s = setting("(thử tờ trình)");
        List<UUID> ids = AwardFixtures.approved(s.movementId(), List.of(
                organisation(s.tuPhap().id(), s.tuPhap().name()),
                member(UUID.randomUUID(), s.xayDung().id(), "Trần Văn Bình")));
        String proposalId = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("formCode", "BANG_KHEN_TU", "nominationIds", ids, "decidedOn", "2024-04-25"))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(201)
                .body("kind", equalTo("PROPOSAL"))
                .body("proposedTo", equalTo("Ban Thường vụ Tỉnh ủy Lào Cai"))
                .extract().path("id");
        ids.forEach(id -> assertEquals("APPROVED", AwardFixtures.state(id)));
        JsonNode proposed = AwardFixtures.published(AwardEvents.PROPOSED,
                r -> r.value().contains(proposalId), 1).get(0);
        assertEquals("Ban Thường vụ Tỉnh ủy Lào Cai", proposed.at("/proposal/to").asText());
        assertEquals(2, proposed.get("recipients").size());
        // proposed already: not decided again by the bloc while the higher body decides
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(ids))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(409);

        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "1234-QĐ/TU", "decidedOn", "2024-05-06",
                        "awardedNominationIds", List.of(ids.get(0))))
                .when().post("/movements/" + s.movementId() + "/award-proposals/" + proposalId + "/outcome")
                .then().statusCode(200)
                .body("outcomeNumber", equalTo("1234-QĐ/TU"))
                .body("awardedTowardQuota", equalTo(0));
        assertEquals("DECIDED", AwardFixtures.state(ids.get(0)));
        assertEquals("APPROVED", AwardFixtures.state(ids.get(1)));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("decisionNumber", "1235-QĐ/TU", "decidedOn", "2024-05-06",
                        "awardedNominationIds", List.of()))
                .when().post("/movements/" + s.movementId() + "/award-proposals/" + proposalId + "/outcome")
                .then().statusCode(409).contentType("application/problem+json");
        // the one the province did not award may still get the bloc's Giấy khen
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(List.of(ids.get(1))))
                .when().post("/movements/" + s.movementId() + "/award-decisions")
                .then().statusCode(201).body("awardedTowardQuota", equalTo(1));
        given().auth().oauth2(admin()).when().get("/movements/" + s.movementId() + "/award-register")
                .then().statusCode(200)
                .body("recipient", contains("Chi bộ Sở Tư pháp", "Trần Văn Bình"))
                .body("[0].form", equalTo("Bằng khen"))
                .body("[0].decisionSymbol", equalTo("1234-QĐ/TU"))
                .body("[0].decidedOn", equalTo("2024-05-06"))
                .body("[1].form", equalTo("Giấy khen"));
    }

    @Test
    void theRegisterListsCollectivesThenIndividualsInVietnameseOrder() {
        Setting s = setting("(thử sổ khen thưởng)");
        List<UUID> ids = AwardFixtures.approved(s.movementId(), List.of(
                member(UUID.randomUUID(), s.tuPhap().id(), "Nguyễn Văn Bình"),
                organisation(s.xayDung().id(), s.xayDung().name()),
                member(UUID.randomUUID(), s.xayDung().id(), "Trần Thị An"),
                organisation(s.tuPhap().id(), s.tuPhap().name())));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(decision(ids))
                .when().post("/movements/" + s.movementId() + "/award-decisions").then().statusCode(201);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + s.movementId() + "/award-register")
                .then().statusCode(200)
                .body("recipient", contains("Chi bộ Sở Tư pháp", "Chi bộ Sở Xây dựng", "Trần Thị An",
                        "Nguyễn Văn Bình"))
                .body("kindLabel", contains("Tập thể", "Tập thể", "Cá nhân", "Cá nhân"))
                .body("[2].organisation", equalTo("Chi bộ Sở Xây dựng"))
                .body("[0].decidedOn", equalTo("2024-05-05"))
                .body("[0].stateLabel", equalTo("Đã có quyết định khen thưởng"));
        byte[] csv = given().auth().oauth2(admin()).queryParam("format", "csv")
                .when().get("/movements/" + s.movementId() + "/award-register")
                .then().statusCode(200).contentType("text/csv").extract().asByteArray();
        assertEquals((byte) 0xEF, csv[0]);
        assertEquals((byte) 0xBB, csv[1]);
        assertEquals((byte) 0xBF, csv[2]);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertEquals(5, lines.length);
        assertTrue(lines[0].startsWith("STT,Tập thể/Cá nhân,Loại,Đơn vị,Hình thức"), lines[0]);
        assertTrue(lines[3].startsWith("3,Trần Thị An,Cá nhân,Chi bộ Sở Xây dựng,Giấy khen,"), lines[3]);
        given().auth().oauth2(admin()).when().get("/movements/" + s.movementId() + "/award-recipients")
                .then().statusCode(200)
                .body("name", contains("Chi bộ Sở Tư pháp", "Chi bộ Sở Xây dựng", "Trần Thị An", "Nguyễn Văn Bình"));
        // presenting needs the certificate first
        given().auth().oauth2(admin())
                .when().post("/movements/" + s.movementId() + "/nominations/" + ids.get(0) + "/present")
                .then().statusCode(409).contentType("application/problem+json");
        given().when().get("/movements/" + s.movementId() + "/award-register").then().statusCode(401);
    }
}

package vn.dangbo.emulation.nomination;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.emulation.nomination.NominationApi.act;
import static vn.dangbo.emulation.nomination.NominationApi.admin;
import static vn.dangbo.emulation.nomination.NominationApi.draft;
import static vn.dangbo.emulation.nomination.NominationApi.hanoi;
import static vn.dangbo.emulation.nomination.NominationApi.path;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Member;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The list of a movement's nominations: Vietnamese order, the filters (state, proposer, subtree), the pages. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class NominationListTest {

    private static RegistryPlayer registry;
    private static String movementId;
    private static Org telecom;
    private static Org people;
    private static Org justice;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
    }

    /** Once, at the first test: RestAssured knows the service's port only once a test runs. */
    @BeforeEach
    void nominations() {
        if (movementId != null) {
            return;
        }
        Org bloc = registry.organisation(Org.bloc("Đảng bộ Khối Cơ quan tỉnh (thử danh sách đề nghị)"));
        telecom = registry.organisation(bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Viễn thông Lào Cai", "ĐU"));
        Org network = registry.organisation(telecom.child("CELL", "Chi bộ Mạng lưới", "CB"));
        people = registry.organisation(bloc.child("GRASSROOTS_COMMITTEE", "Đảng bộ Ủy ban nhân dân tỉnh", "ĐU"));
        justice = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
        movementId = NominationApi.launch(bloc);

        draft(movementId, telecom, "MEMBER", registry.member(Member.of(network, "Trần Văn Bình", "MALE")).id());
        draft(movementId, telecom, "ORGANISATION", telecom.id());
        draft(movementId, people, "MEMBER", registry.member(Member.of(people, "Lê Thị Ánh", "FEMALE")).id());
        draft(movementId, telecom, "MEMBER", registry.member(Member.of(network, "Nguyễn Thị An", "FEMALE")).id());
        draft(movementId, people, "ORGANISATION", people.id());
        String submitted = draft(movementId, justice, "ORGANISATION", justice.id());
        TestClock.standAt(hanoi(3, 1, 9, 0));
        try {
            act(admin(), movementId, submitted, "submit", null).statusCode(200);
        } finally {
            TestClock.reset();
        }
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static JsonPath list(Map<String, ?> query) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParams(query)
                .when().get(path(movementId))
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void collectivesThenIndividualsEachInVietnameseOrder() {
        JsonPath all = list(Map.of());
        // code points would put "Đảng bộ Viễn…" before "Đảng bộ Ủy…", and "Ánh" after "Bình"
        assertEquals(List.of("Chi bộ Sở Tư pháp", "Đảng bộ Ủy ban nhân dân tỉnh", "Đảng bộ Viễn thông Lào Cai",
                "Nguyễn Thị An", "Lê Thị Ánh", "Trần Văn Bình"), all.getList("items.nomineeName"));
        assertEquals(6, all.getInt("total"));
        assertEquals("Đảng bộ Viễn thông Lào Cai", all.getString("items[3].nominatedByName"));
        assertEquals("Chi bộ Mạng lưới", all.getString("items[3].organisationName"));
    }

    @Test
    void theSubtreeTheProposerAndTheStateFilterInTheDatabase() {
        assertEquals(List.of("Đảng bộ Viễn thông Lào Cai", "Nguyễn Thị An", "Trần Văn Bình"),
                list(Map.of("under", telecom.id())).getList("items.nomineeName"));
        assertEquals(List.of("Đảng bộ Ủy ban nhân dân tỉnh", "Lê Thị Ánh"),
                list(Map.of("organisationId", people.id())).getList("items.nomineeName"));
        JsonPath submitted = list(Map.of("state", "SUBMITTED"));
        assertEquals(List.of("Chi bộ Sở Tư pháp"), submitted.getList("items.nomineeName"));
        assertEquals(1, submitted.getInt("total"));
        assertEquals(List.of(), list(Map.of("state", "SUBMITTED", "under", telecom.id())).getList("items"));
    }

    @Test
    void pagesFollowEachOtherWithTheTotal() {
        JsonPath first = list(Map.of("size", 4));
        JsonPath second = list(Map.of("size", 4, "page", 1));
        assertEquals(List.of("Chi bộ Sở Tư pháp", "Đảng bộ Ủy ban nhân dân tỉnh", "Đảng bộ Viễn thông Lào Cai",
                "Nguyễn Thị An"), first.getList("items.nomineeName"));
        assertEquals(List.of("Lê Thị Ánh", "Trần Văn Bình"), second.getList("items.nomineeName"));
        assertEquals(6, second.getInt("total"));
        assertEquals(1, second.getInt("page"));
        assertEquals(4, second.getInt("size"));
    }

    @Test
    void aBadFilterIsRefusedNamingIt() {
        given().auth().oauth2(admin()).queryParam("state", "DONE").when().get(path(movementId))
                .then().statusCode(400).body("errors[0].field", equalTo("state"));
        given().auth().oauth2(admin()).queryParam("size", 1000).when().get(path(movementId))
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().auth().oauth2(admin()).queryParam("under", UUID.randomUUID()).when().get(path(movementId))
                .then().statusCode(404);
        given().auth().oauth2(admin()).when().get("/movements/" + UUID.randomUUID() + "/nominations")
                .then().statusCode(404);
        given().auth().oauth2(admin()).when().get(path(movementId) + "/" + UUID.randomUUID())
                .then().statusCode(404);
    }
}

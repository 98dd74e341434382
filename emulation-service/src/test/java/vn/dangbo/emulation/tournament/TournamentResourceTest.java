package vn.dangbo.emulation.tournament;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Member;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The tournament: one per movement, from the plan's section; its rules are data, changed until the draw. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class TournamentResourceTest {

    private static RegistryPlayer registry;
    private static Org bloc;
    private static Org cell;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void setUp() {
        registry = new RegistryPlayer();
        bloc = registry.organisation(Org.bloc("Đảng bộ Khối (thử điều lệ giải)"));
        cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    static String office() {
        return RealInfrastructure.tokens().officer(bloc.id().toString());
    }

    static String launch(Org bloc) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements").then().statusCode(201).extract().path("id");
    }

    static ObjectNode planRules() throws Exception {
        try (var in = TournamentResourceTest.class.getResourceAsStream("/plans/2024-khoi-65-nam.json")) {
            return (ObjectNode) MovementPlans.JSON.readTree(in).at("/sections/tournament/rules");
        }
    }

    @Test
    void theTournamentIsCreatedOncePerMovementWithThePlansRulesWhichChangeUntilTheDraw() throws Exception {
        String movement = launch(bloc);
        String tournaments = "/movements/" + movement + "/tournaments";
        // only the office creates it
        given().auth().oauth2(RealInfrastructure.tokens().officer(cell.id().toString())).contentType(ContentType.JSON)
                .body(Map.of()).when().post(tournaments).then().statusCode(403);
        String id = given().auth().oauth2(office()).contentType(ContentType.JSON).body(Map.of())
                .when().post(tournaments).then().statusCode(201)
                .body("name", equalTo("Giải Bóng chuyền hơi chào mừng kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối Cơ "
                        + "quan - Doanh nghiệp tỉnh"))
                .body("venue", equalTo("Nhà thi đấu đa năng tỉnh Lào Cai"))
                .body("state", equalTo("REGISTRATION"))
                .body("rules.setsToWin", equalTo(2)).body("rules.pointsPerSet", equalTo(21))
                .body("rules.roster.minWomen", equalTo(2)).body("rules.rankingPoints.clearWin", equalTo(3))
                .body("rules.forfeit.winnerPoints", equalTo(25)).body("teamCount", equalTo(0))
                .extract().path("id");
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(Map.of("name", "Giải thứ hai"))
                .when().post(tournaments).then().statusCode(409)
                .body("detail", equalTo("Phong trào thi đua đã có giải đấu \"Giải Bóng chuyền hơi chào mừng kỷ niệm 65 "
                        + "năm Ngày thành lập Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh\" (mã " + id + "); mỗi phong "
                        + "trào một giải"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(tournaments)
                .then().statusCode(200).body("id", equalTo(List.of(id)));

        ObjectNode bad = planRules();
        ((ObjectNode) bad.path("roster")).put("maxPlayers", 4);
        bad.put("cap", 22);
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(bad.toString())
                .when().put(tournaments + "/" + id + "/rules").then().statusCode(422)
                .body("errors.field", equalTo(List.of("cap", "roster.maxPlayers")))
                .body("errors[1].message", equalTo("không được nhỏ hơn roster.minPlayers (6)"));
        ObjectNode misspelt = planRules();
        misspelt.put("thirdPlaceMatches", false);
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(misspelt.toString())
                .when().put(tournaments + "/" + id + "/rules").then().statusCode(400)
                .body("errors[0].field", equalTo("thirdPlaceMatches"))
                .body("errors[0].message", equalTo("không có mục cài đặt này"));
        ObjectNode bestOfFive = planRules();
        bestOfFive.put("setsToWin", 3);
        bestOfFive.put("pointsPerSet", 25);
        bestOfFive.put("format", "KNOCKOUT_ONLY");
        bestOfFive.putNull("groups");
        given().auth().oauth2(RealInfrastructure.tokens().officer(cell.id().toString())).contentType(ContentType.JSON)
                .body(bestOfFive.toString()).when().put(tournaments + "/" + id + "/rules").then().statusCode(403);
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(bestOfFive.toString())
                .when().put(tournaments + "/" + id + "/rules").then().statusCode(200)
                .body("rules.setsToWin", equalTo(3)).body("rules.format", equalTo("KNOCKOUT_ONLY"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(tournaments + "/" + id)
                .then().statusCode(200).body("rules.pointsPerSet", equalTo(25));

        // a team registered before the draw; then the draw (its state set as the draw sets it)
        String teamsPath = tournaments + "/" + id + "/teams";
        List<Map<String, Object>> players = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Member m = registry.member(Member.of(cell, "Đỗ " + (i < 2 ? "Thị" : "Văn") + " Thành " + i,
                    i < 2 ? "FEMALE" : "MALE"));
            players.add(Map.of("memberId", m.id().toString()));
        }
        String team = given().auth().oauth2(office()).contentType(ContentType.JSON)
                .body(Map.of("organisationIds", List.of(cell.id().toString()), "players", players))
                .when().post(teamsPath).then().statusCode(201).extract().path("id");
        UUID tournamentId = UUID.fromString(id);
        QuarkusTransaction.requiringNew().run(() -> entityManager.find(Tournament.class, tournamentId).state =
                Tournament.State.DRAWN);

        given().auth().oauth2(office()).contentType(ContentType.JSON).body(planRules().toString())
                .when().put(tournaments + "/" + id + "/rules").then().statusCode(409);
        given().auth().oauth2(office()).contentType(ContentType.JSON).body(Map.of("reason", "Muộn"))
                .when().post(teamsPath + "/" + team + "/withdraw").then().statusCode(409);
        Org late = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Xây dựng", "CB"));
        given().auth().oauth2(office()).contentType(ContentType.JSON)
                .body(Map.of("organisationIds", List.of(late.id().toString()), "players", players))
                .when().post(teamsPath).then().statusCode(409);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(tournaments + "/" + id)
                .then().statusCode(200).body("state", equalTo("DRAWN")).body("teamCount", equalTo(1));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(teamsPath)
                .then().statusCode(200).body("id", hasItem(team));
    }

    @Test
    void anUnknownTournamentIs404() {
        String movement = launch(registry.organisation(Org.bloc("Đảng bộ Khối (thử giải không có)")));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movement + "/tournaments/" + UUID.randomUUID())
                .then().statusCode(404);
    }
}

package vn.dangbo.emulation.tournament.draw;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Item 9: the draw over HTTP: seeded groups, the knockout bracket, byes, the lot's seed, no redraw after a result. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class TournamentDrawTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static RegistryPlayer registry;

    @Inject
    EntityManager entityManager;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private static String tournamentPath(Office office, TournamentFixture t, String rest) {
        return office.path("/tournaments/" + t.tournamentId + rest);
    }

    @Test
    void sixteenTeamsAreSnakeSeededIntoFourGroupsWithAQuarterFinalKeepingEachGroupApart() throws Exception {
        Office office = Office.of(registry, "Đảng bộ Khối (thử bốc thăm 16 đội)");
        TournamentFixture t = TournamentFixture.of(entityManager, UUID.fromString(office.movementId), 16,
                TournamentRules.Format.GROUPS_THEN_KNOCKOUT);
        List<String> seeds = t.teams.subList(0, 4).stream().map(UUID::toString).toList();
        JsonPath draw = office.asOfficer().body(Map.of("seeds", seeds, "randomSeed", 2024))
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(200)
                .body("state", equalTo("DRAWN"))
                .body("randomSeed", equalTo(2024))
                .body("groups.code", equalTo(List.of("A", "B", "C", "D")))
                .body("groups[0].teams[0].id", equalTo(seeds.get(0)))
                .body("groups[0].teams[0].seed", equalTo(1))
                .body("groups[1].teams[0].id", equalTo(seeds.get(1)))
                .body("groups[3].teams[0].id", equalTo(seeds.get(3)))
                .body("matches", hasSize(32))
                .extract().jsonPath();
        List<Map<String, Object>> matches = draw.getList("matches");
        assertEquals(24, matches.stream().filter(m -> "GROUP".equals(m.get("stage"))).count());
        List<Map<String, Object>> quarterFinals = matches.stream()
                .filter(m -> "KNOCKOUT".equals(m.get("stage")) && (int) m.get("round") == 1).toList();
        assertEquals(4, quarterFinals.size());
        Set<String> winners = new HashSet<>();
        for (Map<String, Object> m : quarterFinals) {
            String home = source(m.get("home"));
            String away = source(m.get("away"));
            assertNotEquals(home.charAt(0), away.charAt(0), "two teams of one group in " + home + " v " + away);
            assertTrue(home.endsWith("1") ^ away.endsWith("1"), "a winner meets a runner-up: " + home + " v " + away);
            winners.add(home.endsWith("1") ? home : away);
        }
        assertEquals(Set.of("A1", "B1", "C1", "D1"), winners);
        assertEquals("Nhất bảng A", label(quarterFinals.stream().map(m -> m.get("home"))
                .filter(s -> "A1".equals(source(s))).findFirst().orElseGet(() -> quarterFinals.stream()
                        .map(m -> m.get("away")).filter(s -> "A1".equals(source(s))).findFirst().orElseThrow())));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(tournamentPath(office, t, "/groups"))
                .then().statusCode(200)
                .body("randomSeed", equalTo(2024))
                .body("groups[2].teams", hasSize(4));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(tournamentPath(office, t, "/matches"))
                .then().statusCode(200)
                .body("number", equalTo(java.util.stream.IntStream.rangeClosed(1, 32).boxed().toList()));

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), DrawEvents.TOPIC)) {
            ConsumerRecord<String, String> made = reader.awaitRecord(r -> t.tournamentId.toString().equals(r.key())
                    && DrawEvents.DRAW_MADE.equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(30));
            Office.assertPublished(made, DrawEvents.DRAW_MADE);
            JsonNode data = JSON.readTree(made.value());
            assertEquals(2024, data.path("randomSeed").intValue());
            assertEquals(24, data.path("groupMatches").intValue());
            assertEquals(8, data.path("bracket").size(), "4 quarter-finals, 2 semi-finals, third place, final");
            assertEquals("THIRD_PLACE", data.path("bracket").get(6).path("stage").asText());
        }
    }

    @Test
    void theSameRandomSeedDrawsTheSameAndARedrawIsRefusedOnceAResultExists() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử bốc thăm lại)");
        TournamentFixture t = TournamentFixture.of(entityManager, UUID.fromString(office.movementId), 11,
                TournamentRules.Format.GROUPS_THEN_KNOCKOUT);
        Object first = office.asOfficer().body(Map.of("randomSeed", 77))
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(200).extract().path("groups");
        long other = office.asOfficer().body(Map.of())
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(200).extract().jsonPath().getLong("randomSeed");
        assertEquals(other, (long) given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(tournamentPath(office, t, "/groups")).then().statusCode(200)
                .extract().jsonPath().getLong("randomSeed"), "a seed of the service's is recorded");
        Object again = office.asOfficer().body(Map.of("randomSeed", 77))
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(200)
                .body("groups.teams.flatten()", hasSize(11))
                .extract().path("groups");
        assertEquals(first, again, "the same seed draws the same groups");

        t.played(entityManager, 1);
        office.asOfficer().body(Map.of("randomSeed", 78))
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Trận số 1 đã có kết quả: không bốc thăm lại được nữa"));
        office.asOfficer().body(Map.of())
                .when().post(tournamentPath(office, t, "/schedule"))
                .then().statusCode(409)
                .body("detail", equalTo("Trận số 1 đã có kết quả: không xếp lại lịch thi đấu được nữa"));
    }

    @Test
    void sixTeamsKnockoutOnlyGiveTheTwoBestSeedsAByeToTheSemiFinals() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử loại trực tiếp)");
        TournamentFixture t = TournamentFixture.of(entityManager, UUID.fromString(office.movementId), 6,
                TournamentRules.Format.KNOCKOUT_ONLY);
        List<String> seeds = t.teams.stream().map(UUID::toString).toList();
        office.asOfficer().body(Map.of("seeds", seeds, "randomSeed", 6))
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(200)
                .body("groups", hasSize(0))
                .body("matches", hasSize(6))
                .body("matches.round", equalTo(List.of(1, 1, 2, 2, 3, 3)))
                .body("matches.stage", equalTo(List.of("KNOCKOUT", "KNOCKOUT", "KNOCKOUT", "KNOCKOUT",
                        "THIRD_PLACE", "KNOCKOUT")))
                // bracket 1 8 4 5 2 7 3 6: seeds 1 and 2 wait for the winners of 4 v 5 and 3 v 6
                .body("matches[0].home.team.id", equalTo(seeds.get(3)))
                .body("matches[0].away.team.id", equalTo(seeds.get(4)))
                .body("matches[2].home.team.id", equalTo(seeds.get(0)))
                .body("matches[2].away.source", equalTo("W1"))
                .body("matches[2].away.label", equalTo("Thắng trận 1"))
                .body("matches[3].home.team.id", equalTo(seeds.get(1)))
                .body("matches[4].home.label", equalTo("Thua trận 3"))
                .body("matches[5].away.source", equalTo("W4"));
    }

    @Test
    void onlyTheBlocsOfficeDrawsAndEveryoneSignedInReads() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử quyền bốc thăm)");
        TournamentFixture t = TournamentFixture.of(entityManager, UUID.fromString(office.movementId), 4,
                TournamentRules.Format.GROUPS_THEN_KNOCKOUT);
        given().auth().oauth2(RealInfrastructure.tokens().officer(UUID.randomUUID().toString()))
                .contentType("application/json").body(Map.of())
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType("application/json").body(Map.of())
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(403);
        office.asOfficer().body(Map.of("seeds", List.of(UUID.randomUUID().toString())))
                .when().post(tournamentPath(office, t, "/draw"))
                .then().statusCode(422).body("errors[0].field", equalTo("seeds[0]"));
        office.asOfficer().body(Map.of())
                .when().post(office.path("/tournaments/" + UUID.randomUUID() + "/draw"))
                .then().statusCode(404);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(tournamentPath(office, t, "/groups"))
                .then().statusCode(200).body("state", equalTo("REGISTRATION")).body("groups", hasSize(0));
    }

    @SuppressWarnings("unchecked")
    private static String source(Object side) {
        return (String) ((Map<String, Object>) side).get("source");
    }

    @SuppressWarnings("unchecked")
    private static String label(Object side) {
        return (String) ((Map<String, Object>) side).get("label");
    }
}

package vn.dangbo.emulation.tournament.score;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.standing.TournamentFixture;
import vn.dangbo.emulation.tournament.standing.TournamentFixture.Drawn;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * Results entered over HTTP on a drawn tournament (two groups of four, semi-finals, third place, final): warnings,
 * corrections and their history, forfeits, the standings, the teams moving on, the final ranking, and the events.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class TournamentResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SOURCE = "/dangbo/emulation-service";
    private static final String COMPLETED = "vn.dangbo.emulation.tournament.completed.v1";

    private static RegistryPlayer registry;
    private static Org province;

    @Inject
    TournamentFixture fixture;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
        province = registry.organisation(Org.bloc("Đảng bộ tỉnh Lào Cai (thử giải đấu)"));
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    private record Setting(Org bloc, Org cell, String movementId, Drawn drawn) {

        String match(int number) {
            return "/movements/" + movementId + "/tournaments/" + drawn.id() + "/matches/" + drawn.match(number);
        }

        String tournament() {
            return "/movements/" + movementId + "/tournaments/" + drawn.id();
        }
    }

    private Setting setting(String name) {
        Org bloc = registry.organisation(province.child("BLOC_COMMITTEE", "Đảng bộ Khối " + name, "ĐUK"));
        Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
        String movementId = given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements").then().statusCode(201).extract().path("id");
        return new Setting(bloc, cell, movementId, fixture.drawn(UUID.fromString(movementId),
                "Giải Bóng chuyền hơi " + name));
    }

    private static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    private static List<Map<String, Integer>> sets(int... points) {
        List<Map<String, Integer>> sets = new ArrayList<>();
        for (int i = 0; i < points.length; i += 2) {
            sets.add(Map.of("home", points[i], "away", points[i + 1]));
        }
        return sets;
    }

    private static ValidatableResponse result(Setting s, int number, int... points) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("sets", sets(points)))
                .when().put(s.match(number) + "/result").then();
    }

    private static ValidatableResponse forfeit(Setting s, int number, String side) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("side", side, "reason", "Đội không có mặt đúng giờ thi đấu"))
                .when().post(s.match(number) + "/forfeit").then();
    }

    /** Every group match played, the better draw position winning 2-0: the groups end A1, A2, A3, A4 (and B). */
    private static void playTheGroup(Setting s, String group) {
        for (int[] m : TournamentFixture.groupMatches(group)) {
            if (m[1] < m[2]) {
                result(s, m[0], 21, 15, 21, 17).statusCode(200);
            } else {
                result(s, m[0], 15, 21, 17, 21).statusCode(200);
            }
        }
    }

    private TournamentMatch match(Setting s, int number) {
        return fixture.match(s.drawn().match(number));
    }

    @Test
    void unusualSetsWarnAndAMatchNobodyWonIsRefused() {
        Setting s = setting("(thử tỉ số)");
        String officer = RealInfrastructure.tokens().officer(s.bloc().id().toString());
        given().auth().oauth2(officer).contentType(ContentType.JSON).body(Map.of("sets", sets(21, 19, 21, 15)))
                .when().put(s.match(1) + "/result")
                .then().statusCode(200)
                .body("warnings", empty())
                .body("revision", equalTo(1)).body("correction", equalTo(false))
                .body("match.state", equalTo("PLAYED"))
                .body("match.winner.name", equalTo("Đội A1"))
                .body("match.sets[0].home", equalTo(21));
        result(s, 2, 21, 20, 21, 15).statusCode(200)
                .body("warnings", contains("Set 1 (21-20): thắng set phải cách biệt 2 điểm"));
        result(s, 3, 22, 10, 21, 15).statusCode(200)
                .body("warnings", contains("Set 1 (22-10): set đã kết thúc ở 21 điểm, không thể thắng 22 điểm với"
                        + " cách biệt 12"));
        result(s, 4, 31, 29, 21, 15).statusCode(200)
                .body("warnings", contains("Set 1 (31-29): vượt điểm chạm 30"));
        result(s, 5, 21, 15, 15, 21).statusCode(422).contentType("application/problem+json")
                .body("detail", equalTo("Trận đấu chưa phân thắng bại: tỉ số 1-1 về set, cần thắng 2 set"))
                .body("errors[0].field", equalTo("sets"));
        assertEquals(TournamentMatch.State.PENDING, match(s, 5).state);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("sets", List.of()))
                .when().put(s.match(5) + "/result").then().statusCode(400);

        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(ContentType.JSON)
                .body(Map.of("sets", sets(21, 15, 21, 15))).when().put(s.match(5) + "/result")
                .then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().officer(s.cell().id().toString()))
                .contentType(ContentType.JSON).body(Map.of("sets", sets(21, 15, 21, 15)))
                .when().put(s.match(5) + "/result").then().statusCode(403);
        // the semi-final's sides are "A1" and "B2": not known before the groups end
        result(s, 13, 21, 15, 21, 15).statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Trận số 13 chưa xác định đủ hai đội: Nhất bảng A (chưa xác định) - Nhì"
                        + " bảng B (chưa xác định)"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(s.match(2) + "/history")
                .then().statusCode(200).body("versions", hasSize(1))
                .body("versions[0].warnings", contains("Set 1 (21-20): thắng set phải cách biệt 2 điểm"));
    }

    @Test
    void aCorrectionKeepsTheHistoryAndTellsThePreviousResult() {
        Setting s = setting("(thử sửa kết quả)");
        result(s, 1, 21, 15, 21, 17).statusCode(200);
        result(s, 1, 15, 21, 21, 19, 12, 15).statusCode(200)
                .body("revision", equalTo(2)).body("correction", equalTo(true))
                .body("match.winner.name", equalTo("Đội A4"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(s.match(1) + "/history")
                .then().statusCode(200)
                .body("number", equalTo(1))
                .body("versions.revision", contains(1, 2))
                .body("versions[0].winner.name", equalTo("Đội A1"))
                .body("versions[0].sets[1].away", equalTo(17))
                .body("versions[1].winner.name", equalTo("Đội A4"))
                .body("versions.recordedBy", everyItem(not(emptyOrNullString())))
                .body("versions.recordedAt", everyItem(notNullValue()));

        String tournamentId = s.drawn().id().toString();
        JsonNode recorded = published(ResultEvents.RECORDED, r -> tournamentId.equals(r.key()), 1).get(0);
        assertEquals(s.drawn().match(1).toString(), recorded.at("/match/id").asText());
        assertEquals("Đội A1", recorded.at("/match/winner/name").asText());
        JsonNode corrected = published(ResultEvents.CORRECTED, r -> tournamentId.equals(r.key()), 1).get(0);
        assertEquals("Đội A4", corrected.at("/match/winner/name").asText());
        assertEquals(3, corrected.at("/match/sets").size());
        assertEquals(2, corrected.at("/previous/sets").size());
        assertEquals(17, corrected.at("/previous/sets/1/away").asInt());
        assertEquals("Đội A1", corrected.at("/previous/winner/name").asText());
        assertEquals("GROUP", corrected.at("/match/stage").asText());
        assertEquals("A", corrected.at("/match/group").asText());
    }

    @Test
    void forfeitsCountInTheStandingsAndADoubleForfeitGivesNobodyTheMatch() {
        Setting s = setting("(thử bỏ cuộc)");
        // match 1: A1 against A4, who did not come; match 2: A2 against A3, neither came
        forfeit(s, 1, "AWAY").statusCode(200)
                .body("match.state", equalTo("FORFEIT"))
                .body("match.winner.name", equalTo("Đội A1"))
                .body("match.sets.home", contains(25, 25))
                .body("match.sets.away", contains(0, 0));
        forfeit(s, 2, "BOTH").statusCode(200)
                .body("match.state", equalTo("DOUBLE_FORFEIT"))
                .body("match.winner", nullValue())
                .body("match.sets", empty());
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("side", "HOME", "reason", " "))
                .when().post(s.match(3) + "/forfeit").then().statusCode(400);

        ValidatableResponse standings = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(s.tournament() + "/standings").then().statusCode(200)
                .body("groups.code", contains("A", "B"))
                .body("groups[0].complete", equalTo(false))
                .body("groups[0].matchesDecided", equalTo(2))
                .body("groups[0].rows[0].name", equalTo("Đội A1"));
        String a4 = "groups[0].rows.find { it.name == 'Đội A4' }";
        standings.body(a4 + ".losses", equalTo(1)).body(a4 + ".rankingPoints", equalTo(0))
                .body(a4 + ".setsLost", equalTo(2)).body(a4 + ".pointsLost", equalTo(50))
                .body(a4 + ".setRatio", equalTo(0.0f));
        String a1 = "groups[0].rows.find { it.name == 'Đội A1' }";
        standings.body(a1 + ".wins", equalTo(1)).body(a1 + ".rankingPoints", equalTo(3))
                .body(a1 + ".pointsWon", equalTo(50)).body(a1 + ".setRatio", nullValue());
        for (String team : List.of("Đội A2", "Đội A3")) {
            String row = "groups[0].rows.find { it.name == '" + team + "' }";
            standings.body(row + ".played", equalTo(1)).body(row + ".wins", equalTo(0))
                    .body(row + ".losses", equalTo(1)).body(row + ".setsLost", equalTo(2));
        }
    }

    @Test
    void theGroupsFillTheKnockoutAndTheFinalCompletesTheTournament() {
        Setting s = setting("(thử chung kết)");
        fixture.playsFor(s.drawn().id(), s.drawn().team("B1"), s.cell().id());
        playTheGroup(s, "A");
        assertEquals(s.drawn().team("A1"), match(s, 13).homeTeamId);
        assertNull(match(s, 13).awayTeamId, "group B is not complete");
        assertEquals(s.drawn().team("A2"), match(s, 14).awayTeamId);
        playTheGroup(s, "B");
        assertEquals(s.drawn().team("B2"), match(s, 13).awayTeamId);
        assertEquals(s.drawn().team("B1"), match(s, 14).homeTeamId);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(s.tournament() + "/standings")
                .then().statusCode(200).body("groups[1].complete", equalTo(true))
                .body("groups[1].rows.name", contains("Đội B1", "Đội B2", "Đội B3", "Đội B4"));

        result(s, 13, 21, 18, 21, 16).statusCode(200).body("match.winner.name", equalTo("Đội A1"));
        result(s, 14, 21, 12, 18, 21, 15, 13).statusCode(200).body("match.winner.name", equalTo("Đội B1"));
        assertEquals(s.drawn().team("A1"), match(s, 16).homeTeamId);
        assertEquals(s.drawn().team("B1"), match(s, 16).awayTeamId);
        assertEquals(s.drawn().team("B2"), match(s, 15).homeTeamId);
        assertEquals(s.drawn().team("A2"), match(s, 15).awayTeamId);

        result(s, 16, 19, 21, 21, 23).statusCode(200).body("match.winner.name", equalTo("Đội B1"));
        assertEquals(Tournament.State.SCHEDULED, fixture.tournament(s.drawn().id()).state, "third place to play");
        // the final is played: a correction of a semi-final that changes its winner waits for the final's
        result(s, 13, 18, 21, 16, 21).statusCode(409).contentType("application/problem+json")
                .body("detail", equalTo("Kết quả này đổi đội \"Thắng trận 13\" của trận số 16, trận đã có kết quả:"
                        + " hãy sửa kết quả trận số 16 trước"));
        assertEquals(s.drawn().team("A1"), match(s, 13).winnerTeamId);
        result(s, 13, 21, 19, 21, 16).statusCode(200).body("correction", equalTo(true));

        result(s, 15, 17, 21, 21, 19, 10, 15).statusCode(200).body("match.winner.name", equalTo("Đội A2"));
        assertEquals(Tournament.State.COMPLETED, fixture.tournament(s.drawn().id()).state);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(s.tournament() + "/ranking")
                .then().statusCode(200)
                .body("completed", equalTo(true))
                .body("ranking.rank", contains(1, 2, 3, 4, 5, 5, 7, 7))
                .body("ranking[0].organisations", contains("Chi bộ Sở Tư pháp"))
                .body("ranking.name", contains("Đội B1", "Đội A1", "Đội A2", "Đội B2", "Đội A3", "Đội B3",
                        "Đội A4", "Đội B4"));
        result(s, 1, 21, 10, 21, 10).statusCode(409)
                .body("detail", equalTo("Giải đã kết thúc và đã có xếp hạng chung cuộc: không sửa kết quả được nữa"));

        String tournamentId = s.drawn().id().toString();
        JsonNode completed = published(COMPLETED, r -> tournamentId.equals(r.key()), 1).get(0);
        assertEquals(List.of("Đội B1", "Đội A1", "Đội A2", "Đội B2"), List.of(
                completed.at("/ranking/0/team/name").asText(), completed.at("/ranking/1/team/name").asText(),
                completed.at("/ranking/2/team/name").asText(), completed.at("/ranking/3/team/name").asText()));
        assertEquals(List.of(1, 2, 3, 4), List.of(completed.at("/ranking/0/rank").asInt(),
                completed.at("/ranking/1/rank").asInt(), completed.at("/ranking/2/rank").asInt(),
                completed.at("/ranking/3/rank").asInt()));
        assertEquals("Chi bộ Sở Tư pháp", completed.at("/ranking/0/team/organisations/0").asText());
        assertEquals(0, completed.at("/ranking/1/team/organisations").size());
        assertEquals("Đội A1", completed.at("/final/home").asText());
        assertEquals("Đội B1", completed.at("/final/away").asText());
        assertEquals("Đội B1", completed.at("/final/winner").asText());
        assertEquals(23, completed.at("/final/sets/1/away").asInt());
        assertEquals(s.bloc().id().toString(), completed.at("/issuer/id").asText());
        assertEquals(province.name(), completed.at("/higherBody/name").asText());
        assertEquals("Nhà thi đấu đa năng tỉnh Lào Cai", completed.at("/tournament/venue").asText());
    }

    @Test
    void aDoubleForfeitInASemiFinalGivesTheNextMatchesAsWalkovers() {
        Setting s = setting("(thử bỏ cuộc bán kết)");
        playTheGroup(s, "A");
        playTheGroup(s, "B");
        forfeit(s, 13, "BOTH").statusCode(200).body("match.state", equalTo("DOUBLE_FORFEIT"));
        result(s, 14, 21, 12, 21, 13).statusCode(200);
        TournamentMatch theFinal = match(s, 16);
        assertEquals(TournamentMatch.State.FORFEIT, theFinal.state);
        assertNull(theFinal.homeTeamId);
        assertEquals(s.drawn().team("B1"), theFinal.winnerTeamId);
        TournamentMatch third = match(s, 15);
        assertEquals(TournamentMatch.State.FORFEIT, third.state);
        assertEquals(s.drawn().team("A2"), third.winnerTeamId);
        assertEquals(Tournament.State.COMPLETED, fixture.tournament(s.drawn().id()).state);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(s.match(16) + "/history")
                .then().statusCode(200).body("versions[0].forfeited", equalTo("HOME"))
                .body("versions[0].sets.away", contains(25, 25));
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(s.tournament() + "/ranking")
                .then().statusCode(200)
                .body("ranking.rank", contains(1, 3, 5, 5, 7, 7, 9, 9))
                .body("ranking.name", contains("Đội B1", "Đội A2", "Đội A1", "Đội B2", "Đội A3", "Đội B3",
                        "Đội A4", "Đội B4"));
        String tournamentId = s.drawn().id().toString();
        List<JsonNode> walkovers = published(ResultEvents.RECORDED, r -> tournamentId.equals(r.key())
                && data(r).at("/match/number").asInt() >= 15, 2);
        for (JsonNode walkover : walkovers) {
            assertEquals("FORFEIT", walkover.at("/match/state").asText());
            assertEquals("HOME", walkover.at("/match/forfeited").asText());
            assertEquals(true, walkover.at("/match/home").isNull());
        }
    }

    private static JsonNode data(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of {@code type} on emulation.tournaments.v1 matching, each a CloudEvent valid against its schema. */
    private static List<JsonNode> published(String type, Predicate<ConsumerRecord<String, String>> match,
            int count) {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                ResultEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(
                    r -> type.equals(TopicReader.header(r, "ce_type")) && match.test(r), count,
                    Duration.ofSeconds(60));
            Path schema = Path.of("src/main/resources/META-INF/resources/events/schemas", type + ".json");
            List<JsonNode> data = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                EventSchemas.assertCloudEvent(record, type, SOURCE);
                EventSchemas.assertValid(schema, record.value());
                data.add(JSON.readTree(record.value()));
            }
            return data;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.dangbo.emulation.tournament.schedule;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.communication.Office;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.draw.BracketRules;
import vn.dangbo.emulation.tournament.draw.TournamentFixture;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Item 9: the schedule over the finals' days over HTTP, its 422 when it cannot fit, its publication once. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class TournamentScheduleTest {

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

    private static String path(Office office, TournamentFixture t, String rest) {
        return office.path("/tournaments/" + t.tournamentId + rest);
    }

    private TournamentFixture drawn(Office office, int teams, TournamentRules.Format format) {
        TournamentFixture t = TournamentFixture.of(entityManager, UUID.fromString(office.movementId), teams, format);
        office.asOfficer().body(Map.of("randomSeed", teams))
                .when().post(path(office, t, "/draw"))
                .then().statusCode(200);
        return t;
    }

    @Test
    void sixtyTeamsOnTwoCourtsOverTwoDaysAreRefusedSayingHowManySlotsAreNeededAndExist() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử 60 đội)");
        TournamentFixture t = drawn(office, 60, TournamentRules.Format.GROUPS_THEN_KNOCKOUT);
        office.asOfficer().body(Map.of())
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("courts"))
                .body("detail", equalTo("Không xếp được lịch thi đấu: cần ít nhất 120 lượt sân, chỉ có 52 (2 ngày × 2 "
                        + "sân × 13 lượt mỗi ngày từ 07:30 đến 17:30, mỗi trận 45 phút) cho 120 trận"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get(path(office, t, "/matches"))
                .then().statusCode(200).body("court.findAll { it != null }", hasSize(0));
    }

    @Test
    void sixteenTeamsAreScheduledOverTheFinalsWithRestAndFeedersAndPublishedOncePerPublication() throws Exception {
        Office office = Office.of(registry, "Đảng bộ Khối (thử lịch 16 đội)");
        TournamentFixture t = drawn(office, 16, TournamentRules.Format.GROUPS_THEN_KNOCKOUT);
        office.asOfficer().when().post(path(office, t, "/schedule/publish"))
                .then().statusCode(409);
        List<Map<String, Object>> matches = office.asOfficer().body(Map.of("courts", 3))
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(200)
                .body("state", equalTo("SCHEDULED"))
                .body("firstDay", equalTo("2024-05-04"))
                .body("slots", equalTo(78))
                .body("matches", hasSize(32))
                .body("matches[0].startsAt", equalTo("2024-05-04T07:30:00+07:00"))
                .body("matches[0].time", equalTo("07:30"))
                .extract().jsonPath().getList("matches");
        assertScheduleHolds(matches, 45, 45);

        String first = office.asOfficer().when().post(path(office, t, "/schedule/publish"))
                .then().statusCode(201).body("published", equalTo(true)).body("matches", equalTo(32))
                .extract().path("publicationId");
        office.asOfficer().when().post(path(office, t, "/schedule/publish"))
                .then().statusCode(200).body("published", equalTo(false)).body("publicationId", equalTo(first));
        office.asOfficer().body(Map.of("courts", 4, "minRestMinutes", 90))
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(200);
        String second = office.asOfficer().when().post(path(office, t, "/schedule/publish"))
                .then().statusCode(201).extract().path("publicationId");
        office.asOfficer().body(Map.of())
                .when().post(path(office, t, "/draw"))
                .then().statusCode(409).body("detail", equalTo(
                        "Lịch thi đấu đã được công bố: không bốc thăm lại được nữa"));

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                ScheduleEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> published = reader.awaitRecords(
                    r -> t.tournamentId.toString().equals(r.key())
                            && ScheduleEvents.SCHEDULE_PUBLISHED.equals(TopicReader.header(r, "ce_type")),
                    2, Duration.ofSeconds(30));
            assertEquals(2, published.size(), "the unchanged schedule was not published again");
            List<String> ids = new ArrayList<>();
            for (ConsumerRecord<String, String> record : published) {
                Office.assertPublished(record, ScheduleEvents.SCHEDULE_PUBLISHED);
                ids.add(JSON.readTree(record.value()).path("publicationId").asText());
            }
            assertEquals(List.of(first, second), ids);
            JsonNode data = JSON.readTree(published.get(0).value());
            assertEquals(office.bloc.id().toString(), data.path("issuer").path("id").asText());
            assertEquals("Nhà thi đấu đa năng tỉnh Lào Cai", data.path("tournament").path("venue").asText());
            JsonNode firstMatch = data.path("matches").get(0);
            assertEquals("2024-05-04", firstMatch.path("date").asText());
            assertEquals("07:30", firstMatch.path("time").asText());
            assertTrue(firstMatch.path("home").asText().startsWith("Đội Chi bộ số"));
            JsonNode last = data.path("matches").get(31);
            assertEquals("KNOCKOUT", last.path("stage").asText());
            assertTrue(last.path("home").asText().startsWith("Thắng trận "), last.toString());
            boolean placeLabel = false;
            for (JsonNode m : data.path("matches")) {
                placeLabel |= m.path("home").asText().startsWith("Nhất bảng ");
            }
            assertTrue(placeLabel, "a quarter-final side is printed as the group's place");
        }
    }

    @Test
    void sixtyFourTeamsAreDrawnAndScheduledOverHttp() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử 64 đội)");
        TournamentFixture t = TournamentFixture.of(entityManager, UUID.fromString(office.movementId), 64,
                TournamentRules.Format.GROUPS_THEN_KNOCKOUT);
        Map<String, Object> frame = Map.of("courts", 8);
        // drawn twice: a redraw before any result replaces the first draw (the 1 s target is the benchmark's,
        // deploy/benchmarks/events-bench, never a test's)
        office.asOfficer().body(Map.of("randomSeed", 1)).when().post(path(office, t, "/draw")).then().statusCode(200);
        office.asOfficer().body(frame).when().post(path(office, t, "/schedule")).then().statusCode(200);
        office.asOfficer().body(Map.of("randomSeed", 64, "seeds", t.teams.subList(0, 16).stream()
                        .map(UUID::toString).toList()))
                .when().post(path(office, t, "/draw"))
                .then().statusCode(200).body("matches", hasSize(96 + 31 + 1));
        List<Map<String, Object>> matches = office.asOfficer().body(frame)
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(200).extract().jsonPath().getList("matches");
        assertScheduleHolds(matches, 45, 45);
    }

    @Test
    void sixTeamsKnockoutOnlyOnOneCourtPlayTheThirdPlaceBeforeTheFinal() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử lịch loại trực tiếp)");
        TournamentFixture t = drawn(office, 6, TournamentRules.Format.KNOCKOUT_ONLY);
        List<Map<String, Object>> matches = office.asOfficer()
                .body(Map.of("courts", 1, "days", 1, "firstDay", "2024-05-05", "dayStartsAt", "08:00",
                        "dayEndsAt", "17:00", "matchMinutes", 60, "minRestMinutes", 30))
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(200)
                .body("slots", equalTo(9))
                .extract().jsonPath().getList("matches");
        assertScheduleHolds(matches, 60, 30);
        Map<String, Object> third = matches.get(4);
        Map<String, Object> fin = matches.get(5);
        assertEquals("THIRD_PLACE", third.get("stage"));
        assertTrue(OffsetDateTime.parse((String) third.get("startsAt"))
                .isBefore(OffsetDateTime.parse((String) fin.get("startsAt"))));
        assertEquals("2024-05-05", fin.get("date"));

        office.asOfficer().body(Map.of("dayStartsAt", "17:00", "dayEndsAt", "08:00"))
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(400).body("errors[0].field", equalTo("dayEndsAt"));
        office.asOfficer().body(Map.of("courts", 1, "days", 1, "dayStartsAt", "08:00", "dayEndsAt", "11:00",
                        "matchMinutes", 60, "minRestMinutes", 30))
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(422).body("detail", org.hamcrest.Matchers.startsWith(
                        "Không xếp được lịch thi đấu: cần ít nhất 6 lượt sân, chỉ có 3 "));
    }

    @Test
    void aTournamentNotDrawnIsNotScheduledAndOnlyTheOfficeSchedules() {
        Office office = Office.of(registry, "Đảng bộ Khối (thử quyền xếp lịch)");
        TournamentFixture t = TournamentFixture.of(entityManager, UUID.fromString(office.movementId), 4,
                TournamentRules.Format.GROUPS_THEN_KNOCKOUT);
        office.asOfficer().body(Map.of())
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(409);
        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType("application/json").body(Map.of())
                .when().post(path(office, t, "/schedule"))
                .then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().officer(UUID.randomUUID().toString()))
                .when().post(path(office, t, "/schedule/publish"))
                .then().statusCode(403);
    }

    /** No team twice in one slot, every rest at least the minimum, every knockout match after all its feeders. */
    @SuppressWarnings("unchecked")
    static void assertScheduleHolds(List<Map<String, Object>> matches, int matchMinutes, int rest) {
        Map<Integer, OffsetDateTime> startOf = new HashMap<>();
        Map<String, List<OffsetDateTime>> byTeam = new HashMap<>();
        Map<String, List<Integer>> byGroup = new HashMap<>();
        java.util.Set<String> courts = new java.util.HashSet<>();
        for (Map<String, Object> m : matches) {
            OffsetDateTime start = OffsetDateTime.parse((String) m.get("startsAt"));
            assertNotNull(m.get("court"));
            assertTrue(courts.add(start + "@" + m.get("court")), "one match per court and slot");
            startOf.put((Integer) m.get("number"), start);
            if (m.get("group") != null) {
                byGroup.computeIfAbsent((String) m.get("group"), g -> new ArrayList<>()).add((Integer) m.get("number"));
            }
            for (String side : List.of("home", "away")) {
                Map<String, Object> team = (Map<String, Object>) ((Map<String, Object>) m.get(side)).get("team");
                if (team != null) {
                    byTeam.computeIfAbsent((String) team.get("id"), x -> new ArrayList<>()).add(start);
                }
            }
        }
        byTeam.forEach((team, starts) -> {
            List<OffsetDateTime> sorted = starts.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                assertFalse(sorted.get(i).isBefore(sorted.get(i - 1).plusMinutes(matchMinutes + rest)),
                        "team " + team + " rests at least " + rest + " minutes: " + sorted);
            }
        });
        for (Map<String, Object> m : matches) {
            OffsetDateTime start = startOf.get((Integer) m.get("number"));
            for (String side : List.of("home", "away")) {
                String source = (String) ((Map<String, Object>) m.get(side)).get("source");
                if (source == null) {
                    continue;
                }
                Integer fed = BracketRules.matchOf(source);
                List<Integer> feeders = fed != null ? List.of(fed) : byGroup.get(BracketRules.groupOf(source));
                for (Integer feeder : feeders) {
                    assertFalse(start.isBefore(startOf.get(feeder).plusMinutes(matchMinutes + rest)),
                            "match " + m.get("number") + " after its feeder " + feeder);
                }
            }
        }
    }
}

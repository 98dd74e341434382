package vn.dangbo.systemtest;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.kafka.TopicReader;

/**
 * Issue 14's tournament end to end, over HTTP and Kafka between the packaged services: the registry's bloc with six
 * grassroots cells and their members; the bloc's movement; the air-volleyball tournament created from the plan, one
 * mixed team per cell registered from the members emulation-service learnt from the registry's events; the draw
 * (groups, then the knockout), the schedule over the finals' days, published: docs-service issues the tournament
 * schedule (lịch thi đấu) exactly once for the publication — a second publish and the event delivered again issue
 * none; every result entered, the winners advancing, until the final: the tournament COMPLETED, its ranking, and
 * docs-service's result notice (thông báo kết quả) issued once.
 */
class TournamentFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(90);
    private static final LocalDate ADMITTED = LocalDate.of(2010, 3, 26);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEDULED = "vn.dangbo.emulation.schedule.published.v1";
    private static final String COMPLETED = "vn.dangbo.emulation.tournament.completed.v1";
    private static final String[] CELLS = {"Chi bộ Sở Tư pháp", "Chi bộ Báo Lào Cai", "Chi bộ Đài Phát thanh - Truyền "
        + "hình tỉnh", "Chi bộ Thư viện tỉnh", "Chi bộ Bảo tàng tỉnh", "Chi bộ Liên minh Hợp tác xã tỉnh"};
    private static final String[] WOMEN = {"Nguyễn Thị Hồng", "Lê Thị Thu", "Phạm Thị Lan"};
    private static final String[] MEN = {"Trần Văn Quyết", "Đặng Quốc Việt", "Hoàng Minh Tuấn"};

    @Test
    void aTournamentFromRegistrationToTheFinalRankingWithItsScheduleAndResultNoticeIssuedOnce() throws Exception {
        UUID bloc = Registry.organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh", "ĐUK");
        Map<UUID, List<String>> rosters = new LinkedHashMap<>();
        for (int c = 0; c < CELLS.length; c++) {
            UUID cell = Registry.organisation(bloc, "GRASSROOTS_CELL", CELLS[c], "CB");
            List<String> players = new ArrayList<>();
            for (int p = 0; p < 3; p++) {
                players.add(Registry.member(cell, WOMEN[p] + " " + (c + 1), "FEMALE", ADMITTED, ADMITTED.plusYears(1)));
                players.add(Registry.member(cell, MEN[p] + " " + (c + 1), "MALE", ADMITTED, ADMITTED.plusYears(1)));
            }
            rosters.put(cell, players);
        }
        for (UUID cell : rosters.keySet()) {
            Emulation.awaitParticipant(bloc, cell);
        }
        String movement = Emulation.launch(bloc);
        String office = SystemUnderTest.officer(bloc);
        String tournament = Emulation.post(office, "/movements/" + movement + "/tournaments", Map.of())
                .statusCode(201).extract().path("id");
        String base = "/movements/" + movement + "/tournaments/" + tournament;
        List<String> teamNames = new ArrayList<>();
        for (Map.Entry<UUID, List<String>> roster : rosters.entrySet()) {
            teamNames.add(register(base, office, roster.getKey(), roster.getValue()));
        }

        Emulation.post(office, base + "/draw", Map.of("randomSeed", 20240504L))
                .statusCode(anyOf(is(200), is(201)));
        Emulation.post(office, base + "/schedule", Map.of()).statusCode(anyOf(is(200), is(201)));
        Emulation.get(base).body("state", equalTo("SCHEDULED"));

        String publication;
        try (TopicReader tournaments = TopicReader.of(SystemUnderTest.stack().kafkaBootstrapServers(),
                "emulation.tournaments.v1")) {
            Emulation.post(office, base + "/schedule/publish", null).statusCode(anyOf(is(200), is(201)));
            ConsumerRecord<String, String> published = tournaments.awaitRecord(r -> tournament.equals(r.key())
                    && SCHEDULED.equals(TopicReader.header(r, "ce_type")), PROPAGATION);
            publication = JSON.readTree(published.value()).path("publicationId").asText();
            Map<String, Object> schedule = onlyDocument(publication, "LTĐ");
            String text = Documents.pdfText(schedule.get("id"));
            for (String team : teamNames) {
                assertTrue(text.contains(team), "the schedule names the team " + team + ": " + text);
            }

            // published again without a change: no second publication (409, or 200 without an event)
            int again = Emulation.post(office, base + "/schedule/publish", null).extract().statusCode();
            assertTrue(again == 409 || again == 200, "a second publish without change: " + again);
            // the publication's event delivered again, as it was
            Kafka.redeliver(published);

            JsonNode winner = playEveryMatch(base, office);
            Emulation.get(base).body("state", equalTo("COMPLETED"));
            JsonPath ranking = Emulation.get(base + "/ranking").extract().jsonPath();
            assertTrue(ranking.getBoolean("completed"), ranking.prettify());
            assertEquals(1, ranking.getInt("ranking[0].rank"), ranking.prettify());
            assertEquals(winner.path("id").asText(), ranking.getString("ranking[0].teamId"), "the final's winner "
                    + "ranks first: " + ranking.prettify());
            assertEquals(rosters.size(), ranking.getList("ranking").size(), "every team ranked: "
                    + ranking.prettify());

            // the result notice, once; the completion comes after the redelivered publication on the tournament's
            // partition, so docs-service has handled that one by now
            Map<String, Object> notice = onlyDocument(tournament, "TB");
            assertTrue(Documents.pdfText(notice.get("id")).contains(winner.path("name").asText()),
                    "the result notice names the winner");
            assertFalse(tournaments.awaitRecords(r -> tournament.equals(r.key())
                    && COMPLETED.equals(TopicReader.header(r, "ce_type")), 1, PROPAGATION).isEmpty());
        }
        assertEquals(1, Documents.issued(publication, "LTĐ").size(), "one schedule for the publication");
        assertEquals(1, Documents.issuedBy(bloc, "LTĐ").size(), "one schedule in all: "
                + Documents.issuedBy(bloc, "LTĐ"));
        assertEquals(1, Documents.issued(tournament, "TB").size(), "one result notice");
    }

    /** One mixed team of the cell's six members; retried until emulation-service has them from the registry. */
    private static String register(String base, String office, UUID cell, List<String> players) {
        Map<String, Object> team = Map.of("organisationIds", List.of(cell.toString()), "players",
                players.stream().map(id -> Map.of("memberId", id)).toList());
        return await().atMost(PROPAGATION).until(() -> {
            var answer = Emulation.post(office, base + "/teams", team).extract();
            return answer.statusCode() == 201 ? answer.<String>path("name") : null;
        }, name -> name != null);
    }

    /**
     * Every match whose sides are known gets a result (the home side wins 21-15, 21-17), round after round as the
     * winners advance, until the tournament is COMPLETED; the final's winner.
     */
    private static JsonNode playEveryMatch(String base, String office) throws Exception {
        JsonNode finalMatch = null;
        for (int pass = 0; pass < 20; pass++) {
            JsonNode matches = JSON.readTree(Emulation.get(base + "/matches").extract().asString());
            boolean played = false;
            for (JsonNode match : items(matches)) {
                if (!"PENDING".equals(match.path("state").asText()) || !known(match, "home")
                        || !known(match, "away")) {
                    continue;
                }
                Emulation.as(office).body(Map.of("sets", List.of(Map.of("home", 21, "away", 15),
                                Map.of("home", 21, "away", 17))))
                        .put(base + "/matches/" + match.path("id").asText() + "/result").then()
                        .statusCode(anyOf(is(200), is(201)));
                played = true;
            }
            if ("COMPLETED".equals(Emulation.get(base).extract().path("state"))) {
                finalMatch = lastKnockout(JSON.readTree(Emulation.get(base + "/matches").extract().asString()));
                break;
            }
            assertTrue(played, "a pass with no match to play before the tournament is completed: " + matches);
        }
        assertTrue(finalMatch != null, "the tournament completed");
        JsonNode winner = side(finalMatch, "winner");
        assertTrue(winner.hasNonNull("id"), "the final has a winner: " + finalMatch);
        return winner;
    }

    /** The final: the last knockout round's match that is not the third-place one. */
    private static JsonNode lastKnockout(JsonNode matches) {
        JsonNode last = null;
        for (JsonNode match : items(matches)) {
            if ("KNOCKOUT".equals(match.path("stage").asText())
                    && (last == null || match.path("round").asInt() >= last.path("round").asInt())) {
                last = match;
            }
        }
        return last;
    }

    /**
     * A side of a match, {@code {id, name}}: {@code home: {team: {id, name}, source, label}} (no team while its
     * source is undecided), or the {@code winner}.
     */
    private static JsonNode side(JsonNode match, String side) {
        JsonNode nested = match.path(side);
        return nested.has("team") ? nested.path("team") : nested;
    }

    private static boolean known(JsonNode match, String side) {
        return side(match, side).hasNonNull("id");
    }

    private static List<JsonNode> items(JsonNode answer) {
        JsonNode array = answer.isArray() ? answer : answer.has("matches") ? answer.path("matches")
                : answer.path("items");
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static Map<String, Object> onlyDocument(String relatedTo, String type) {
        List<Map<String, Object>> issued = Documents.awaitIssued(relatedTo, type, 1);
        assertEquals(1, issued.size(), "one " + type + " for " + relatedTo);
        return issued.get(0);
    }
}

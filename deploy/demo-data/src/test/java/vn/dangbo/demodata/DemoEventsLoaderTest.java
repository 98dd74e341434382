package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the events loader sends and decides from emulation-service's answers, against a stand-in for its HTTP API (and
 * the registry's member search) that keeps one event per kind, the guests, one tournament and its teams as the real
 * one does (the real services take them when the local stack starts, see LocalStackIT).
 */
class DemoEventsLoaderTest {

    private static final UUID MOVEMENT = UUID.fromString("7d0c1e2a-0000-4000-8000-000000002024");
    private static final String BASE = "/movements/" + MOVEMENT;
    private static final List<Map<String, String>> SEMINAR_GROUPS = List.of(
            group("S1", "EXTERNAL", "Mời Thường trực Tỉnh ủy, lãnh đạo các cơ quan tham mưu, giúp việc của Tỉnh ủy dự"),
            group("S2", "BLOC_COMMITTEE", "Các đồng chí ủy viên Ban Chấp hành Đảng bộ Khối khóa XXIV"),
            group("S3", "GRASSROOTS_SECRETARIES", "Bí thư (hoặc Phó Bí thư) các chi, đảng bộ cơ sở"),
            group("S4", "CHOSEN_CELL_SECRETARIES", "Bí thư một số các chi bộ trực thuộc Đảng bộ cơ sở"),
            group("S5", "EXTERNAL", "Lãnh đạo, chuyên viên các cơ quan tham mưu giúp việc Đảng ủy Khối, Đoàn thể Khối"));
    private static final List<Map<String, String>> MEETING_GROUPS = List.of(
            group("M1", "EXTERNAL", "Mời Thường trực Tỉnh ủy, lãnh đạo các cơ quan tham mưu, giúp việc của Tỉnh ủy dự"),
            group("M2", "EXTERNAL", "Đại biểu Thường trực các Huyện ủy, Thành ủy, Thị ủy, Đảng ủy trực thuộc Tỉnh ủy"),
            group("M3", "EXTERNAL", "Các đồng chí nguyên Ủy viên Ban Thường vụ Đảng ủy Khối; cán bộ, công chức cơ "
                    + "quan Đảng ủy Khối qua các thời kỳ"),
            group("M5", "GRASSROOTS_SECRETARIES", "Bí thư các chi, đảng bộ cơ sở"));

    private final ObjectMapper json = new ObjectMapper();
    private final DemoEventsPlan plan = DemoEventsPlan.seed2024();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** kind → event id */
    private final Map<String, String> events = new ConcurrentHashMap<>();
    /** event id → guests as posted */
    private final Map<String, List<JsonNode>> guests = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> cells = new ConcurrentHashMap<>();
    private final List<JsonNode> teams = new CopyOnWriteArrayList<>();
    private final AtomicInteger unknownPlayerAnswersLeft = new AtomicInteger();
    private volatile boolean tournamentThere;
    private volatile boolean offered = true;
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static Map<String, String> group(String code, String source, String label) {
        return Map.of("code", code, "source", source, "label", label);
    }

    @Test
    void schedulesBothEventsWithTheirGuestsInTheirGroupsAndRegistersTheTeamsWithMixedRosters() throws IOException {
        unknownPlayerAnswersLeft.set(2);
        DemoEventsLoader.Result result = loader().load(MOVEMENT);
        int guestCount = plan.events().stream().mapToInt(e -> e.guests().size()).sum();
        assertEquals(new DemoEventsLoader.Counts(2, guestCount, 1, plan.teams().size()), result.added(),
                result.describe());
        assertEquals(List.of(), result.notes());
        assertTrue(requests.contains("POST " + BASE + "/events {\"kind\":\"SEMINAR\",\"date\":\"2024-04-19\"} 201"),
                requests.toString());
        assertTrue(requests.contains("POST " + BASE + "/events {\"kind\":\"MEETING\"} 201"), requests.toString());
        Map<String, String> meetingGroupOf = groupOf(events.get("MEETING"));
        assertEquals("M1", meetingGroupOf.get("Trần Minh Đức"), "a provincial leader");
        assertEquals("M2", meetingGroupOf.get("Hà Thị Ngân"), "a district leader");
        assertEquals("M3", meetingGroupOf.get("Phan Văn Lộc"), "a former leader");
        assertEquals("S5", groupOf(events.get("SEMINAR")).get("Đinh Công Sơn"), "the bloc's staff");
        assertEquals(6, cells.get("SEMINAR:S4").path("organisationIds").size(), "the office's six cells chosen");
        assertEquals(1, cells.size(), "cells chosen for the seminar only");
        assertEquals(2, requests.stream().filter(r -> r.contains("/invitees/refresh")).count());
        JsonNode joint = teams.stream().filter(t -> t.path("organisationIds").size() == 2).findFirst().orElseThrow();
        assertEquals(List.of("F-0", "F-0", "F-1", "M-0", "M-0", "M-1"), ids(joint.path("players")),
                "women then men, from both cells in turn");
        assertTrue(requests.stream().filter(r -> r.startsWith("POST " + BASE + "/tournaments/t-1/teams"))
                .anyMatch(r -> r.endsWith(" 422")), "a player not known yet is waited for");
    }

    @Test
    void aSecondStartFindsEverythingAndAddsNothing() throws IOException {
        DemoEventsLoader first = loader();
        DemoEventsLoader.Result entered = first.load(MOVEMENT);
        requests.clear();
        DemoEventsLoader.Result again = first.load(MOVEMENT);
        assertEquals(new DemoEventsLoader.Counts(0, 0, 0, 0), again.added(), again.describe());
        assertEquals(entered.added(), again.already());
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("POST") || r.startsWith("PUT")), requests.toString());
        assertTrue(again.describe().contains("nothing added"), again.describe());
    }

    @Test
    void anEmulationServiceWithoutEventsOrTournamentsIsNotedNotFailed() throws IOException {
        offered = false;
        DemoEventsLoader.Result result = loader().load(MOVEMENT);
        assertEquals(new DemoEventsLoader.Counts(0, 0, 0, 0), result.added());
        assertEquals(2, result.notes().size(), result.notes().toString());
        assertTrue(result.notes().get(0).startsWith("events skipped"), result.notes().toString());
        assertTrue(result.notes().get(1).startsWith("tournament skipped"), result.notes().toString());
    }

    private Map<String, String> groupOf(String event) {
        Map<String, String> byName = new java.util.HashMap<>();
        guests.get(event).forEach(g -> byName.put(g.path("fullName").asText(), g.path("groupCode").asText()));
        return byName;
    }

    private static List<String> ids(JsonNode players) {
        List<String> ids = new ArrayList<>();
        players.forEach(p -> ids.add(p.path("memberId").asText().substring(0, 3)));
        return ids;
    }

    private DemoEventsLoader loader() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }
        String base = "http://localhost:" + server.getAddress().getPort();
        return new DemoEventsLoader(base, base, "admin-token", Duration.ofSeconds(10), Duration.ofMillis(20));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String text = method.equals("GET") ? "" : new String(exchange.getRequestBody().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        JsonNode body = text.isEmpty() ? null : json.readTree(text);
        String path = exchange.getRequestURI().toString();
        String request = method + " " + path;
        int status = 200;
        Object answer = Map.of();
        String kind = events.entrySet().stream().filter(e -> path.startsWith(BASE + "/events/" + e.getValue()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (!offered && (path.startsWith(BASE + "/events") || path.startsWith(BASE + "/tournaments"))) {
            status = 404;
        } else if (request.equals("GET " + BASE + "/events")) {
            answer = events.entrySet().stream().map(e -> Map.of("kind", e.getKey(), "id", e.getValue())).toList();
        } else if (request.equals("POST " + BASE + "/events")) {
            status = 201;
            String id = "e-" + body.path("kind").asText();
            events.put(body.path("kind").asText(), id);
            guests.put(id, new CopyOnWriteArrayList<>());
            answer = Map.of("id", id);
        } else if (kind != null && path.endsWith("/invitee-groups")) {
            answer = Map.of("groups", kind.equals("SEMINAR") ? SEMINAR_GROUPS : MEETING_GROUPS, "total", 0);
        } else if (kind != null && path.endsWith("/guests") && method.equals("GET")) {
            answer = guests.get(events.get(kind));
        } else if (kind != null && path.endsWith("/guests")) {
            guests.get(events.get(kind)).add(body);
            status = 201;
            answer = Map.of("id", "g-" + guests.get(events.get(kind)).size());
        } else if (kind != null && path.endsWith("/cells") && method.equals("PUT")) {
            cells.put(kind + ":" + path.split("/")[6], body);
        } else if (kind != null && path.endsWith("/invitees/refresh")) {
            answer = Map.of("added", 0, "changed", 0, "withdrawn", 0, "total", 0);
        } else if (request.equals("GET " + BASE + "/tournaments")) {
            answer = tournamentThere ? List.of(Map.of("id", "t-1")) : List.of();
        } else if (request.equals("POST " + BASE + "/tournaments")) {
            tournamentThere = true;
            status = 201;
            answer = Map.of("id", "t-1");
        } else if (request.equals("GET " + BASE + "/tournaments/t-1/teams")) {
            answer = teams.stream().map(t -> Map.of("state", "REGISTERED", "organisations",
                    json.convertValue(t.path("organisationIds"), List.class).stream()
                            .map(id -> Map.of("id", id)).toList())).toList();
        } else if (request.equals("POST " + BASE + "/tournaments/t-1/teams")) {
            if (unknownPlayerAnswersLeft.getAndUpdate(n -> n == 0 ? 0 : n - 1) > 0) {
                status = 422;
                answer = Map.of("detail", "Không có đảng viên với mã này");
            } else {
                teams.add(body);
                status = 201;
                answer = Map.of("id", "team-" + teams.size());
            }
        } else if (request.startsWith("GET /members?organisationId=")) {
            String organisation = path.substring(path.indexOf('=') + 1, path.indexOf('&'));
            String sex = path.contains("sex=FEMALE") ? "F" : "M";
            answer = Map.of("items", List.of(Map.of("id", sex + "-0-" + organisation), Map.of("id", sex + "-1-"
                    + organisation), Map.of("id", sex + "-2-" + organisation)), "nextCursor", "c");
        } else {
            status = 500;
            answer = Map.of("detail", "unexpected " + request);
        }
        requests.add(request + (text.isEmpty() ? "" : " " + text) + " " + status);
        byte[] bytes = json.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

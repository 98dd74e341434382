package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.demodata.DemoMovementPlan.PlannedWork;

/**
 * What the movement loader sends and decides from emulation-service's answers, against a stand-in for its HTTP API
 * (and the registry's member list) that keeps one movement per bloc and plan, two works per organisation and one
 * nomination per nominee as the real one does (the real services take the movement when the local stack starts,
 * see LocalStackIT).
 */
class DemoMovementLoaderTest {

    private static final String MOVEMENT = "7d0c1e2a-0000-4000-8000-000000002024";
    private static final String BLOC = DemoFiles.idOf(DemoDataGenerator.BLOC_KEY).toString();
    private static final String CELL_V = DemoFiles.idOf(DemoDataGenerator.OFFICE_KEY + "-cb5").toString();
    private static final String MEMBER_OF_CELL_V = "0b9a7d2e-0000-4000-8000-000000000005";

    private final ObjectMapper json = new ObjectMapper();
    private final DemoMovementPlan plan = DemoMovementPlan.seed2024();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    /** work id → the work as emulation-service shows it */
    private final Map<String, ObjectNode> works = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> nominations = new ConcurrentHashMap<>();
    private final AtomicInteger unknownAnswersLeft = new AtomicInteger();
    private final AtomicInteger unknownMemberAnswersLeft = new AtomicInteger();
    private final AtomicInteger memberNominationAttempts = new AtomicInteger();
    private volatile boolean movementExists;
    private volatile boolean worksOffered = true;
    private HttpServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void waitsForTheOrganisationsThenLaunchesAndEntersTheWorksTheirReportsAndTheNominations() throws IOException {
        unknownAnswersLeft.set(2);
        unknownMemberAnswersLeft.set(2);
        DemoMovementLoader.Result result = loader(Duration.ofSeconds(10)).load();
        assertEquals(DemoMovementLoader.Outcome.LAUNCHED, result.outcome(), result.describe());
        assertEquals(MOVEMENT, result.movementId().toString());
        int reports = plan.works().stream().mapToInt(w -> w.reports().size()).sum();
        assertEquals(new DemoMovementLoader.Counts(plan.works().size(), reports, plan.nominations().size()),
                result.added());
        assertEquals(2, requests.stream().filter(r -> r.startsWith("GET /movements/eligible-organisations")
                && r.endsWith(" 404")).count(), "asked again while emulation-service did not know the bloc");
        assertEquals(1, requests.stream().filter(r -> r.equals("POST /movements 201")).count());
        assertTrue(requests.indexOf("POST /movements 201") > requests.lastIndexOf(
                "GET /movements/eligible-organisations?blocId=" + BLOC + " 404"), requests.toString());
        PlannedWork office = plan.works().get(0);
        ObjectNode digitising = works.values().stream().filter(w -> w.path("title").asText().equals(office.title()))
                .findFirst().orElseThrow();
        assertEquals(80, digitising.path("percent").asInt(), "the reports in order, the last one's percent");
        assertEquals("2024-03-25", digitising.path("lastReportedOn").asText());
        JsonNode member = nominations.get(MEMBER_OF_CELL_V);
        assertEquals("MEMBER", member.path("nomineeKind").asText(), "the full member first on the registry's list");
        assertEquals(DemoFiles.idOf(DemoDataGenerator.OFFICE_KEY).toString(), member.path("nominatedBy").asText());
        assertEquals(3, memberNominationAttempts.get(), "the member waited for until emulation-service knows it");
        assertTrue(result.describe().contains("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh"), result.describe());
    }

    @Test
    void aSecondStartFindsEverythingAndAddsNothing() throws IOException {
        DemoMovementLoader first = loader(Duration.ofSeconds(10));
        DemoMovementLoader.Result launched = first.load();
        requests.clear();
        DemoMovementLoader.Result again = first.load();
        assertEquals(DemoMovementLoader.Outcome.REUSED, again.outcome(), again.describe());
        assertEquals(new DemoMovementLoader.Counts(0, 0, 0), again.added());
        assertEquals(launched.added(), again.already());
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("POST") && r.endsWith(" 201")), requests.toString());
        assertEquals(plan.works().size(), works.size());
        assertEquals(plan.nominations().size(), nominations.size());
    }

    @Test
    void anInterruptedStartIsCompletedFromTheLastReport() throws IOException {
        movementExists = true;
        PlannedWork office = plan.works().get(0);
        ObjectNode there = work(office);
        there.put("percent", 30).put("lastReportedOn", "2024-01-15");
        DemoMovementLoader.Result result = loader(Duration.ofSeconds(10)).load();
        assertEquals(DemoMovementLoader.Outcome.COMPLETED, result.outcome());
        assertEquals(1, result.already().works());
        assertEquals(1, result.already().reports(), "the report of 15/1/2024 was there");
        assertEquals(plan.works().size() - 1, result.added().works());
        assertEquals(80, there.path("percent").asInt());
        assertTrue(requests.stream().noneMatch(r -> r.equals("POST /movements 201")), requests.toString());
    }

    @Test
    void anEmulationServiceWithoutWorksOrNominationsGetsTheMovementAlone() throws IOException {
        worksOffered = false;
        DemoMovementLoader.Result result = loader(Duration.ofSeconds(10)).load();
        assertEquals(DemoMovementLoader.Outcome.LAUNCHED, result.outcome());
        assertEquals(new DemoMovementLoader.Counts(0, 0, 0), result.added());
        assertEquals(2, result.notes().size(), result.notes().toString());
        assertTrue(result.notes().get(0).startsWith("works skipped"), result.notes().toString());
        assertTrue(result.notes().get(1).startsWith("nominations skipped"), result.notes().toString());
    }

    @Test
    void aBlocEmulationServiceNeverLearnsEndsTheWaitWithAClearMessage() throws IOException {
        unknownAnswersLeft.set(Integer.MAX_VALUE);
        IllegalStateException late = assertThrows(IllegalStateException.class,
                () -> loader(Duration.ofMillis(300)).load());
        assertTrue(late.getMessage().startsWith("demo data: emulation-service did not know the demo bloc's"),
                late.getMessage());
        assertTrue(late.getMessage().contains("registry.organisations.v1"), late.getMessage());
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("POST")), "nothing entered: " + requests);
    }

    private DemoMovementLoader loader(Duration knownTimeout) throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", this::handle);
            server.start();
        }
        String base = "http://localhost:" + server.getAddress().getPort();
        return new DemoMovementLoader(base, base, "admin-token", knownTimeout, Duration.ofMillis(20));
    }

    private ObjectNode work(PlannedWork planned) {
        ObjectNode work = json.createObjectNode();
        String id = "w-" + works.size();
        work.put("id", id).put("organisationId", planned.organisationId().toString()).put("title", planned.title())
                .put("percent", 0).putNull("lastReportedOn");
        works.put(id, work);
        return work;
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = exchange.getRequestMethod().equals("POST")
                ? json.readTree(exchange.getRequestBody().readAllBytes()) : null;
        String path = exchange.getRequestURI().toString();
        String request = exchange.getRequestMethod() + " " + path;
        String movementBase = "/movements/" + MOVEMENT;
        int status = 200;
        Object answer;
        if (!"Bearer admin-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            answer = Map.of();
        } else if (path.startsWith("/movements/eligible-organisations?blocId=" + BLOC)) {
            boolean unknown = unknownAnswersLeft.getAndUpdate(n -> n == 0 ? 0 : n - 1) > 0;
            status = unknown ? 404 : 200;
            ArrayNode known = json.createArrayNode();
            plan.works().forEach(w -> known.addObject().put("id", w.organisationId().toString()));
            plan.nominations().forEach(n -> known.addObject().put("id", n.nominatedBy().toString()));
            answer = unknown ? Map.of("detail", "Không có Đảng bộ Khối với mã " + BLOC) : known;
        } else if (request.equals("GET /movements")) {
            answer = movementExists ? List.of(Map.of("id", MOVEMENT, "blocId", BLOC, "planId", plan.planId()))
                    : List.of();
        } else if (request.equals("POST /movements")) {
            status = movementExists ? 409 : 201;
            movementExists = true;
            answer = Map.of("id", MOVEMENT);
        } else if (path.startsWith(movementBase + "/works") && !worksOffered) {
            status = 404;
            answer = Map.of();
        } else if (request.startsWith("GET " + movementBase + "/works?organisationId=")) {
            String organisation = path.substring(path.indexOf('=') + 1);
            answer = Map.of("items", works.values().stream()
                    .filter(w -> w.path("organisationId").asText().equals(organisation)).toList());
        } else if (request.equals("POST " + movementBase + "/works")) {
            PlannedWork planned = plan.works().stream()
                    .filter(w -> w.title().equals(body.path("title").asText())).findFirst().orElseThrow();
            status = 201;
            answer = work(planned);
        } else if (request.startsWith("POST " + movementBase + "/works/") && path.endsWith("/progress")) {
            ObjectNode work = works.get(path.split("/")[4]);
            if (body.path("percent").asInt() < work.path("percent").asInt()) {
                status = 422;
                answer = Map.of("detail", "Tỷ lệ hoàn thành không được thấp hơn lần báo cáo trước");
            } else {
                work.put("percent", body.path("percent").asInt()).put("lastReportedOn",
                        body.path("reportedOn").asText());
                status = 201;
                answer = Map.of("id", "r-1");
            }
        } else if (path.startsWith(movementBase + "/nominations") && !worksOffered) {
            status = 404;
            answer = Map.of();
        } else if (request.equals("GET " + movementBase + "/nominations")) {
            answer = Map.of("items", List.copyOf(nominations.values()));
        } else if (request.equals("POST " + movementBase + "/nominations")) {
            String nominee = body.path("nomineeId").asText();
            if (nominee.equals(MEMBER_OF_CELL_V)) {
                memberNominationAttempts.incrementAndGet();
            }
            if (nominee.equals(MEMBER_OF_CELL_V)
                    && unknownMemberAnswersLeft.getAndUpdate(n -> n == 0 ? 0 : n - 1) > 0) {
                status = 422;
                answer = Map.of("detail", "Không có đảng viên với mã " + nominee);
            } else if (nominations.containsKey(nominee)) {
                status = 409;
                answer = Map.of("detail", "đã được đề nghị khen thưởng");
            } else {
                nominations.put(nominee, body);
                status = 201;
                answer = Map.of("id", "n-" + nominations.size(), "state", "DRAFT");
            }
        } else if (request.startsWith("GET /organisations/") && path.endsWith("/members")) {
            String cell = path.split("/")[2];
            String first = cell.equals(CELL_V) ? MEMBER_OF_CELL_V : "0b9a7d2e-0000-4000-8000-0000000000" + "99";
            answer = List.of(
                    Map.of("id", "0b9a7d2e-0000-4000-8000-000000000001", "status", "PROBATIONARY", "state", "ACTIVE"),
                    Map.of("id", "0b9a7d2e-0000-4000-8000-000000000002", "status", "FULL", "state", "LEFT"),
                    Map.of("id", first, "status", "FULL", "state", "ACTIVE"));
        } else {
            status = 500;
            answer = Map.of("detail", "unexpected " + request);
        }
        requests.add(request + " " + status);
        byte[] bytes = json.writeValueAsBytes(answer);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}

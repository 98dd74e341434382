package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the round loader sends and decides from congress-service's answers, against a stand-in for its HTTP API that
 * keeps one standing congress per organisation as the real one does (the real service takes the round when the local
 * stack starts, see the README).
 */
class DemoRoundLoaderTest {

    private static final String ROUND = "5b1c2f9e-0000-4000-8000-000000000020";
    private static final String OFFICE = DemoFiles.idOf(DemoDataGenerator.OFFICE_KEY).toString();
    private static final String CHI_BO_IV = DemoFiles.idOf(DemoDataGenerator.OFFICE_KEY + "-cb4").toString();
    private static final String DUPLICATE = "{\"title\":\"Vi phạm quy định\",\"status\":422,\"detail\":\"%s đã có đại "
            + "hội trong đợt đại hội này; mỗi tổ chức một đại hội trong một đợt (hủy đại hội cũ trước khi lên lịch "
            + "lại)\",\"errors\":[{\"field\":\"organisationId\"}]}";

    private final ObjectMapper json = new ObjectMapper();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<JsonNode> congressBodies = new CopyOnWriteArrayList<>();
    private final Set<String> scheduled = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unknownAnswersLeft = new AtomicInteger();
    private volatile boolean roundExists;
    private volatile String refusal;
    private HttpServer congress;

    @AfterEach
    void stop() {
        if (congress != null) {
            congress.stop(0);
        }
    }

    @Test
    void waitsForTheOrganisationsThenOpensTheRoundAndSchedulesThePlanInOrder() throws IOException {
        unknownAnswersLeft.set(3);
        DemoRoundLoader.Result result = loader(Duration.ofSeconds(10)).load();
        assertEquals(DemoRoundLoader.Outcome.OPENED, result.outcome());
        assertEquals(7, result.scheduled());
        assertEquals(ROUND, result.roundId().toString());
        assertEquals(3, requests.stream().filter(r -> r.endsWith("election-structure 404")).count(),
                "asked again while congress-service did not know the organisation");
        assertTrue(requests.indexOf("POST /rounds 201") > requests.lastIndexOf("GET /organisations/" + OFFICE
                + "/election-structure 200"), "the round only once every organisation is known: " + requests);
        List<String> order = congressBodies.stream().map(b -> b.path("organisationId").asText()).toList();
        assertEquals(DemoRoundPlan.seed2020().congresses().stream().map(c -> c.organisationId().toString()).toList(),
                order, "the pilot first, the committee last");
        assertTrue(congressBodies.stream().allMatch(b -> b.path("roundId").asText().equals(ROUND)));
        assertTrue(result.describe().contains("Đảng bộ Văn phòng UBND tỉnh"), result.describe());
    }

    @Test
    void aSecondStartFindsTheRoundAndAddsNothing() throws IOException {
        DemoRoundLoader first = loader(Duration.ofSeconds(10));
        first.load();
        DemoRoundLoader.Result again = first.load();
        assertEquals(DemoRoundLoader.Outcome.REUSED, again.outcome());
        assertEquals(0, again.scheduled());
        assertEquals(7, again.alreadyThere());
        assertEquals(1, requests.stream().filter(r -> r.startsWith("POST /rounds")).count(), "one round");
        assertEquals(7, scheduled.size());
    }

    @Test
    void anInterruptedStartIsCompleted() throws IOException {
        roundExists = true;
        scheduled.add(DemoFiles.idOf(DemoDataGenerator.PILOT_CELL_KEY).toString());
        DemoRoundLoader.Result result = loader(Duration.ofSeconds(10)).load();
        assertEquals(DemoRoundLoader.Outcome.COMPLETED, result.outcome());
        assertEquals(6, result.scheduled());
        assertEquals(1, result.alreadyThere());
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("POST /rounds")), requests.toString());
    }

    @Test
    void aCongressRefusedInANewRoundFailsTheStartWithTheReason() throws IOException {
        refusal = CHI_BO_IV;
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> loader(Duration.ofSeconds(10)).load());
        assertTrue(refused.getMessage().contains("Chi bộ IV on 2020-04-14 (422)"), refused.getMessage());
        assertTrue(refused.getMessage().contains("Đại hội các chi bộ tổ chức trong thời gian"), refused.getMessage());
    }

    @Test
    void aCongressAnOfficeChangedInAnExistingRoundIsLeftAsItIs() throws IOException {
        roundExists = true;
        refusal = CHI_BO_IV;
        DemoRoundLoader.Result result = loader(Duration.ofSeconds(10)).load();
        assertEquals(List.of("Chi bộ IV: Đại hội các chi bộ tổ chức trong thời gian 01/04/2020 - 30/04/2020"),
                result.leftAsIs());
        assertEquals(6, result.scheduled());
    }

    @Test
    void anOrganisationCongressServiceNeverLearnsEndsTheWaitWithAClearMessage() throws IOException {
        unknownAnswersLeft.set(Integer.MAX_VALUE);
        IllegalStateException late = assertThrows(IllegalStateException.class,
                () -> loader(Duration.ofMillis(300)).load());
        assertTrue(late.getMessage().startsWith("demo data: congress-service did not know Chi bộ I ("),
                late.getMessage());
        assertTrue(late.getMessage().contains("registry.organisations.v1"), late.getMessage());
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("POST")), "nothing entered: " + requests);
    }

    private DemoRoundLoader loader(Duration knownTimeout) throws IOException {
        if (congress == null) {
            congress = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            congress.createContext("/", this::handle);
            congress.start();
        }
        return new DemoRoundLoader("http://localhost:" + congress.getAddress().getPort(), "admin-token",
                knownTimeout, Duration.ofMillis(20));
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        int status;
        String answer;
        if (!"Bearer admin-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            status = 401;
            answer = "{}";
        } else if (request.endsWith("/election-structure")) {
            boolean unknown = unknownAnswersLeft.getAndUpdate(n -> n == 0 ? 0 : n - 1) > 0;
            status = unknown ? 404 : 200;
            answer = "{}";
        } else if (request.equals("GET /rounds")) {
            status = 200;
            answer = roundExists ? "[{\"id\":\"" + ROUND + "\",\"conveningCommitteeId\":\"" + OFFICE
                    + "\",\"ruleSetId\":\"2020\",\"committeeTerm\":\"2020-2025\"}]" : "[]";
        } else if (request.equals("POST /rounds")) {
            roundExists = true;
            status = 201;
            answer = "{\"id\":\"" + ROUND + "\"}";
        } else if (request.equals("POST /congresses")) {
            JsonNode body = json.readTree(requestBody);
            congressBodies.add(body);
            String organisation = body.path("organisationId").asText();
            if (organisation.equals(refusal)) {
                status = 422;
                answer = "{\"title\":\"Vi phạm quy định\",\"detail\":\"Đại hội các chi bộ tổ chức trong thời gian "
                        + "01/04/2020 - 30/04/2020\",\"errors\":[{\"field\":\"startDate\"}]}";
            } else if (!scheduled.add(organisation)) {
                status = 422;
                answer = DUPLICATE.formatted(organisation);
            } else {
                status = 201;
                answer = "{\"id\":\"c-" + organisation + "\"}";
            }
        } else {
            status = 500;
            answer = "{\"detail\":\"unexpected " + request + "\"}";
        }
        requests.add(request + " " + status);
        byte[] body = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}

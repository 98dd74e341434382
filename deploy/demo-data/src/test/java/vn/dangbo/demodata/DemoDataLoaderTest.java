package vn.dangbo.demodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the loader decides from the registry's answers and how it reports a refused file, against a stand-in
 * for the registry's HTTP API (the real registry takes the files in the system test {@code LocalStackIT}).
 */
class DemoDataLoaderTest {

    private static final String BLOC = DemoFiles.idOf(DemoDataGenerator.BLOC_KEY).toString();

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private HttpServer registry;

    private record Answer(int status, String json) {
    }

    @AfterEach
    void stop() {
        if (registry != null) {
            registry.stop(0);
        }
    }

    @Test
    void aRegistryHoldingTheDemoBlocAndItsMembersIsReused() throws IOException {
        answer("GET /organisations/" + BLOC, 200, "{\"id\":\"" + BLOC + "\"}");
        answer("GET /members?size=1&organisationId=" + BLOC, 200, "{\"items\":[{\"id\":\"x\"}]}");
        DemoDataLoader.Result result = load();
        assertEquals(DemoDataLoader.Outcome.REUSED, result.outcome());
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("POST")), requests.toString());
    }

    @Test
    void aRegistryHoldingOtherMembersIsLeftAlone() throws IOException {
        answer("GET /organisations/" + BLOC, 404, "{}");
        answer("GET /members?size=1", 200, "{\"items\":[{\"id\":\"x\"}]}");
        DemoDataLoader.Result result = load();
        assertEquals(DemoDataLoader.Outcome.LEFT_ALONE, result.outcome());
        assertTrue(requests.stream().noneMatch(r -> r.startsWith("POST")), requests.toString());
    }

    @Test
    void aRefusedFileFailsWithTheRowsOfTheJobReport() throws IOException {
        answer("GET /organisations/" + BLOC, 404, "{}");
        answer("GET /members?size=1", 200, "{\"items\":[]}");
        answer("POST /imports/organisations", 202, "{\"id\":\"j1\",\"status\":\"RECEIVED\"}");
        answer("GET /imports/j1", 200, "{\"id\":\"j1\",\"status\":\"REJECTED\",\"created\":0,\"invalid\":1,"
                + "\"report\":[{\"row\":3,\"outcome\":\"INVALID\",\"errors\":[{\"field\":\"type\","
                + "\"message\":\"loại tổ chức không hợp lệ\"}]}]}");
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                this::load);
        assertTrue(refused.getMessage().contains("organisations file"), refused.getMessage());
        assertTrue(refused.getMessage().contains("status REJECTED"), refused.getMessage());
        assertTrue(refused.getMessage().contains("row 3 INVALID; type: loại tổ chức không hợp lệ"),
                refused.getMessage());
        assertTrue(requests.stream().noneMatch(r -> r.equals("POST /imports/members")),
                "no member file after a refusal");
    }

    @Test
    void aBlocWithoutMembersGetsItsMembersAfterAnInterruptedStart() throws IOException {
        int members = DemoDataGenerator.generate(DemoDataLoader.SEED, DemoDataLoader.REFERENCE_DATE).members()
                .size();
        answer("GET /organisations/" + BLOC, 200, "{\"id\":\"" + BLOC + "\"}");
        answer("GET /members?size=1&organisationId=" + BLOC, 200, "{\"items\":[]}");
        answer("POST /imports/members", 202, "{\"id\":\"j2\",\"status\":\"RECEIVED\"}");
        answer("GET /imports/j2", 200, "{\"id\":\"j2\",\"status\":\"DONE\",\"created\":" + members + "}");
        DemoDataLoader.Result result = load();
        assertEquals(DemoDataLoader.Outcome.LOADED, result.outcome());
        assertEquals(0, result.organisations());
        assertEquals(members, result.members());
        assertTrue(requests.stream().noneMatch(r -> r.equals("POST /imports/organisations")), requests.toString());
    }

    private void answer(String request, int status, String json) {
        answers.put(request, new Answer(status, json));
    }

    private DemoDataLoader.Result load() throws IOException {
        return loader().loadIntoEmptyRegistry(DemoDataLoader.SEED, DemoDataLoader.REFERENCE_DATE);
    }

    private DemoDataLoader loader() throws IOException {
        registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/", this::handle);
        registry.start();
        return new DemoDataLoader("http://localhost:" + registry.getAddress().getPort(), "admin-token");
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
        requests.add(request);
        Answer answer = "Bearer admin-token".equals(exchange.getRequestHeaders().getFirst("Authorization"))
                ? answers.getOrDefault(request, new Answer(500, "{\"detail\":\"unexpected " + request + "\"}"))
                : new Answer(401, "{}");
        byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}

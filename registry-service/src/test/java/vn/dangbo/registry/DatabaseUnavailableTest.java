package vn.dangbo.registry;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.messaging.OutboxRelay;
import vn.dangbo.testsupport.infra.PostgresServer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The registry's database hung (its processes SIGSTOPped, connections open) or stopped, then back: every request
 * ends with 503 problem+json and Retry-After within seconds instead of hanging, readiness says DOWN, and the service
 * recovers by itself, with every write committed before the outage still there and the outbox relay going on.
 *
 * <p>The PostgreSQL is the test JVM's, shared with every other test class: each drill undoes itself in a finally.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class DatabaseUnavailableTest {

    /** Generous: the promise is 5 s; a client that waited this long would call the service hung. */
    private static final int CLIENT_TIMEOUT_MS = 10_000;
    private static final RestAssuredConfig PATIENT_CLIENT = RestAssuredConfig.config().httpClient(
            HttpClientConfig.httpClientConfig()
                    .setParam("http.connection.timeout", CLIENT_TIMEOUT_MS)
                    .setParam("http.socket.timeout", CLIENT_TIMEOUT_MS));

    @Inject
    OutboxRelay relay;

    private final PostgresServer postgres = RealInfrastructure.postgres();
    private UUID cell;
    private final List<String> committed = new ArrayList<>();

    @BeforeEach
    void registerMembersBeforeTheOutage() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối Kinh tế", "ĐUK");
        UUID committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tài chính", "ĐU");
        cell = organisation(committee, "CELL", "Chi bộ Phòng Ngân sách", "CB");
        for (int i = 0; i < 5; i++) {
            committed.add(registerMember(admin(), memberBody(cell, "Lò Văn Tuấn " + i, true)).statusCode(201)
                    .extract().path("id"));
        }
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aHungDatabaseIsA503WithinSecondsAndTheServiceRecoversByItself() throws Exception {
        String member = committed.get(0);
        // a lifecycle step whose transaction is open when the database hangs: it waits for a row lock we hold
        Map<String, Object> body = memberBody(cell, "Hà Thị Mai", false);
        body.put("admittedOn", LocalDate.now().minusMonths(13).toString());
        String probationary = registerMember(admin(), body).statusCode(201).extract().path("id");
        Connection holder = postgres.connect("registry");
        holder.setAutoCommit(false);
        try (PreparedStatement lock = holder.prepareStatement("select id from member where id = ? for update")) {
            lock.setObject(1, UUID.fromString(probationary));
            lock.executeQuery().close();
        }
        CompletableFuture<Timed> inFlight = CompletableFuture.supplyAsync(() -> timed("POST in a transaction",
                r -> r.contentType(ContentType.JSON)
                        .body(Map.of("effectiveDate", LocalDate.now().toString(), "decisionReference", "Quyết định số 07-QĐ/ĐU"))
                        .post("/members/" + probationary + "/full-membership")));
        await().atMost(Duration.ofSeconds(10)).until(() -> waitingOnALock() > 0);

        postgres.pause();
        List<Timed> answers = new ArrayList<>();
        try {
            answers.add(inFlight.get(CLIENT_TIMEOUT_MS * 2L, TimeUnit.MILLISECONDS));
            answers.addAll(typicalRequests(member));
            await().atMost(Duration.ofSeconds(15)).until(() -> given().config(PATIENT_CLIENT)
                    .get("/q/health/ready").statusCode() == 503);
        } finally {
            postgres.resume();
            holder.rollback();
            holder.close();
        }
        answers.forEach(DatabaseUnavailableTest::assertUnavailable);
        report("paused", answers);

        assertRecovered();
    }

    @Test
    void aStoppedDatabaseIsA503AndTheServiceRecoversWhenItIsBack() throws Exception {
        String member = committed.get(0);
        postgres.halt();
        List<Timed> answers = new ArrayList<>();
        try {
            answers.addAll(typicalRequests(member));
            await().atMost(Duration.ofSeconds(15)).until(() -> given().config(PATIENT_CLIENT)
                    .get("/q/health/ready").statusCode() == 503);
            // still down a while later: the service keeps answering, it does not give up or wedge
            answers.addAll(typicalRequests(member));
        } finally {
            postgres.startAgain();
        }
        answers.forEach(DatabaseUnavailableTest::assertUnavailable);
        report("stopped", answers);

        assertRecovered();
    }

    /** Reads and writes a client sends every day, each timed to its answer. */
    private List<Timed> typicalRequests(String member) {
        List<Timed> answers = new ArrayList<>();
        answers.add(timed("GET member", r -> r.get("/members/" + member)));
        answers.add(timed("GET search", r -> r.queryParam("organisationId", cell).get("/members")));
        answers.add(timed("GET organisation", r -> r.get("/organisations/" + cell)));
        answers.add(timed("POST member", r -> r.contentType(ContentType.JSON)
                .body(memberBody(cell, "Vàng Seo Phử", true)).post("/members")));
        answers.add(timed("POST organisation", r -> r.contentType(ContentType.JSON)
                .body(Map.of("parentId", cell.toString(), "type", "CELL", "name", "Chi bộ Phòng Kế hoạch",
                        "shortCode", "CB", "term", "2020-2025"))
                .post("/organisations")));
        return answers;
    }

    private void assertRecovered() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().config(PATIENT_CLIENT).get("/q/health/ready").statusCode() == 200);
        for (String id : committed) {
            given().config(PATIENT_CLIENT).auth().oauth2(admin()).get("/members/" + id).then().statusCode(200);
        }
        given().config(PATIENT_CLIENT).auth().oauth2(admin()).queryParam("organisationId", cell).get("/members")
                .then().statusCode(200);
        String after = registerMember(admin(), memberBody(cell, "Giàng A Sử", true)).statusCode(201)
                .extract().path("id");
        assertTrue(after != null);
        // the relay's advisory-lock transaction died with its connection: events flow again
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);
    }

    private long waitingOnALock() throws Exception {
        try (Connection c = postgres.connect("registry"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                     + " and datname = 'registry'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Timed timed(String what, Function<RequestSpecification, Response> request) {
        long t0 = System.nanoTime();
        Response response = request.apply(given().config(PATIENT_CLIENT).auth().oauth2(admin()));
        return new Timed(what, response, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static void assertUnavailable(Timed answer) {
        Response r = answer.response();
        String body = r.asString();
        assertEquals(503, r.statusCode(), answer.what() + ": " + body);
        assertTrue(r.contentType().startsWith("application/problem+json"), answer.what() + ": " + r.contentType());
        assertTrue(Integer.parseInt(r.header("Retry-After")) > 0, answer.what() + ": Retry-After " + r.header("Retry-After"));
        assertEquals("urn:dangbo:problem:database-unavailable", r.jsonPath().getString("type"), answer.what());
        assertEquals("Dịch vụ tạm thời gián đoạn", r.jsonPath().getString("title"), answer.what());
        for (String leak : List.of("select", "insert", "SQL", "Exception", "at org.", "postgresql")) {
            assertFalse(body.contains(leak), answer.what() + " leaks \"" + leak + "\": " + body);
        }
        assertTrue(answer.took().toMillis() < CLIENT_TIMEOUT_MS, answer.what() + " took " + answer.took());
    }

    private static void report(String outage, List<Timed> answers) {
        StringBuilder line = new StringBuilder("[db-unavailable] database " + outage + ":");
        answers.forEach(a -> line.append(' ').append(a.what()).append(' ').append(a.took().toMillis()).append(" ms;"));
        System.out.println(line);
    }

    private record Timed(String what, Response response, Duration took) {
    }
}

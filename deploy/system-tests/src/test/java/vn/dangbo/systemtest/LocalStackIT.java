package vn.dangbo.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.dangbo.demodata.DemoDataGenerator;
import vn.dangbo.demodata.DemoDataLoader;
import vn.dangbo.demodata.DemoEventsLoader;
import vn.dangbo.demodata.DemoEventsPlan;
import vn.dangbo.demodata.DemoMovementLoader;
import vn.dangbo.demodata.DemoMovementPlan;
import vn.dangbo.demodata.DemoRoundLoader;
import vn.dangbo.testsupport.infra.PostgresServer;
import vn.dangbo.testsupport.stack.DangboStack;
import vn.dangbo.testsupport.stack.ServiceProcess;

/**
 * What README command 1 promises, on the same orchestration the launcher uses (the stack, then the demo
 * bloc through the registry's import API, then the Office committee's 2020 congress round through
 * congress-service's, then the bloc's emulation movement through emulation-service's): the demo bloc, round and
 * movement, a clean stop that leaves no process behind, a second start on
 * the same data that adds nothing, and an existing PostgreSQL/Kafka.
 */
class LocalStackIT {

    private static UUID demo(String key) {
        return UUID.nameUUIDFromBytes(("dangbo-demo:" + key).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void demoBlocLoadsOnceAndEverythingStopsCleanly(@TempDir Path dataDir) throws Exception {
        Path root = Path.of(System.getProperty("dangbo.repository.root", "../..")).toAbsolutePath().normalize();
        DangboStack.Settings settings = new DangboStack.Settings(root, dataDir, 0, 0, true,
                DangboStack.External.none(), Set.of());
        UUID office = demo("vp-ubnd");
        UUID pilotCell = demo("vp-ubnd-cb1");
        int pilotMembers;
        UUID roundId;
        UUID movementId;
        List<Long> pids;
        try (DangboStack stack = DangboStack.start(settings)) {
            String admin = stack.tokens().admin();
            String registry = stack.service("registry-service").baseUrl();
            assertEquals(DemoDataLoader.Outcome.LOADED, loadDemoData(stack).outcome());
            given().baseUri(registry).auth().oauth2(admin).get("/organisations/" + office).then().statusCode(200)
                    .body("name", equalTo("Đảng bộ Văn phòng UBND tỉnh"));
            given().baseUri(registry).auth().oauth2(admin).get("/organisations/" + office + "/children").then()
                    .statusCode(200).body("name", hasSize(greaterThanOrEqualTo(4)));
            pilotMembers = given().baseUri(registry).auth().oauth2(admin)
                    .get("/organisations/" + pilotCell + "/members").then().statusCode(200)
                    .extract().jsonPath().getList("$").size();

            String congress = stack.service("congress-service").baseUrl();
            await().atMost(Duration.ofMinutes(3)).untilAsserted(() -> given().baseUri(congress).auth().oauth2(admin)
                    .get("/organisations/" + pilotCell + "/election-structure").then().statusCode(200)
                    .body("fullMembers", greaterThanOrEqualTo(9))
                    .body("structure.kind", equalTo("CELL_WITH_COMMITTEE")));
            List<String> officeCells = given().baseUri(registry).auth().oauth2(admin)
                    .get("/organisations/" + office + "/children").then().extract().jsonPath().getList("id");
            boolean someSmallCell = false;
            for (String cell : officeCells) {
                int full = given().baseUri(congress).auth().oauth2(admin)
                        .get("/organisations/" + cell + "/election-structure").then().statusCode(200)
                        .extract().path("fullMembers");
                someSmallCell |= full < 9;
            }
            assertTrue(someSmallCell, "the office has cells with fewer than 9 full members too");
            Map<String, Integer> fullByCell = new HashMap<>();
            for (Map<String, Object> cell : given().baseUri(registry).auth().oauth2(admin)
                    .get("/organisations/" + office + "/children").then().extract().jsonPath()
                    .<Map<String, Object>>getList("$")) {
                fullByCell.put((String) cell.get("name"), given().baseUri(registry).auth().oauth2(admin)
                        .get("/organisations/" + cell.get("id") + "/counts").then().statusCode(200)
                        .extract().path("full"));
            }
            assertEquals(Map.of("Chi bộ I", 11, "Chi bộ II", 14, "Chi bộ III", 7, "Chi bộ IV", 6, "Chi bộ V", 9,
                    "Chi bộ VI", 8), fullByCell, "the office cells' full members, as README describes them");

            DemoRoundLoader.Result round = loadDemoRound(stack);
            assertEquals(DemoRoundLoader.Outcome.OPENED, round.outcome());
            assertEquals(7, round.scheduled());
            roundId = round.roundId();
            given().baseUri(congress).auth().oauth2(admin).get("/rounds").then().statusCode(200)
                    .body("id", equalTo(List.of(roundId.toString())))
                    .body("[0].conveningCommitteeName", equalTo("Đảng bộ Văn phòng UBND tỉnh"))
                    .body("[0].pilotOrganisationId", equalTo(pilotCell.toString()));

            await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> given()
                    .baseUri(stack.service("emulation-service").baseUrl()).auth().oauth2(admin)
                    .get("/movements/eligible-organisations").then().statusCode(200)
                    .body("id", hasSize(greaterThanOrEqualTo(50))));

            DemoMovementLoader.Result movement = loadDemoMovement(stack);
            assertEquals(DemoMovementLoader.Outcome.LAUNCHED, movement.outcome(), movement.describe());
            assertEquals(List.of(), movement.notes(), "every part of the movement entered");
            DemoMovementPlan plan = DemoMovementPlan.seed2024();
            assertEquals(new DemoMovementLoader.Counts(plan.works().size(),
                    plan.works().stream().mapToInt(w -> w.reports().size()).sum(), plan.nominations().size()),
                    movement.added());
            movementId = movement.movementId();
            String emulation = stack.service("emulation-service").baseUrl();
            given().baseUri(emulation).auth().oauth2(admin).get("/movements").then().statusCode(200)
                    .body("id", equalTo(List.of(movementId.toString())))
                    .body("[0].blocName", equalTo("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh"))
                    .body("[0].startsOn", equalTo("2023-12-01"))
                    .body("[0].endsOn", equalTo("2024-04-30"));
            given().baseUri(emulation).auth().oauth2(admin).get("/movements/" + movementId + "/participants")
                    .then().statusCode(200).body("id", hasSize((int) DemoDataGenerator.generate(DemoDataLoader.SEED,
                            DemoDataLoader.REFERENCE_DATE).organisations().stream()
                            .filter(o -> o.type().startsWith("GRASSROOTS_")).count())); // every grassroots one
            given().baseUri(emulation).auth().oauth2(admin).queryParam("organisationId", office)
                    .get("/movements/" + movementId + "/works").then().statusCode(200)
                    .body("title", hasItem("Số hóa hồ sơ, tài liệu lưu trữ của Văn phòng UBND tỉnh giai đoạn 2015-2023"))
                    .body("find { it.title.startsWith('Số hóa') }.percent", equalTo(80))
                    .body("find { it.title.startsWith('Nâng cao') }.status", equalTo("COMPLETED"));
            DemoEventsLoader.Result events = loadDemoEvents(stack, movementId);
            assertEquals(List.of(), events.notes(), "every part of the events entered");
            DemoEventsPlan eventsPlan = DemoEventsPlan.seed2024();
            assertEquals(new DemoEventsLoader.Counts(2, eventsPlan.events().stream().mapToInt(e -> e.guests().size())
                    .sum(), 1, eventsPlan.teams().size()), events.added(), events.describe());
            given().baseUri(emulation).auth().oauth2(admin).get("/movements/" + movementId + "/events").then()
                    .statusCode(200).body("find { it.kind == 'SEMINAR' }.date", equalTo("2024-04-19"))
                    .body("find { it.kind == 'MEETING' }.date", equalTo("2024-05-10"));
            pids = stack.services().stream().map(ServiceProcess::pid).collect(Collectors.toList());
        }
        for (long pid : pids) {
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "service " + pid + " stopped");
        }
        assertFalse(Files.exists(dataDir.resolve("postgres/pgdata/postmaster.pid")), "PostgreSQL stopped");

        try (DangboStack again = DangboStack.start(settings)) {
            assertEquals(DemoDataLoader.Outcome.REUSED, loadDemoData(again).outcome());
            given().baseUri(again.service("registry-service").baseUrl()).auth().oauth2(again.tokens().admin())
                    .get("/organisations/" + pilotCell + "/members").then().statusCode(200)
                    .body("id", hasSize(pilotMembers)); // the data is reused, not loaded twice
            DemoRoundLoader.Result round = loadDemoRound(again);
            assertEquals(DemoRoundLoader.Outcome.REUSED, round.outcome(), round.describe());
            assertEquals(7, round.alreadyThere());
            given().baseUri(again.service("congress-service").baseUrl()).auth().oauth2(again.tokens().admin())
                    .get("/rounds").then().statusCode(200)
                    .body("id", equalTo(List.of(roundId.toString()))); // one round, not a second
            DemoMovementLoader.Result movement = loadDemoMovement(again);
            assertEquals(DemoMovementLoader.Outcome.REUSED, movement.outcome(), movement.describe());
            assertEquals(new DemoMovementLoader.Counts(0, 0, 0), movement.added());
            DemoEventsLoader.Result events = loadDemoEvents(again, movementId);
            assertEquals(new DemoEventsLoader.Counts(0, 0, 0, 0), events.added(), events.describe());
            assertEquals(List.of(), events.notes());
            given().baseUri(again.service("emulation-service").baseUrl()).auth().oauth2(again.tokens().admin())
                    .get("/movements").then().statusCode(200)
                    .body("id", equalTo(List.of(movementId.toString()))); // one movement, launched once
        }
    }

    /** As the launcher does once the stack is up. */
    private static DemoDataLoader.Result loadDemoData(DangboStack stack) {
        return new DemoDataLoader(stack.service("registry-service").baseUrl(), stack.tokens().admin())
                .loadIntoEmptyRegistry(DemoDataLoader.SEED, DemoDataLoader.REFERENCE_DATE);
    }

    /** As the launcher does after the congress round. */
    private static DemoMovementLoader.Result loadDemoMovement(DangboStack stack) {
        return new DemoMovementLoader(stack.service("emulation-service").baseUrl(),
                stack.service("registry-service").baseUrl(), stack.tokens().admin()).load();
    }

    /** As the launcher does after the movement. */
    private static DemoEventsLoader.Result loadDemoEvents(DangboStack stack, UUID movement) {
        return new DemoEventsLoader(stack.service("emulation-service").baseUrl(),
                stack.service("registry-service").baseUrl(), stack.tokens().admin()).load(movement);
    }

    /** As the launcher does after the demo bloc. */
    private static DemoRoundLoader.Result loadDemoRound(DangboStack stack) {
        return new DemoRoundLoader(stack.service("congress-service").baseUrl(), stack.tokens().admin()).load();
    }

    @Test
    void anExistingPostgresAndKafkaAreUsedWhenConfigured() throws Exception {
        String kafka = SystemUnderTest.stack().kafkaBootstrapServers();
        try (PostgresServer existing = PostgresServer.start(null, 0)) {
            String base = existing.jdbcUrl("");
            DangboStack.External external = new DangboStack.External(base, existing.username(),
                    existing.password(), kafka);
            Set<String> noServices = DangboStack.SERVICES.stream().map(DangboStack.Service::module)
                    .collect(Collectors.toSet());
            try (DangboStack stack = DangboStack.start(new DangboStack.Settings(Path.of("."), null, 0, 0, true,
                    external, noServices))) {
                assertEquals(kafka, stack.kafkaBootstrapServers());
                assertNull(stack.kafka(), "no embedded Kafka when one is configured");
                assertNull(stack.postgres(), "no embedded PostgreSQL when one is configured");
                for (DangboStack.Service service : DangboStack.SERVICES) {
                    try (Connection c = DriverManager.getConnection(base + service.database(), existing.username(),
                            existing.password()); ResultSet rs = c.createStatement().executeQuery("select 1")) {
                        assertTrue(rs.next(), service.database() + " was created on the existing server");
                    }
                }
            }
        }
    }
}

package vn.dangbo.emulation.task;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.TestClock;
import vn.dangbo.emulation.testing.RegistryPlayer;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The plan's task board (§III): loaded at launch, moved with the meeting, marked done, found overdue, and its
 * calendars; every event it publishes is read back from Kafka and checked against its schema.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class TaskBoardTest {

    static {
        // never reach out for time zone updates from a test: the calendar carries its own VTIMEZONE
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");
    private static final String SOURCE = "/dangbo/emulation-service";
    private static final List<String> MOVED_WITH_THE_MEETING = List.of("JOURNAL", "JOURNAL_SUPPORT", "ARTS",
            "ARTS_SUPPORT");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static RegistryPlayer registry;

    @Inject
    OverdueTaskScan scan;

    @BeforeAll
    static void registry() {
        registry = new RegistryPlayer();
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @AfterEach
    void clock() {
        TestClock.reset();
    }

    private static String launch(String name) {
        Org bloc = registry.organisation(Org.bloc(name));
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements")
                .then().statusCode(201).extract().path("id");
    }

    private static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    private static Map<String, Map<String, Object>> tasksByKey(String movementId) {
        List<Map<String, Object>> tasks = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + movementId + "/tasks")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return tasks.stream().collect(Collectors.toMap(t -> (String) t.get("key"), Function.identity()));
    }

    @Test
    void theLaunchLoadsThePlansAssignmentsWithOwnersHelpersAndDueDays() {
        String id = launch("Đảng bộ Khối (thử nhiệm vụ)");

        JsonPath tasks = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .when().get("/movements/" + id + "/tasks").then().statusCode(200).extract().jsonPath();
        assertEquals(19, tasks.getList("$").size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), tasks.getList("blockNo", Integer.class).stream().distinct()
                .toList());
        Map<String, Map<String, Object>> byKey = tasksByKey(id);
        Map<String, Object> journal = byKey.get("JOURNAL");
        assertEquals(3, journal.get("blockNo"));
        assertEquals(Map.of("code", "BTG", "name", "Ban Tuyên giáo Đảng ủy Khối"), journal.get("owner"));
        assertEquals(List.of(Map.of("code", "CQTM", "name", "Các cơ quan tham mưu, giúp việc Đảng ủy Khối"),
                Map.of("code", "UBKT", "name", "Ủy ban Kiểm tra Đảng ủy Khối")), journal.get("helpers"));
        assertEquals("2024-05-09", journal.get("dueOn"));
        assertEquals("9/5/2024", journal.get("dueOnText"));
        assertEquals("TODO", journal.get("status"));
        assertEquals("2024-04-30", byKey.get("SEMINAR").get("dueOn"), "the seminar's window ends on 30/4");
        assertEquals("2024-05-04", byKey.get("TOURNAMENT").get("dueOn"));
        assertEquals("2023-12-31", byKey.get("LAUNCH_MOVEMENT").get("dueOn"));

        given().auth().oauth2(admin()).queryParam("owner", "UBKT")
                .when().get("/movements/" + id + "/tasks")
                .then().statusCode(200).body("key", equalTo(List.of("JOURNAL_SUPPORT")));
        given().auth().oauth2(admin()).queryParam("owner", "KHONG_CO")
                .when().get("/movements/" + id + "/tasks")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(admin()).queryParam("status", "XONG")
                .when().get("/movements/" + id + "/tasks")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), TaskEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> assigned = reader.awaitRecords(
                    r -> r.value().contains(id) && TaskEvents.ASSIGNED.equals(TopicReader.header(r, "ce_type")), 19,
                    Duration.ofSeconds(30));
            assertEquals(19, assigned.size());
            for (ConsumerRecord<String, String> record : assigned) {
                EventSchemas.assertCloudEvent(record, TaskEvents.ASSIGNED, SOURCE);
                EventSchemas.assertValid(SCHEMAS.resolve(TaskEvents.ASSIGNED + ".json"), record.value());
            }
            assertEquals(byKey.get("JOURNAL").get("id"), assigned.stream()
                    .filter(r -> r.value().contains("\"JOURNAL\"")).findFirst().orElseThrow().key());
        }
    }

    @Test
    void movingTheMeetingAWeekMovesTheJournalAndArtsDeadlinesAndRaisesTheirSequenceButNothingFixedDated()
            throws Exception {
        String id = launch("Đảng bộ Khối (thử dời gặp mặt)");
        Map<String, Map<String, Object>> before = tasksByKey(id);
        String calendarBefore = calendar("/movements/" + id + "/calendar.ics");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("date", "2024-05-17"))
                .when().put("/movements/" + id + "/anchors/MEETING")
                .then().statusCode(200);

        Map<String, Map<String, Object>> after = tasksByKey(id);
        for (String key : MOVED_WITH_THE_MEETING) {
            assertEquals("2024-05-09", before.get(key).get("dueOn"), key);
            assertEquals("2024-05-16", after.get(key).get("dueOn"), key);
            assertEquals(1, after.get(key).get("sequence"), key);
        }
        for (String key : List.of("LAUNCH_MOVEMENT", "SUMMARY_REPORT", "TRADITION_ROOM", "TRADITION_ROOM_SUPPORT",
                "PROPAGANDA_GUIDANCE", "SEMINAR", "TOURNAMENT", "TOURNAMENT_SUPPORT")) {
            assertEquals(before.get(key).get("dueOn"), after.get(key).get("dueOn"), key);
            assertEquals(0, after.get(key).get("sequence"), key);
        }
        assertEquals("2024-05-10", after.get("SECRETARY_LETTER").get("dueOn"), "MEETING -7");

        Calendar old = parse(calendarBefore);
        Calendar moved = parse(calendar("/movements/" + id + "/calendar.ics"));
        assertEquals(uids(old), uids(moved), "the UIDs are stable");
        CalendarComponent journal = event(moved, (String) after.get("JOURNAL").get("id"));
        assertEquals("20240516", value(journal, Property.DTSTART));
        assertEquals("20240517", value(journal, Property.DTEND));
        assertEquals("1", value(journal, Property.SEQUENCE));
        assertEquals("0", value(event(moved, (String) after.get("TRADITION_ROOM").get("id")), Property.SEQUENCE));
        assertEquals("Asia/Ho_Chi_Minh", value(moved.getComponents(Component.VTIMEZONE).get(0), Property.TZID));
        assertTrue(value(journal, Property.SUMMARY).startsWith("Hạn: Biên soạn, xuất bản Tập san"),
                value(journal, Property.SUMMARY));

        Calendar btg = parse(calendar("/movements/" + id + "/owners/BTG/calendar.ics"));
        assertEquals(7, btg.getComponents(Component.VEVENT).size(), "block 3 has 7 tasks");
        given().auth().oauth2(admin()).when().get("/movements/" + id + "/owners/KHONG_CO/calendar.ics")
                .then().statusCode(404);
    }

    @Test
    void overdueIsJudgedOnTheDayInHanoiAndAnnouncedOncePerDueDay() throws Exception {
        String id = launch("Đảng bộ Khối (thử quá hạn)");
        String journal = (String) tasksByKey(id).get("JOURNAL").get("id");

        TestClock.standAt(Instant.parse("2024-05-09T16:59:00Z")); // 9/5 23:59 in Hanoi: due today, not late
        given().auth().oauth2(admin()).queryParam("overdue", true).when().get("/movements/" + id + "/tasks")
                .then().statusCode(200).body("key.contains('JOURNAL')", equalTo(false));
        TestClock.standAt(Instant.parse("2024-05-09T17:00:00Z")); // 10/5 00:00 in Hanoi
        given().auth().oauth2(admin()).queryParam("overdue", true).when().get("/movements/" + id + "/tasks")
                .then().statusCode(200).body("key.contains('JOURNAL')", equalTo(true))
                .body("key.contains('LEAD')", equalTo(false));

        assertTrue(scan.announceOverdue() > 0);
        assertEquals(0, scan.announceOverdue(), "each task and due day is announced once");
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("date", "2024-05-17"))
                .when().put("/movements/" + id + "/anchors/MEETING").then().statusCode(200);
        assertEquals(0, scan.announceOverdue(), "due 16/5 now: not late on 10/5");
        TestClock.standAt(Instant.parse("2024-05-16T17:00:00Z")); // 17/5 in Hanoi
        assertTrue(scan.announceOverdue() > 0);
        assertEquals(0, scan.announceOverdue(), "each task and due day is announced once");

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), TaskEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> overdue = reader.awaitRecords(
                    r -> r.key().equals(journal) && TaskEvents.OVERDUE.equals(type(r)), 2, Duration.ofSeconds(30));
            assertEquals(2, overdue.size(), "once per due day");
            List<String> dueDays = overdue.stream().map(r -> read(r).at("/task/dueOn").asText()).toList();
            assertEquals(List.of("2024-05-09", "2024-05-16"), dueDays);
            assertEquals(1, read(overdue.get(0)).get("daysLate").asInt());
            for (ConsumerRecord<String, String> record : overdue) {
                EventSchemas.assertCloudEvent(record, TaskEvents.OVERDUE, SOURCE);
                EventSchemas.assertValid(SCHEMAS.resolve(TaskEvents.OVERDUE + ".json"), record.value());
            }
        }
    }

    @Test
    void theOfficeMarksATaskDoneWhichPublishesItAndRaisesItsSequence() {
        String id = launch("Đảng bộ Khối (thử hoàn thành)");
        String journal = (String) tasksByKey(id).get("JOURNAL").get("id");
        String path = "/movements/" + id + "/tasks/" + journal + "/status";

        given().auth().oauth2(RealInfrastructure.tokens().viewer()).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE")).when().post(path).then().statusCode(403);
        given().auth().oauth2(RealInfrastructure.tokens().officer(UUID.randomUUID().toString()))
                .contentType(ContentType.JSON).body(Map.of("status", "DONE")).when().post(path).then().statusCode(403);
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("status", "XONG"))
                .when().post(path).then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("status", "IN_PROGRESS", "note", "Đã nhận bài của 3 nhóm tác giả"))
                .when().post(path).then().statusCode(200).body("status", equalTo("IN_PROGRESS"))
                .body("sequence", equalTo(0));
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("status", "DONE", "note", "Đã in 500 cuốn"))
                .when().post(path).then().statusCode(200).body("status", equalTo("DONE"))
                .body("sequence", equalTo(1)).body("note", equalTo("Đã in 500 cuốn"));
        given().auth().oauth2(admin()).queryParam("status", "DONE").when().get("/movements/" + id + "/tasks")
                .then().statusCode(200).body("key", equalTo(List.of("JOURNAL")));
        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(Map.of("status", "DONE"))
                .when().post("/movements/" + id + "/tasks/" + UUID.randomUUID() + "/status").then().statusCode(404);

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), TaskEvents.TOPIC)) {
            ConsumerRecord<String, String> done = reader.awaitRecord(
                    r -> r.key().equals(journal) && TaskEvents.DONE.equals(type(r)), Duration.ofSeconds(30));
            EventSchemas.assertCloudEvent(done, TaskEvents.DONE, SOURCE);
            EventSchemas.assertValid(SCHEMAS.resolve(TaskEvents.DONE + ".json"), done.value());
            assertEquals("Đã in 500 cuốn", read(done).get("note").asText());
            assertEquals("DONE", read(done).at("/task/status").asText());
        }
    }

    @Test
    void theOfficeCannotHangATaskOnAnAnchorTheMovementLacks() throws Exception {
        String id = launch("Đảng bộ Khối (thử cài đặt nhiệm vụ)");
        JsonNode tasks = JSON.readTree(given().auth().oauth2(admin()).when().get("/movements/" + id + "/settings")
                .then().statusCode(200).extract().asString()).at("/sections/tasks");
        ((ObjectNode) tasks.at("/blocks/2/tasks/3/due")).put("anchor", "GALA");

        given().auth().oauth2(admin()).contentType(ContentType.JSON).body(JSON.writeValueAsString(tasks))
                .when().put("/movements/" + id + "/settings/tasks")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("tasks.blocks[2].tasks[3].due.anchor"))
                .body("errors[0].message", equalTo("kế hoạch không có mốc GALA (các mốc: MEETING, SEMINAR, "
                        + "TOURNAMENT_FINALS)"));
    }

    private static String calendar(String path) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer()).when().get(path)
                .then().statusCode(200).contentType("text/calendar").extract().asString();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static List<String> uids(Calendar calendar) {
        return calendar.getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID)).sorted().toList();
    }

    private static CalendarComponent event(Calendar calendar, String taskId) {
        return calendar.<CalendarComponent>getComponents(Component.VEVENT).stream()
                .filter(e -> value(e, Property.UID).equals("task-" + taskId + "@dangbo")).findFirst().orElseThrow();
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static String type(ConsumerRecord<String, String> record) {
        return TopicReader.header(record, "ce_type");
    }

    private static JsonNode read(ConsumerRecord<String, String> record) {
        try {
            return JSON.readTree(record.value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}

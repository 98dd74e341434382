package vn.dangbo.congress.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.congress.checklist.DocumentKind;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * The calendar feeds over HTTP, read back by ical4j (as a subscribed calendar client reads them): the seed's
 * congresses on their days and their documents' deadlines on the plan's dates, stable UIDs, SEQUENCE raised by a
 * reschedule, a cancelled congress kept as CANCELLED, the organisation filter. The deadlines are the documents
 * feature's rows, written when a congress is scheduled and moved with it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CalendarResourceTest {

    static {
        // never reach out for time zone updates from a test: the calendar carries its own VTIMEZONE
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    private static final String PROBLEM = "application/problem+json";
    private static final int CELL_DRAFTS = 7;
    private static final int CELL_AFTER_REPORTS = 6;

    @Test
    void theSeedRoundIsACalendarOfItsCongressesAndDeadlines() throws Exception {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cellI = RegistryFixtures.cell(office, "Chi bộ I");
        Org cellII = RegistryFixtures.cell(office, "Chi bộ II");
        Org cellIII = RegistryFixtures.cell(office, "Chi bộ III");
        Org justice = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Tư pháp");
        Org justiceCell = RegistryFixtures.cell(justice, "Chi bộ Văn phòng Sở");
        RegistryFixtures.awaitKnown(bloc, office, cellI, cellII, cellIII, justice, justiceCell);
        String round = RoundFixtures.seed(office, cellI);
        String otherRound = RoundFixtures.withoutPilot(justice);
        String pilot = schedule(round, cellI, "2020-03-20");
        String second = schedule(round, cellII, "2020-04-15");
        String third = schedule(round, cellIII, "2020-04-20");
        String elsewhere = schedule(otherRound, justiceCell, "2020-04-15");

        String first = feed("/rounds/{id}/calendar.ics", round);
        Calendar calendar = parse(first);

        assertEquals("Asia/Ho_Chi_Minh", value(calendar.getComponents(Component.VTIMEZONE).get(0), Property.TZID));
        Map<String, CalendarComponent> events = byUid(calendar);
        assertEquals(3 * (1 + 2), events.size(), "each congress and its two deadlines: " + events.keySet());
        CalendarComponent congress = events.get(CalendarUids.congress(UUID.fromString(second)));
        assertEquals("Đại hội Chi bộ II nhiệm kỳ 2020-2022", value(congress, Property.SUMMARY));
        assertEquals("20200415", value(congress, Property.DTSTART));
        assertEquals("20200416", value(congress, Property.DTEND)); // exclusive: the one day 15/4
        assertEquals("CONFIRMED", value(congress, Property.STATUS));
        // the seed's dates: a cell congress on 15/4/2020 has its drafts approved by 10/4 and its after-report by 18/4
        assertEquals(List.of("20200410"), datesOf(events, second, "Hạn trình duyệt "));
        assertEquals(1, countOf(events, second, "Hạn trình duyệt "), "one deadline for the drafts");
        assertEquals(List.of("20200418"), datesOf(events, second, "Hạn báo cáo "));
        assertEquals(1, countOf(events, second, "Hạn báo cáo "), "one deadline for the after-report");
        assertEquals("Hạn trình duyệt " + CELL_DRAFTS + " dự thảo văn kiện – Đại hội Chi bộ II",
                value(events.get(CalendarUids.deadline(UUID.fromString(second), DocumentKind.DRAFT)), Property.SUMMARY));
        assertEquals("Hạn báo cáo " + CELL_AFTER_REPORTS + " văn kiện sau đại hội – Đại hội Chi bộ II", value(
                events.get(CalendarUids.deadline(UUID.fromString(second), DocumentKind.AFTER_REPORT)), Property.SUMMARY));
        assertTrue(events.containsKey(CalendarUids.congress(UUID.fromString(pilot))));
        assertTrue(!events.containsKey(CalendarUids.congress(UUID.fromString(elsewhere))), "another round's congress");

        // a second export: the same events under the same UIDs and sequences
        Map<String, CalendarComponent> again = byUid(parse(feed("/rounds/{id}/calendar.ics", round)));
        assertEquals(events.keySet(), again.keySet());
        assertEquals(sequences(events), sequences(again));

        // moving Chi bộ III moves its deadlines, each with a raised SEQUENCE
        Map<String, String> before = sequences(events);
        move(third, "2020-04-22");
        Map<String, CalendarComponent> moved = byUid(parse(feed("/rounds/{id}/calendar.ics", round)));
        assertEquals(events.keySet(), moved.keySet());
        CalendarComponent thirdCongress = moved.get(CalendarUids.congress(UUID.fromString(third)));
        assertEquals("20200422", value(thirdCongress, Property.DTSTART));
        assertEquals(List.of("20200417"), datesOf(moved, third, "Hạn trình duyệt "));
        assertEquals(List.of("20200425"), datesOf(moved, third, "Hạn báo cáo "));
        for (String uid : uidsOf(moved, third)) {
            assertTrue(Integer.parseInt(value(moved.get(uid), Property.SEQUENCE)) > Integer.parseInt(before.get(uid)),
                    uid + " SEQUENCE raised");
        }
        assertEquals("20200415", value(moved.get(CalendarUids.congress(UUID.fromString(second))), Property.DTSTART));
        for (String uid : uidsOf(moved, second)) {
            assertEquals(before.get(uid), value(moved.get(uid), Property.SEQUENCE), uid + " unchanged");
        }

        // a cancelled congress stays, cancelled with a raised SEQUENCE, its deadlines too: a client removes them
        cancel(third);
        Map<String, CalendarComponent> cancelled = byUid(parse(feed("/rounds/{id}/calendar.ics", round)));
        assertEquals(events.keySet(), cancelled.keySet());
        for (String uid : uidsOf(cancelled, third)) {
            assertEquals("CANCELLED", value(cancelled.get(uid), Property.STATUS), uid);
            assertTrue(Integer.parseInt(value(cancelled.get(uid), Property.SEQUENCE))
                    > Integer.parseInt(value(moved.get(uid), Property.SEQUENCE)), uid + " SEQUENCE raised");
        }
        assertEquals("CONFIRMED", value(cancelled.get(CalendarUids.congress(UUID.fromString(second))), Property.STATUS));

        // the round within one organisation's subtree: Chi bộ II's congress and deadlines alone
        Map<String, CalendarComponent> ofCellII = byUid(parse(given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("organisationId", cellII.idText())
                .get("/rounds/{id}/calendar.ics", round)
                .then().statusCode(200).extract().asString()));
        assertEquals(uidsOf(cancelled, second), ofCellII.keySet());

        // an organisation over every round: the office's subtree, not the Sở Tư pháp's
        Map<String, CalendarComponent> ofOffice = byUid(parse(feed("/organisations/{id}/calendar.ics", office.idText())));
        assertEquals(cancelled.keySet(), ofOffice.keySet());
        Map<String, CalendarComponent> ofJustice = byUid(parse(feed("/organisations/{id}/calendar.ics",
                justice.idText())));
        assertEquals(uidsOf(ofJustice, elsewhere), ofJustice.keySet());
        assertEquals(1 + 2, ofJustice.size());
    }

    @Test
    void anUnknownRoundOrOrganisationIsANotFoundProblem() {
        String viewer = RealInfrastructure.tokens().viewer();
        given().auth().oauth2(viewer).get("/rounds/{id}/calendar.ics", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("status", equalTo(404));
        given().auth().oauth2(viewer).get("/organisations/{id}/calendar.ics", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aCalendarNeedsABearerToken() {
        given().get("/rounds/{id}/calendar.ics", UUID.randomUUID())
                .then().statusCode(401).header("WWW-Authenticate", "Bearer");
    }

    private static String schedule(String round, Org cell, String start) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "%s", "days": 1,
                         "term": "2020-2022"}
                        """.formatted(round, cell.id(), start))
                .post("/congresses")
                .then().statusCode(201).extract().path("id");
    }

    private static void move(String congress, String start) {
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("""
                        {"startDate": "%s", "days": 1, "reason": "Trùng lịch tiếp công dân"}
                        """.formatted(start))
                .post("/congresses/{id}/reschedule", congress)
                .then().statusCode(200);
    }

    private static void cancel(String congress) {
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body("{\"reason\": \"Đồng chí Bí thư đi công tác\"}")
                .post("/congresses/{id}/cancel", congress)
                .then().statusCode(200);
    }

    private static String feed(String path, String id) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get(path, id)
                .then().statusCode(200)
                .contentType("text/calendar; charset=utf-8")
                .extract().asString();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static Map<String, CalendarComponent> byUid(Calendar calendar) {
        Map<String, CalendarComponent> events = new LinkedHashMap<>();
        for (CalendarComponent event : calendar.<CalendarComponent>getComponents(Component.VEVENT)) {
            CalendarComponent previous = events.put(value(event, Property.UID), event);
            assertEquals(null, previous, "UID twice: " + value(event, Property.UID));
        }
        return events;
    }

    private static Map<String, String> sequences(Map<String, CalendarComponent> events) {
        Map<String, String> sequences = new LinkedHashMap<>();
        events.forEach((uid, event) -> sequences.put(uid, value(event, Property.SEQUENCE)));
        return sequences;
    }

    /** The UIDs of a congress' event and its deadlines' (the UIDs carry the congress id). */
    private static java.util.Set<String> uidsOf(Map<String, CalendarComponent> events, String congress) {
        return events.keySet().stream().filter(uid -> uid.contains(congress))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static List<String> datesOf(Map<String, CalendarComponent> events, String congress, String prefix) {
        return deadlines(events, congress, prefix).map(e -> value(e, Property.DTSTART)).distinct().toList();
    }

    private static long countOf(Map<String, CalendarComponent> events, String congress, String prefix) {
        return deadlines(events, congress, prefix).count();
    }

    private static java.util.stream.Stream<CalendarComponent> deadlines(Map<String, CalendarComponent> events,
            String congress, String prefix) {
        Predicate<String> ofCongress = uid -> uid.startsWith("deadline-" + congress + "-");
        return events.entrySet().stream().filter(e -> ofCongress.test(e.getKey()))
                .map(Map.Entry::getValue).filter(e -> value(e, Property.SUMMARY).startsWith(prefix));
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }
}

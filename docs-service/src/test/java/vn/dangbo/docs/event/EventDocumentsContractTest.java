package vn.dangbo.docs.event;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.docs.rendering.TextExtraction.normalizeWhitespace;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.CongressFixtures;
import vn.dangbo.docs.event.EventFixtures.Invitee;
import vn.dangbo.docs.event.EventFixtures.Issuer;
import vn.dangbo.docs.rendering.QrReading;
import vn.dangbo.docs.rendering.TextExtraction;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * emulation.invitations.v1, emulation.events.v1 and emulation.tournaments.v1 as emulation-service's schemas define
 * them (every fixture is validated against the producer's file), over the real Kafka: each document-bearing event
 * issues its one document in the bloc committee's name, exactly once however often it arrives; the other types
 * of those topics are ignored; an event breaking the contract goes to the dead letters.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class EventDocumentsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INVITATIONS = "emulation.invitations.v1";
    private static final String EVENTS = "emulation.events.v1";
    private static final String TOURNAMENTS = "emulation.tournaments.v1";

    @Inject
    EventDocumentService service;

    @Test
    void aBatchOfInvitationsIsOneNumberedDocumentOfOneCopyPerInviteeEachWithItsOwnCodeIssuedOnce() throws Exception {
        Issuer issuer = Issuer.bloc();
        List<Invitee> invitees = EventFixtures.threeInvitees();
        UUID batchId = UUID.randomUUID();
        UUID gatheringId = UUID.randomUUID();
        String data = EventFixtures.invitationsRequested(issuer, batchId, gatheringId, invitees);
        String eventId = UUID.randomUUID().toString();
        EventFixtures.send(INVITATIONS, EventData.INVITATIONS_REQUESTED, gatheringId.toString(), data, eventId);

        List<Map<String, Object>> documents = CongressFixtures.awaitDocuments(batchId.toString(), 1);
        assertEquals(1, documents.size());
        assertEquals("GM", documents.get(0).get("type"));
        assertEquals("01-GM/ĐUK", documents.get(0).get("symbol"));
        String id = (String) documents.get(0).get("id");
        byte[] pdf = content(id, "pdf");
        assertEquals(invitees.stream().map(Invitee::token).toList(), QrReading.pdfPages(pdf),
                "the merged PDF: one page per invitee in the batch's order, each code its invitee's token");
        String text = normalizeWhitespace(TextExtraction.pdfText(pdf));
        GatheringPapersTest.assertInOrder(text, List.of("Kính gửi: Đồng chí Nguyễn Văn Bình",
                "Kính gửi: Đồng chí Lò Thị Xuân", "Kính gửi: Đồng chí Giàng A Páo"));
        assertEquals(3, zipEntries(content(id, "zip")), "the ZIP form: one PDF per invitee");

        replay(INVITATIONS, EventData.INVITATIONS_REQUESTED, gatheringId, data, eventId);
        assertEquals(1, CongressFixtures.documents(RealInfrastructure.tokens().admin(), batchId.toString()).size());
        assertEquals(List.of(1), register(issuer, "GM"), "one number for the batch, none taken by the replays");
    }

    @Test
    void aPublishedProgrammeAClosedAttendanceAPublishedScheduleAndACompletedTournamentEachIssueTheirDocumentOnce()
            throws Exception {
        Issuer issuer = Issuer.bloc();
        UUID gatheringId = UUID.randomUUID();
        UUID publicationId = UUID.randomUUID();
        UUID tournamentId = UUID.randomUUID();
        UUID schedulePublication = UUID.randomUUID();
        List<Sent> sent = List.of(
                send(EVENTS, EventData.PROGRAMME_PUBLISHED, gatheringId,
                        EventFixtures.programmePublished(issuer, publicationId, gatheringId)),
                send(EVENTS, EventData.ATTENDANCE_CLOSED, gatheringId,
                        EventFixtures.attendanceClosed(issuer, gatheringId)),
                send(TOURNAMENTS, EventData.SCHEDULE_PUBLISHED, tournamentId,
                        EventFixtures.schedulePublished(issuer, schedulePublication, tournamentId)),
                send(TOURNAMENTS, EventData.TOURNAMENT_COMPLETED, tournamentId,
                        EventFixtures.tournamentCompleted(issuer, tournamentId)));

        Map<String, Object> programme = only(publicationId, "CTr", "01-CTr/ĐUK");
        assertThat(text(programme), containsString("Nguyễn Văn Bình - Chi bộ Phòng Kế hoạch"));
        Map<String, Object> list = only(gatheringId, "DS", "01-DS/ĐUK");
        assertThat(text(list), containsString("Bí thư các chi, đảng bộ cơ sở 3 2 2"));
        Map<String, Object> schedule = only(schedulePublication, "LTĐ", "01-LTĐ/ĐUK");
        assertThat(text(schedule), containsString("6 09:00 2 Chung kết Thắng trận 3 Thắng trận 4"));
        Map<String, Object> notice = only(tournamentId, "TB", "01-TB/ĐUK");
        assertThat(text(notice), containsString("Giải Nhất Đảng bộ Sở Y tế"));

        for (Sent s : sent) {
            replay(s.topic(), s.type(), s.key(), s.data(), s.eventId());
        }
        for (UUID subject : List.of(publicationId, gatheringId, schedulePublication, tournamentId)) {
            assertEquals(1, CongressFixtures.documents(RealInfrastructure.tokens().admin(), subject.toString()).size(),
                    "one document about " + subject);
        }

        // the schedule published again (a new publication) is printed again, in the next number
        UUID again = UUID.randomUUID();
        send(TOURNAMENTS, EventData.SCHEDULE_PUBLISHED, tournamentId,
                EventFixtures.schedulePublished(issuer, again, tournamentId));
        only(again, "LTĐ", "02-LTĐ/ĐUK");
    }

    @Test
    void theOtherTypesOfTheTopicsAreIgnoredAndAnEventBreakingTheContractGoesToTheDeadLetters() throws Exception {
        UUID gatheringId = UUID.randomUUID();
        // an event.scheduled.v1 (emulation's own, no document) and an attendance.closed.v1 without its attendees
        EventFixtures.send(EVENTS, "vn.dangbo.emulation.event.scheduled.v1", gatheringId.toString(),
                "{\"movement\":{},\"event\":{\"id\":\"" + gatheringId + "\"}}", UUID.randomUUID().toString());
        String broken = EventFixtures.attendanceClosed(Issuer.bloc(), gatheringId)
                .replaceFirst(",\"attendees\":\\[.*\\]", "");
        EventFixtures.send(EVENTS, EventData.ATTENDANCE_CLOSED, gatheringId.toString(), broken,
                UUID.randomUUID().toString());
        UUID next = UUID.randomUUID();
        Issuer issuer = Issuer.bloc();
        EventFixtures.send(EVENTS, EventData.ATTENDANCE_CLOSED, next.toString(),
                EventFixtures.attendanceClosed(issuer, next), UUID.randomUUID().toString());

        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), "docs.dlq.v1")) {
            ConsumerRecord<String, String> dead = reader.awaitRecord(r -> gatheringId.toString().equals(r.key()),
                    Duration.ofSeconds(60));
            assertThat(TopicReader.header(dead, "dead-letter-reason"), containsString("schema"));
            assertEquals(EVENTS, TopicReader.header(dead, "dead-letter-topic"));
            assertEquals(broken, dead.value());
        }
        only(next, "DS", "01-DS/ĐUK"); // the records behind it still flow
        assertTrue(CongressFixtures.documents(RealInfrastructure.tokens().admin(), gatheringId.toString()).isEmpty());
    }

    private record Sent(String topic, String type, UUID key, String data, String eventId) {
    }

    private static Sent send(String topic, String type, UUID key, String data) {
        String eventId = UUID.randomUUID().toString();
        EventFixtures.send(topic, type, key.toString(), data, eventId);
        return new Sent(topic, type, key, data, eventId);
    }

    /**
     * The same record again (a consumer crash before its offset was committed): stopped by the inbox; and applied
     * again behind the inbox (a replay of the topic after the inbox was wiped): stopped by the lookup.
     */
    private void replay(String topic, String type, UUID key, String data, String eventId) throws Exception {
        EventFixtures.send(topic, type, key.toString(), data, eventId);
        IncomingEvent again = new IncomingEvent(eventId, type, EventFixtures.SOURCE, key.toString(),
                OffsetDateTime.parse("2024-05-02T02:00:00Z"), JSON.readTree(data));
        QuarkusTransaction.requiringNew().run(() -> service.apply(again));
        // a later event on the same topic and partition, once issued, shows the redelivered record was read past
        UUID sentinel = UUID.randomUUID();
        switch (topic) {
            case INVITATIONS -> EventFixtures.send(topic, EventData.INVITATIONS_REQUESTED, sentinel.toString(),
                    EventFixtures.invitationsRequested(Issuer.bloc(), sentinel, UUID.randomUUID(),
                            EventFixtures.threeInvitees().subList(0, 1)), UUID.randomUUID().toString());
            case TOURNAMENTS -> EventFixtures.send(topic, EventData.TOURNAMENT_COMPLETED, sentinel.toString(),
                    EventFixtures.tournamentCompleted(Issuer.bloc(), sentinel), UUID.randomUUID().toString());
            default -> EventFixtures.send(topic, EventData.ATTENDANCE_CLOSED, sentinel.toString(),
                    EventFixtures.attendanceClosed(Issuer.bloc(), sentinel), UUID.randomUUID().toString());
        }
        CongressFixtures.awaitDocuments(sentinel.toString(), 1);
    }

    private static Map<String, Object> only(UUID relatedTo, String type, String symbol) {
        List<Map<String, Object>> documents = CongressFixtures.awaitDocuments(relatedTo.toString(), 1);
        assertEquals(1, documents.size());
        assertEquals(type, documents.get(0).get("type"));
        assertEquals(symbol, documents.get(0).get("symbol"));
        return documents.get(0);
    }

    private static String text(Map<String, Object> document) {
        return normalizeWhitespace(TextExtraction.pdfText(content((String) document.get("id"), "pdf")));
    }

    private static byte[] content(String documentId, String format) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer()).queryParam("format", format)
                .get("/documents/{id}/content", documentId).then().statusCode(200).extract().asByteArray();
    }

    private static int zipEntries(byte[] zip) throws Exception {
        int n = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                n++;
            }
        }
        return n;
    }

    private static List<Object> register(Issuer issuer, String run) {
        return new ArrayList<>(given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("issuerId", issuer.id()).queryParam("term", "2020-2025").queryParam("run", run)
                .get("/documents/register").then().statusCode(200).extract().jsonPath().getList("number"));
    }
}

package vn.dangbo.docs;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The congress service's side of the contract, played by the tests: congress events built as congress-service
 * publishes them, each checked against congress-service's own schema file, sent to the real Kafka as
 * binary-mode CloudEvents.
 */
public final class CongressFixtures {

    public static final String TOPIC = "congress.congresses.v1";
    public static final String SCHEDULED = "vn.dangbo.congress.congress.scheduled.v1";
    public static final String CONGRESS_SOURCE = "/dangbo/congress-service";
    /** Records that must be read in order go to one partition. */
    public static final int ORDERED_PARTITION = 0;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static TopicWriter writer;

    private CongressFixtures() {
    }

    /** The organisation convening congresses (issuer of their notices) and its higher body. */
    public record Convener(UUID id, String name, String shortCode, UUID higherBodyId, String higherBodyName) {
    }

    /** A congress as congress-service publishes it. */
    public record Congress(UUID id, UUID organisationId, String organisationName, String organisationType, String kind,
            LocalDate startDate, int days, boolean pilot, String term, Convener convener) {
    }

    /** A sent event. */
    public record Sent(String eventId, String key, String data) {
    }

    public static Convener committee(String name) {
        return new Convener(UUID.randomUUID(), name, "ĐU", UUID.randomUUID(),
                "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
    }

    public static Congress cellCongress(Convener convener, String cellName, LocalDate startDate) {
        return new Congress(UUID.randomUUID(), UUID.randomUUID(), cellName, "CELL", "ALL_MEMBER", startDate, 1, true,
                "2020-2022", convener);
    }

    /** One item of the agenda congress-service derives for the congress. */
    public record AgendaRow(int number, String code, String text) {
    }

    /** A member congress-service names as expected at an all-member congress ({@code FULL} or {@code PROBATIONARY}). */
    public record AttendeeRow(String fullName, String status, String cellName) {
    }

    /** The seed's agenda of a cell whose committee holds an all-member congress: 3 items, no delegation. */
    public static final List<AgendaRow> CELL_AGENDA = List.of(
            new AgendaRow(1, "review-and-directions", "Tổng kết thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2015 - "
                    + "2020 và xác định mục tiêu, phương hướng, nhiệm vụ của Đảng bộ, chi bộ nhiệm kỳ tới"),
            new AgendaRow(2, "comments-on-higher-documents", "Thảo luận, đóng góp ý kiến vào dự thảo các Văn kiện Đại "
                    + "hội đại biểu toàn quốc lần thứ XIII của Đảng và dự thảo văn kiện đại hội đảng bộ cấp trên trực "
                    + "tiếp"),
            new AgendaRow(3, "committee-election", "Bầu cấp ủy nhiệm kỳ 2020 - 2022"));

    /** The seed's agenda of a committee's congress: 4 items. */
    public static final List<AgendaRow> COMMITTEE_AGENDA = List.of(CELL_AGENDA.get(0), CELL_AGENDA.get(1),
            new AgendaRow(3, "committee-election", "Bầu cấp ủy nhiệm kỳ 2020 - 2025"),
            new AgendaRow(4, "delegation-election", "Bầu Đoàn đại biểu dự đại hội đảng bộ cấp trên"));

    /** congress.scheduled as published before it carried the agenda and the attendees (still valid v1). */
    public static String scheduledData(Congress c) {
        return validated(SCHEDULED, baseData(c).toString());
    }

    /** congress.scheduled as congress-service publishes it now; {@code attendees} null for a delegate congress. */
    public static String scheduledData(Congress c, List<AgendaRow> agenda, List<AttendeeRow> attendees) {
        ObjectNode data = baseData(c);
        ArrayNode items = data.putArray("agenda");
        for (AgendaRow row : agenda) {
            items.addObject().put("number", row.number()).put("code", row.code()).put("text", row.text());
        }
        if (attendees == null) {
            data.putNull("attendees");
        } else {
            ArrayNode list = data.putArray("attendees");
            for (AttendeeRow a : attendees) {
                list.addObject().put("fullName", a.fullName()).put("status", a.status()).put("cellName", a.cellName());
            }
        }
        return validated(SCHEDULED, data.toString());
    }

    /** Publishes congress.scheduled with its agenda and attendees. */
    public static Sent scheduled(String eventId, Congress c, List<AgendaRow> agenda, List<AttendeeRow> attendees,
            OffsetDateTime time) {
        return send(ORDERED_PARTITION, event(SCHEDULED, c.id().toString(), scheduledData(c, agenda, attendees))
                .withId(eventId).withTime(time));
    }

    private static ObjectNode baseData(Congress c) {
        ObjectNode data = JSON.createObjectNode();
        ObjectNode congress = data.putObject("congress");
        congress.put("id", c.id().toString());
        congress.put("organisationId", c.organisationId().toString());
        congress.put("organisationName", c.organisationName());
        congress.put("organisationType", c.organisationType());
        congress.put("kind", c.kind());
        congress.put("startDate", c.startDate().toString());
        congress.put("endDate", c.startDate().plusDays(c.days() - 1L).toString());
        congress.put("days", c.days());
        congress.put("pilot", c.pilot());
        congress.put("term", c.term());
        congress.put("version", 0);
        ObjectNode convener = data.putObject("convener");
        convener.put("id", c.convener().id().toString());
        convener.put("name", c.convener().name());
        if (c.convener().shortCode() == null) {
            convener.putNull("shortCode");
        } else {
            convener.put("shortCode", c.convener().shortCode());
        }
        if (c.convener().higherBodyId() == null) {
            data.putNull("higherBody");
        } else {
            ObjectNode higher = data.putObject("higherBody");
            higher.put("id", c.convener().higherBodyId().toString());
            higher.put("name", c.convener().higherBodyName());
        }
        return data;
    }

    /** Publishes congress.scheduled with a new event id. */
    public static Sent scheduled(Congress c, OffsetDateTime time) {
        return scheduled(UUID.randomUUID().toString(), c, time);
    }

    public static Sent scheduled(String eventId, Congress c, OffsetDateTime time) {
        return send(ORDERED_PARTITION,
                event(SCHEDULED, c.id().toString(), scheduledData(c)).withId(eventId).withTime(time));
    }

    /** A new congress-service event (sent by {@link #send} as its outbox relay would). */
    public static CloudEvent event(String type, String subject, String data) {
        return CloudEvent.of(CONGRESS_SOURCE, type, subject, data);
    }

    /** Sends one event and waits for the broker's acknowledgement. */
    public static Sent send(Integer partition, CloudEvent event) {
        writer().send(event, partition);
        return new Sent(event.id(), event.subject(), event.data());
    }

    /** Sends a record without CloudEvents headers. */
    public static void sendRaw(Integer partition, String key, String value) {
        writer().sendRaw(partition, key, value);
    }

    private static synchronized TopicWriter writer() {
        if (writer == null) {
            writer = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC);
            Runtime.getRuntime().addShutdownHook(new Thread(writer::close));
        }
        return writer;
    }

    /** Every fixture must satisfy congress-service's published schema: the contract is the producer's file. */
    private static String validated(String eventType, String json) {
        EventSchemas.assertValid(EventSchemas.producerSchema("congress-service", eventType), json);
        return json;
    }

    // ---- waiting on the service -------------------------------------------------------------------------

    /** The documents about {@code relatedTo}, once there are at least {@code count}. */
    public static List<Map<String, Object>> awaitDocuments(String relatedTo, int count) {
        String token = RealInfrastructure.tokens().viewer();
        await(count + " document(s) about " + relatedTo).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> documents(token, relatedTo).size() >= count);
        return documents(token, relatedTo);
    }

    public static List<Map<String, Object>> documents(String token, String relatedTo) {
        JsonPath body = given().auth().oauth2(token).queryParam("relatedTo", relatedTo)
                .get("/documents").then().statusCode(200).extract().jsonPath();
        return body.getList("$");
    }
}

package vn.dangbo.docs;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
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
    private static KafkaProducer<String, String> producer;

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
    public record Sent(String eventId, String key, String data, OffsetDateTime time) {
    }

    public static Convener committee(String name) {
        return new Convener(UUID.randomUUID(), name, "ĐU", UUID.randomUUID(),
                "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
    }

    public static Congress cellCongress(Convener convener, String cellName, LocalDate startDate) {
        return new Congress(UUID.randomUUID(), UUID.randomUUID(), cellName, "CELL", "ALL_MEMBER", startDate, 1, true,
                "2020-2022", convener);
    }

    public static String scheduledData(Congress c) {
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
        return validated(SCHEDULED, data.toString());
    }

    /** Publishes congress.scheduled with a new event id. */
    public static Sent scheduled(Congress c, OffsetDateTime time) {
        return scheduled(UUID.randomUUID().toString(), c, time);
    }

    public static Sent scheduled(String eventId, Congress c, OffsetDateTime time) {
        String key = c.id().toString();
        return send(ORDERED_PARTITION, key, cloudEvent(eventId, SCHEDULED, key, time), scheduledData(c));
    }

    /** Binary-mode CloudEvents headers as congress-service's outbox relay writes them. */
    public static Map<String, String> cloudEvent(String id, String type, String subject, OffsetDateTime time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", CONGRESS_SOURCE);
        headers.put("ce_type", type);
        headers.put("ce_subject", subject);
        headers.put("ce_time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
        headers.put("content-type", "application/json");
        return headers;
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public static Sent send(Integer partition, String key, Map<String, String> headers, String value) {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        headers.forEach((name, v) -> kafkaHeaders.add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(new ProducerRecord<>(TOPIC, partition, key, value, kafkaHeaders)).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the record for " + TOPIC, e);
        }
        String time = headers.get("ce_time");
        return new Sent(headers.get("ce_id"), key, value, time == null ? null : OffsetDateTime.parse(time));
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.CLIENT_ID_CONFIG, "congress-fixtures");
            producer = new KafkaProducer<>(p, new StringSerializer(), new StringSerializer());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> producer.close(Duration.ofSeconds(1))));
        }
        return producer;
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

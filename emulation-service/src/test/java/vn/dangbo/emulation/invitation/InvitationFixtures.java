package vn.dangbo.emulation.invitation;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * What the invitations' tests need around them: a launched movement, its seminar or meeting (the gathering row
 * written as the gatherings feature stores it: that feature is tested on its own), part 1's awards (as the awards
 * feature stores them), docs-service's answer, and the invitations published, each checked against its schema.
 */
final class InvitationFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SOURCE = "/dangbo/emulation-service";
    private static final String DOCS_ISSUED = "vn.dangbo.docs.document.issued.v1";

    private InvitationFixtures() {
    }

    static String launch(UUID blocId) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", blocId.toString()))
                .when().post("/movements")
                .then().statusCode(201).extract().path("id");
    }

    static UUID gathering(EntityManager em, String movementId, Gathering.Kind kind, LocalDate on) {
        Gathering g = new Gathering();
        g.id = UUID.randomUUID();
        g.movementId = UUID.fromString(movementId);
        g.kind = kind;
        g.title = kind == Gathering.Kind.MEETING ? "Gặp mặt kỷ niệm 65 năm Ngày thành lập Đảng bộ Khối"
                : "Hội thảo chuyên đề";
        g.onDate = on;
        g.startsAt = LocalTime.of(8, 0);
        g.endsAt = LocalTime.of(11, 30);
        g.venue = "Hội trường lớn Trường Chính trị tỉnh";
        g.organiser = "Văn phòng Đảng ủy Khối";
        g.plannedCount = 350;
        g.state = Gathering.State.SCHEDULED;
        QuarkusTransaction.requiringNew().run(() -> em.persist(g));
        return g.id;
    }

    /** The event moved to another time, as the gatherings feature's rescheduling stores it. */
    static void reschedule(EntityManager em, UUID gatheringId, LocalTime startsAt, LocalTime endsAt) {
        QuarkusTransaction.requiringNew().run(() -> {
            Gathering g = em.find(Gathering.class, gatheringId);
            g.startsAt = startsAt;
            g.endsAt = endsAt;
        });
    }

    /** A standing award of the default form: to a member of {@code organisationId}, or (memberId null) to it. */
    static void awarded(String movementId, UUID memberId, UUID organisationId, String name) {
        UUID id = UUID.randomUUID();
        try (Connection c = RealInfrastructure.postgres().connect("emulation")) {
            try (PreparedStatement s = c.prepareStatement("insert into nomination (id, movement_id, nominee_kind,"
                    + " nominee_id, organisation_id, nominee_name, nominated_by, form_code, achievement, state,"
                    + " version, created_by) values (?, ?, ?, ?, ?, ?, ?, 'GIAY_KHEN_BTV_DUK', ?, 'DECIDED', 0,"
                    + " 'test')")) {
                s.setObject(1, id);
                s.setObject(2, UUID.fromString(movementId));
                s.setString(3, memberId == null ? "ORGANISATION" : "MEMBER");
                s.setObject(4, memberId == null ? organisationId : memberId);
                s.setObject(5, organisationId);
                s.setString(6, name);
                s.setObject(7, organisationId);
                s.setString(8, "xuất sắc trong phong trào thi đua chào mừng kỷ niệm 65 năm");
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("insert into award (nomination_id, movement_id, form_code,"
                    + " counts_toward_quota, version) values (?, ?, 'GIAY_KHEN_BTV_DUK', true, 0)")) {
                s.setObject(1, id);
                s.setObject(2, UUID.fromString(movementId));
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** docs-service's batch document, as it publishes it, valid against its own schema. */
    static CloudEvent issuedBatch(Org issuer, int number, UUID batchId) {
        UUID id = UUID.randomUUID();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", id.toString());
        document.put("type", "GM");
        document.put("number", number);
        document.put("symbol", number + "-GM/ĐUK");
        document.put("title", "Giấy mời");
        document.put("issuerId", issuer.id().toString());
        document.put("issuerName", issuer.name());
        document.put("term", "2020-2025");
        document.put("run", "GM");
        document.put("issuedOn", "2024-05-02");
        document.put("relatedTo", batchId.toString());
        document.put("status", "ISSUED");
        document.put("voidReason", null);
        document.put("version", 0);
        document.put("pdfSha256", "a".repeat(64));
        document.put("docxSha256", null);
        document.put("copies", 3);
        document.put("createdAt", "2024-05-02T02:00:00Z");
        document.put("contentUrl", "/documents/" + id + "/content");
        String json = toJson(Map.of("document", document));
        EventSchemas.assertValid(EventSchemas.producerSchema("docs-service", DOCS_ISSUED), json);
        return CloudEvent.of("/dangbo/docs-service", DOCS_ISSUED, id.toString(), json);
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The batches requested for this event, in order, each a CloudEvent valid against the lead's schema. */
    static List<JsonNode> requested(UUID eventId, int count) {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                InvitationEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(
                    r -> InvitationEvents.REQUESTED.equals(TopicReader.header(r, "ce_type"))
                            && eventId.toString().equals(r.key()), count, Duration.ofSeconds(60));
            Path schema = Path.of("src/main/resources/META-INF/resources/events/schemas",
                    InvitationEvents.REQUESTED + ".json");
            List<JsonNode> data = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                EventSchemas.assertCloudEvent(record, InvitationEvents.REQUESTED, SOURCE);
                EventSchemas.assertValid(schema, record.value());
                data.add(JSON.readTree(record.value()));
            }
            return data;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

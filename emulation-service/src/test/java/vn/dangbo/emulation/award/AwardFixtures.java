package vn.dangbo.emulation.award;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * What the awards' tests need around them: a launched movement, and nominations the council approved (written as
 * the nominations feature stores them: that feature is tested on its own), and the events awards publish, each
 * checked against its schema.
 */
final class AwardFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SOURCE = "/dangbo/emulation-service";

    private AwardFixtures() {
    }

    static String launch(UUID blocId) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", blocId.toString()))
                .when().post("/movements")
                .then().statusCode(201).extract().path("id");
    }

    /** A nominee the council approved: an organisation (memberId null) or a member of {@code organisationId}. */
    record Nominee(UUID memberId, UUID organisationId, String name) {

        static Nominee organisation(UUID id, String name) {
            return new Nominee(null, id, name);
        }

        static Nominee member(UUID memberId, UUID organisationId, String name) {
            return new Nominee(memberId, organisationId, name);
        }
    }

    /** Stores APPROVED nominations of the default form; returns their ids in the order given. */
    static List<UUID> approved(String movementId, List<Nominee> nominees) {
        return nominations(movementId, nominees, "GIAY_KHEN_BTV_DUK", "APPROVED");
    }

    static List<UUID> nominations(String movementId, List<Nominee> nominees, String formCode, String state) {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement("insert into nomination (id, movement_id, nominee_kind,"
                        + " nominee_id, organisation_id, nominee_name, nominated_by, form_code, achievement, state,"
                        + " version, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 'test')")) {
            for (Nominee nominee : nominees) {
                UUID id = UUID.randomUUID();
                s.setObject(1, id);
                s.setObject(2, UUID.fromString(movementId));
                s.setString(3, nominee.memberId() == null ? "ORGANISATION" : "MEMBER");
                s.setObject(4, nominee.memberId() == null ? nominee.organisationId() : nominee.memberId());
                s.setObject(5, nominee.organisationId());
                s.setString(6, nominee.name());
                s.setObject(7, nominee.organisationId());
                s.setString(8, formCode);
                s.setString(9, "xuất sắc trong phong trào thi đua chào mừng kỷ niệm 65 năm");
                s.setString(10, state);
                s.addBatch();
                ids.add(id);
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    static String state(UUID nominationId) {
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement("select state from nomination where id = ?")) {
            s.setObject(1, nominationId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> auditActions(UUID entityId) {
        List<String> actions = new ArrayList<>();
        try (Connection c = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement s = c.prepareStatement(
                        "select action from audit_entry where entity_id = ? order by id")) {
            s.setObject(1, entityId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return actions;
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The records of {@code type} on emulation.awards.v1 matching, each a CloudEvent valid against our schema. */
    static List<JsonNode> published(String type, Predicate<ConsumerRecord<String, String>> match, int count) {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), AwardEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(
                    r -> type.equals(TopicReader.header(r, "ce_type")) && match.test(r), count,
                    Duration.ofSeconds(60));
            Path schema = Path.of("src/main/resources/META-INF/resources/events/schemas", type + ".json");
            List<JsonNode> data = new ArrayList<>();
            for (ConsumerRecord<String, String> record : records) {
                EventSchemas.assertCloudEvent(record, type, SOURCE);
                EventSchemas.assertValid(schema, record.value());
                data.add(JSON.readTree(record.value()));
            }
            return data;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.dangbo.emulation.member;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The consumer side of the registry's members contract: member events exactly as registry-service publishes them
 * (data validated against the registry's own schema files, binary CloudEvents headers) go through the real Kafka
 * broker into {@code known_member}. Each test uses its own member ids, so the tests share the topic and the database.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class MemberEventsContractTest {

    private static final String TOPIC = "registry.members.v1";
    private static final String DLQ = "emulation.dlq.v1";
    private static final String SOURCE = "/dangbo/registry-service";
    private static final String REGISTERED = "vn.dangbo.registry.member.registered.v1";
    private static final String TRANSFERRED = "vn.dangbo.registry.member.transferred.v1";
    private static final String REMOVED = "vn.dangbo.registry.member.removed.v1";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TopicWriter writer;

    /** A member's public state as the registry's MemberState; {@code left} makes it LEFT (removed). */
    private record State(UUID id, UUID organisationId, String fullName, String status, boolean left,
            List<Map<String, Object>> positions, long version) {

        static State of(String fullName) {
            return new State(UUID.randomUUID(), UUID.randomUUID(), fullName, "PROBATIONARY", false, List.of(), 1);
        }

        State next(String newName, UUID newOrganisation) {
            return new State(id, newOrganisation, newName, status, left, positions, version + 1);
        }

        State full() {
            return new State(id, organisationId, fullName, "FULL", left, positions, version + 1);
        }

        State removed() {
            return new State(id, organisationId, fullName, status, true, positions, version + 1);
        }

        State withVersion(long newVersion) {
            return new State(id, organisationId, fullName, status, left, positions, newVersion);
        }

        State holding(UUID organisation, String role, String endedOn) {
            List<Map<String, Object>> more = new ArrayList<>(positions);
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("id", UUID.randomUUID().toString());
            position.put("role", role);
            position.put("organisationId", organisation.toString());
            position.put("startedOn", "2020-06-01");
            position.put("endedOn", endedOn);
            more.add(position);
            return new State(id, organisationId, fullName, status, left, List.copyOf(more), version);
        }
    }

    @BeforeAll
    static void start() {
        writer = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC);
    }

    @AfterAll
    static void stop() {
        writer.close();
    }

    @Test
    void aRegisteredMemberIsKnownWithThePositionsHeldNow() throws SQLException {
        UUID cell = UUID.randomUUID();
        // decomposed diacritics, as a careless client may send them: kept NFC
        State an = State.of("Nguye\u0302\u0303n Thi\u0323 An ").holding(cell, "SECRETARY", null)
                .holding(cell, "DEPUTY_SECRETARY", "2020-12-31");
        publish(REGISTERED, an);
        awaitVersion(an.id(), 1);
        assertEquals(List.of("Nguyễn Thị An", "PROBATIONARY", "ACTIVE", an.organisationId().toString()),
                row(an.id()));
        assertEquals(List.of(cell + " SECRETARY"), positions(an.id()));
    }

    @Test
    void aRedeliveredEventChangesNothing() throws SQLException {
        State binh = State.of("Trần Văn Bình");
        String eventId = publish(REGISTERED, binh);
        awaitVersion(binh.id(), 1);

        // the same event again, then the same ce_id with a state the directory WOULD apply: only the inbox stops it
        send(eventId, REGISTERED, binh);
        send(eventId, REGISTERED, binh.next("Trần Văn Bình (sai)", binh.organisationId()).withVersion(9));
        // a genuine later state on the same key, read after both: applied only if version 1 was left in place
        State full = binh.full();
        publish(REGISTERED, full);
        awaitVersion(binh.id(), 2);
        assertEquals(List.of("Trần Văn Bình", "FULL", "ACTIVE", binh.organisationId().toString()), row(binh.id()));
        assertEquals(1, inboxRows(eventId));
    }

    @Test
    void anOlderVersionArrivingLateDoesNotOverwrite() throws SQLException {
        State cuong = State.of("Lê Văn Cường");
        UUID newCell = UUID.randomUUID();
        State moved = cuong.next("Lê Văn Cường", newCell);
        publish(REGISTERED, cuong);
        publish(TRANSFERRED, moved);
        awaitVersion(cuong.id(), 2);

        String late = publish(REGISTERED, cuong);
        await().atMost(PATIENCE).until(() -> inboxRows(late) == 1);
        assertEquals(List.of("Lê Văn Cường", "PROBATIONARY", "ACTIVE", newCell.toString()), row(cuong.id()));
    }

    @Test
    void aMemberWhoLeftBecomesLeft() throws SQLException {
        State dung = State.of("Phạm Thị Dung");
        publish(REGISTERED, dung);
        awaitVersion(dung.id(), 1);
        publish(REMOVED, dung.removed());
        awaitVersion(dung.id(), 2);
        assertEquals("LEFT", row(dung.id()).get(2));
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheNextEventIsStillApplied() throws SQLException {
        State giang = State.of("Vũ Văn Giang");
        // same key as the good event after it: same partition, so the poison is read first
        String poison = "{\"không phải\": \"một CloudEvent\"}";
        RecordMetadata poisonAt = writer.sendRaw(null, giang.id().toString(), poison);
        publish(REGISTERED, giang);

        try (TopicReader deadLetters = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), DLQ)) {
            ConsumerRecord<String, String> dead = deadLetters.awaitRecord(
                    r -> giang.id().toString().equals(r.key()), PATIENCE);
            assertEquals(poison, dead.value());
            String reason = TopicReader.header(dead, "dead-letter-reason");
            assertNotNull(reason, "dead-letter-reason header");
            assertTrue(reason.contains("ce_specversion"), reason);
            assertEquals(TOPIC, TopicReader.header(dead, "dead-letter-topic"));
            assertEquals(String.valueOf(poisonAt.offset()), TopicReader.header(dead, "dead-letter-offset"));
        }
        awaitVersion(giang.id(), 1);
        assertEquals("Vũ Văn Giang", row(giang.id()).get(0));
    }

    @Test
    void anEventTypeThatIsNotAMembersIsRecordedAndIgnored() throws SQLException {
        State hoa = State.of("Đỗ Thị Hoa");
        String eventId = UUID.randomUUID().toString();
        writer.send(CloudEvent.of(SOURCE, "vn.dangbo.registry.audit.recorded.v1", hoa.id().toString(), data(
                REGISTERED, hoa)).withId(eventId));
        await().atMost(PATIENCE).until(() -> inboxRows(eventId) == 1);
        assertEquals(List.of(), row(hoa.id()));
    }

    // ---------------------------------------------------------------------------------------------------

    /** The event data as the registry writes it, validated against the registry's schema of {@code type}. */
    private static String data(String type, State s) {
        Map<String, Object> member = new LinkedHashMap<>();
        member.put("id", s.id().toString());
        member.put("organisationId", s.organisationId().toString());
        member.put("fullName", s.fullName());
        member.put("sex", "MALE");
        member.put("birthMonth", "1985-07");
        member.put("ethnicity", "Kinh");
        member.put("status", s.status());
        member.put("admittedOn", "2010-03-02");
        member.put("fullMemberOn", "FULL".equals(s.status()) ? "2011-03-02" : null);
        member.put("state", s.left() ? "LEFT" : "ACTIVE");
        member.put("leftReason", s.left() ? "REMOVED" : null);
        member.put("leftOn", s.left() ? "2024-01-15" : null);
        member.put("attachedTo", null);
        member.put("exempted", false);
        member.put("positions", s.positions());
        member.put("version", s.version());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("member", member);
        if (REMOVED.equals(type)) {
            data.put("effectiveDate", "2024-01-15");
            data.put("decisionReference", "Quyết định số 12-QĐ/ĐU");
        }
        if (TRANSFERRED.equals(type)) {
            data.put("fromOrganisationId", UUID.randomUUID().toString());
            data.put("toOrganisationId", s.organisationId().toString());
            data.put("effectiveDate", "2024-01-15");
            data.put("decisionReference", "Quyết định số 20-QĐ/ĐU");
        }
        String json = toJson(data);
        EventSchemas.assertValid(EventSchemas.producerSchema("registry-service", type), json);
        return json;
    }

    private static String publish(String type, State s) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, type, s);
        return eventId;
    }

    private static void send(String eventId, String type, State s) {
        writer.send(CloudEvent.of(SOURCE, type, s.id().toString(), data(type, s)).withId(eventId));
    }

    private static void awaitVersion(UUID id, long version) {
        await().atMost(PATIENCE).until(() -> {
            try (Connection db = RealInfrastructure.postgres().connect("emulation");
                    PreparedStatement q = db.prepareStatement("select version from known_member where id = ?")) {
                q.setObject(1, id);
                try (ResultSet rs = q.executeQuery()) {
                    return rs.next() && rs.getLong(1) >= version;
                }
            }
        });
    }

    /** full name, status, state, organisation; empty when unknown. */
    private static List<String> row(UUID id) throws SQLException {
        try (Connection db = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement q = db.prepareStatement(
                        "select full_name, status, state, organisation_id from known_member where id = ?")) {
            q.setObject(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))
                        : List.of();
            }
        }
    }

    private static List<String> positions(UUID id) throws SQLException {
        try (Connection db = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement q = db.prepareStatement(
                        "select organisation_id, role from known_member_position where member_id = ? order by role")) {
            q.setObject(1, id);
            List<String> positions = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    positions.add(rs.getString(1) + " " + rs.getString(2));
                }
            }
            return positions;
        }
    }

    private static int inboxRows(String eventId) throws SQLException {
        try (Connection db = RealInfrastructure.postgres().connect("emulation");
                PreparedStatement query = db.prepareStatement(
                        "select count(*) from inbox_event where consumer = ? and event_id = ?")) {
            query.setString(1, MemberEventsConsumer.CONSUMER);
            query.setString(2, eventId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

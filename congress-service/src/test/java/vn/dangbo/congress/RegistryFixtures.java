package vn.dangbo.congress;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The registry's side of the contract, played by the tests: organisation and member events built as the
 * registry publishes them, each checked against the registry's own schema file before it is sent to the
 * real Kafka as a binary-mode CloudEvent.
 */
public final class RegistryFixtures {

    public static final String ORGANISATIONS_TOPIC = "registry.organisations.v1";
    public static final String MEMBERS_TOPIC = "registry.members.v1";
    public static final String ORGANISATION_CREATED = "vn.dangbo.registry.organisation.created.v1";
    public static final String MEMBER_REGISTERED = "vn.dangbo.registry.member.registered.v1";
    public static final String REGISTRY_SOURCE = "/dangbo/registry-service";
    /** Records that must be read in order go to one partition. */
    public static final int ORDERED_PARTITION = 0;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, TopicWriter> WRITERS = new ConcurrentHashMap<>();

    private RegistryFixtures() {
    }

    /** An organisation as the tests know it. */
    public record Org(UUID id, UUID parentId, List<UUID> path, String type, String name, String shortCode) {
        public String idText() {
            return id.toString();
        }
    }

    /** A sent event: its CloudEvents id and data. */
    public record Sent(String eventId, String key, String data) {
    }

    // ---- organisations ----------------------------------------------------------------------------------

    public static Org bloc(String name) {
        return organisation(null, "BLOC_COMMITTEE", name, "ĐUK");
    }

    public static Org grassrootsCommittee(Org parent, String name) {
        return organisation(parent, "GRASSROOTS_COMMITTEE", name, "ĐU");
    }

    public static Org cell(Org parent, String name) {
        return organisation(parent, "CELL", name, null);
    }

    /** Publishes organisation.created for a new organisation under {@code parent} (null for a root). */
    public static Org organisation(Org parent, String type, String name, String shortCode) {
        Org org = unpublished(parent, type, name, shortCode);
        sendOrganisationCreated(org, "ACTIVE", 0, null);
        return org;
    }

    /** A new organisation not yet published: the test sends its event itself. */
    public static Org unpublished(Org parent, String type, String name, String shortCode) {
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent == null ? List.of() : parent.path());
        path.add(id);
        return new Org(id, parent == null ? null : parent.id(), List.copyOf(path), type, name, shortCode);
    }

    public static String organisationCreatedData(Org org, String status, long version) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", org.idText());
        if (org.parentId() == null) {
            o.putNull("parentId");
        } else {
            o.put("parentId", org.parentId().toString());
        }
        ArrayNode path = o.putArray("path");
        org.path().forEach(p -> path.add(p.toString()));
        o.put("type", org.type());
        o.put("name", org.name());
        if (org.shortCode() == null) {
            o.putNull("shortCode");
        } else {
            o.put("shortCode", org.shortCode());
        }
        o.put("status", status);
        o.put("term", org.type().endsWith("CELL") ? "2020-2022" : "2020-2025");
        o.put("version", version);
        ObjectNode data = JSON.createObjectNode();
        data.set("organisation", o);
        return validated(ORGANISATION_CREATED, data.toString());
    }

    public static Sent sendOrganisationCreated(Org org, String status, long version, Integer partition) {
        String data = organisationCreatedData(org, status, version);
        return send(ORGANISATIONS_TOPIC, partition, event(ORGANISATION_CREATED, org.idText(), data));
    }

    // ---- members ----------------------------------------------------------------------------------------

    public static String memberRegisteredData(UUID memberId, Org cell, boolean full, long version) {
        return memberRegisteredData(memberId, cell, full, "FEMALE", "1980-04", null, version);
    }

    /** A position in a party body as the registry publishes it; {@code endedOn} null while it is held. */
    public record Position(UUID organisationId, String role, String startedOn, String endedOn) {
    }

    /** @param positions the member's positions, current and past; null for an event without them (older v1) */
    public static String memberRegisteredData(UUID memberId, Org cell, boolean full, String sex, String birthMonth,
            List<Position> positions, long version) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", memberId.toString());
        m.put("organisationId", cell.idText());
        m.put("fullName", "Nguyễn Thị Hồng " + memberId.toString().substring(0, 4));
        m.put("sex", sex);
        m.put("birthMonth", birthMonth);
        m.put("ethnicity", "Ê Đê");
        m.put("status", full ? "FULL" : "PROBATIONARY");
        m.put("admittedOn", LocalDate.of(2018, 5, 19).toString());
        if (full) {
            m.put("fullMemberOn", LocalDate.of(2019, 5, 19).toString());
        } else {
            m.putNull("fullMemberOn");
        }
        if (positions != null) {
            ArrayNode array = m.putArray("positions");
            for (Position p : positions) {
                ObjectNode position = array.addObject();
                position.put("id", UUID.randomUUID().toString());
                position.put("role", p.role());
                position.put("organisationId", p.organisationId().toString());
                position.put("startedOn", p.startedOn());
                if (p.endedOn() == null) {
                    position.putNull("endedOn");
                } else {
                    position.put("endedOn", p.endedOn());
                }
            }
        }
        m.put("version", version);
        ObjectNode data = JSON.createObjectNode();
        data.set("member", m);
        return validated(MEMBER_REGISTERED, data.toString());
    }

    /** Registers a member of the cell with this sex, birth month and positions; @return the member's id */
    public static UUID member(Org cell, boolean full, String sex, String birthMonth, List<Position> positions) {
        UUID id = UUID.randomUUID();
        send(MEMBERS_TOPIC, null, event(MEMBER_REGISTERED, id.toString(),
                memberRegisteredData(id, cell, full, sex, birthMonth, positions, 0)));
        return id;
    }

    /** Registers {@code full} full and {@code probationary} probationary members in the cell. */
    public static void members(Org cell, int full, int probationary) {
        for (int i = 0; i < full + probationary; i++) {
            member(cell, i < full, null);
        }
    }

    public static Sent member(Org cell, boolean full, Integer partition) {
        UUID id = UUID.randomUUID();
        return memberEvent(UUID.randomUUID().toString(), id, cell, full, 0, partition);
    }

    public static Sent memberEvent(String eventId, UUID memberId, Org cell, boolean full, long version,
            Integer partition) {
        String data = memberRegisteredData(memberId, cell, full, version);
        return send(MEMBERS_TOPIC, partition, event(MEMBER_REGISTERED, memberId.toString(), data).withId(eventId));
    }

    // ---- Kafka ------------------------------------------------------------------------------------------

    /** A new registry event (sent by {@link #send} as the registry's outbox relay would). */
    public static CloudEvent event(String type, String subject, String data) {
        return CloudEvent.of(REGISTRY_SOURCE, type, subject, data);
    }

    /** Sends one event and waits for the broker's acknowledgement. */
    public static Sent send(String topic, Integer partition, CloudEvent event) {
        writer(topic).send(event, partition);
        return new Sent(event.id(), event.subject(), event.data());
    }

    /** Sends a record without CloudEvents headers. */
    public static void sendRaw(String topic, Integer partition, String key, String value) {
        writer(topic).sendRaw(partition, key, value);
    }

    private static TopicWriter writer(String topic) {
        return WRITERS.computeIfAbsent(topic, t -> {
            TopicWriter writer = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), t);
            Runtime.getRuntime().addShutdownHook(new Thread(writer::close));
            return writer;
        });
    }

    /** Every fixture must satisfy the registry's published schema: the contract is the producer's file. */
    private static String validated(String eventType, String json) {
        EventSchemas.assertValid(EventSchemas.producerSchema("registry-service", eventType), json);
        return json;
    }

    // ---- waiting on the service -------------------------------------------------------------------------

    /** Waits until the service knows the organisation (its election structure no longer answers 404). */
    public static void awaitKnown(Org... organisations) {
        String token = RealInfrastructure.tokens().viewer();
        for (Org org : organisations) {
            await("organisation " + org.name() + " known").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(200))
                    .until(() -> given().auth().oauth2(token)
                            .get("/organisations/{id}/election-structure", org.id())
                            .statusCode() != 404);
        }
    }

    /** Waits until the organisation's election structure shows these member counts. */
    public static void awaitCounts(Org org, long full, long probationary) {
        String token = RealInfrastructure.tokens().viewer();
        await(org.name() + " has " + full + " full and " + probationary + " probationary members")
                .atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> {
                    var response = given().auth().oauth2(token)
                            .get("/organisations/{id}/election-structure", org.id());
                    return response.statusCode() == 200
                            && response.jsonPath().getLong("fullMembers") == full
                            && response.jsonPath().getLong("probationaryMembers") == probationary;
                });
    }
}

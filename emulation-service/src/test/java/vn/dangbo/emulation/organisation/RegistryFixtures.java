package vn.dangbo.emulation.organisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * Plays the registry: organisation events as registry-service publishes them on
 * {@code registry.organisations.v1}, each checked against the registry's own schema file first.
 */
final class RegistryFixtures implements AutoCloseable {

    static final String TOPIC = "registry.organisations.v1";
    static final String CREATED = "vn.dangbo.registry.organisation.created.v1";
    static final String SOURCE = "/dangbo/registry-service";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TopicWriter writer = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), TOPIC);
    private final Path createdSchema = EventSchemas.producerSchema("registry-service", CREATED);

    /** One organisation's public state, as in the registry's OrganisationState. */
    record Org(UUID id, UUID parentId, List<UUID> path, String type, String name, String shortCode, String status,
            String term, long version) {

        static Org bloc(String name) {
            UUID id = UUID.randomUUID();
            return new Org(id, null, List.of(id), "BLOC_COMMITTEE", name, "ĐUK", "ACTIVE", "2020-2025", 1);
        }

        Org child(String type, String name, String shortCode) {
            UUID child = UUID.randomUUID();
            List<UUID> childPath = new ArrayList<>(path);
            childPath.add(child);
            return new Org(child, id, List.copyOf(childPath), type, name, shortCode, "ACTIVE", "2020-2025", 1);
        }

        /** A later state: the same organisation, with a higher version. */
        Org later(String newName, String newStatus) {
            return new Org(id, parentId, path, type, newName, shortCode, newStatus, term, version + 1);
        }

        Org withVersion(long newVersion) {
            return new Org(id, parentId, path, type, name, shortCode, status, term, newVersion);
        }
    }

    /** The event data of vn.dangbo.registry.organisation.created.v1, validated against the registry's schema. */
    String createdData(Org org) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", org.id().toString());
        state.put("parentId", org.parentId() == null ? null : org.parentId().toString());
        state.put("path", org.path().stream().map(UUID::toString).toList());
        state.put("type", org.type());
        state.put("name", org.name());
        state.put("shortCode", org.shortCode());
        state.put("status", org.status());
        state.put("term", org.term());
        state.put("version", org.version());
        String json = toJson(Map.of("organisation", state));
        EventSchemas.assertValid(createdSchema, json);
        return json;
    }

    /** Publishes the organisation's state as the registry does; returns the CloudEvents id. */
    String created(Org org) {
        String eventId = UUID.randomUUID().toString();
        send(eventId, CREATED, org.id().toString(), createdData(org));
        return eventId;
    }

    /** Publishes with a given CloudEvents id (a redelivery when the id was used before). */
    void created(String eventId, Org org) {
        send(eventId, CREATED, org.id().toString(), createdData(org));
    }

    /** A binary-mode CloudEvent on the registry's topic. */
    RecordMetadata send(String eventId, String type, String key, String data) {
        return writer.send(CloudEvent.of(SOURCE, type, key, data).withId(eventId));
    }

    /** Anything at all on the registry's topic (e.g. a record without CloudEvents headers). */
    RecordMetadata sendRaw(String key, String value) {
        return writer.sendRaw(null, key, value);
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        writer.close();
    }
}

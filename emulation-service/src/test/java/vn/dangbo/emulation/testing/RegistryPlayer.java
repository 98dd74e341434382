package vn.dangbo.emulation.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
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
import vn.dangbo.testsupport.kafka.CloudEvent;
import vn.dangbo.testsupport.kafka.TopicWriter;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * Plays the registry for emulation-service's tests: organisations on {@code registry.organisations.v1} and members on
 * {@code registry.members.v1}, each event checked against the registry's own schema first, then waits until the
 * service has applied them (its {@code known_organisation} / {@code known_member}). One per test class.
 *
 * <pre>{@code
 * RegistryPlayer registry = new RegistryPlayer();
 * Org bloc = registry.organisation(Org.bloc("Đảng bộ Khối Cơ quan - Doanh nghiệp tỉnh"));
 * Org cell = registry.organisation(bloc.child("GRASSROOTS_CELL", "Chi bộ Sở Tư pháp", "CB"));
 * Member an = registry.member(Member.of(cell, "Nguyễn Văn An", "MALE").secretaryOf(cell.id()));
 * }</pre>
 */
public final class RegistryPlayer implements AutoCloseable {

    public static final String ORGANISATIONS = "registry.organisations.v1";
    public static final String MEMBERS = "registry.members.v1";
    private static final String ORG_CREATED = "vn.dangbo.registry.organisation.created.v1";
    private static final String MEMBER_REGISTERED = "vn.dangbo.registry.member.registered.v1";
    private static final String MEMBER_REMOVED = "vn.dangbo.registry.member.removed.v1";
    private static final String SOURCE = "/dangbo/registry-service";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final TopicWriter organisations = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(),
            ORGANISATIONS);
    private final TopicWriter members = TopicWriter.of(RealInfrastructure.kafka().bootstrapServers(), MEMBERS);
    private final Path orgSchema = EventSchemas.producerSchema("registry-service", ORG_CREATED);
    private final Path memberSchema = EventSchemas.producerSchema("registry-service", MEMBER_REGISTERED);
    private final Path removedSchema = EventSchemas.producerSchema("registry-service", MEMBER_REMOVED);

    /** An organisation's public state, as in the registry's OrganisationState. */
    public record Org(UUID id, UUID parentId, List<UUID> path, String type, String name, String shortCode,
            String status, String term, long version) {

        public static Org bloc(String name) {
            UUID id = UUID.randomUUID();
            return new Org(id, null, List.of(id), "BLOC_COMMITTEE", name, "ĐUK", "ACTIVE", "2020-2025", 1);
        }

        /** @param type e.g. GRASSROOTS_COMMITTEE, GRASSROOTS_CELL, CELL */
        public Org child(String type, String name, String shortCode) {
            UUID child = UUID.randomUUID();
            List<UUID> childPath = new ArrayList<>(path);
            childPath.add(child);
            return new Org(child, id, List.copyOf(childPath), type, name, shortCode, "ACTIVE", "2020-2025", 1);
        }

        public Org later(String newName, String newStatus) {
            return new Org(id, parentId, path, type, newName, shortCode, newStatus, term, version + 1);
        }
    }

    /** A member's public state; positions are (organisation, role) held now. */
    public record Member(UUID id, UUID organisationId, String fullName, String sex, String status, String state,
            List<Map<String, Object>> positions, long version) {

        public static Member of(Org organisation, String fullName, String sex) {
            return new Member(UUID.randomUUID(), organisation.id(), fullName, sex, "FULL", "ACTIVE", List.of(), 1);
        }

        /** @param role SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, STANDING_COMMITTEE_MEMBER... */
        public Member holding(UUID organisationId, String role) {
            List<Map<String, Object>> more = new ArrayList<>(positions);
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("id", UUID.randomUUID().toString());
            position.put("role", role);
            position.put("organisationId", organisationId.toString());
            position.put("startedOn", "2020-06-01");
            position.put("endedOn", null);
            more.add(position);
            return new Member(id, organisationId, fullName, sex, status, state, List.copyOf(more), version);
        }

        public Member secretaryOf(UUID organisationId) {
            return holding(organisationId, "SECRETARY");
        }

        /** The same member after leaving (removed from the list), one version later. */
        public Member left() {
            return new Member(id, organisationId, fullName, sex, status, "LEFT", positions, version + 1);
        }
    }

    /** Publishes the organisation and waits until the service knows it. */
    public Org organisation(Org org) {
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
        EventSchemas.assertValid(orgSchema, json);
        organisations.send(CloudEvent.of(SOURCE, ORG_CREATED, org.id().toString(), json));
        awaitRow("select 1 from known_organisation where id = ? and version >= " + org.version(), org.id());
        return org;
    }

    /** Publishes the member (registered, or removed once left) and waits until the service knows this version. */
    public Member member(Member member) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", member.id().toString());
        state.put("organisationId", member.organisationId().toString());
        state.put("fullName", member.fullName());
        state.put("sex", member.sex());
        state.put("birthMonth", "1980-05");
        state.put("ethnicity", "Kinh");
        state.put("status", member.status());
        state.put("admittedOn", "2005-03-02");
        state.put("fullMemberOn", "FULL".equals(member.status()) ? "2006-03-02" : null);
        state.put("state", member.state());
        if ("LEFT".equals(member.state())) {
            state.put("leftReason", "REMOVED");
            state.put("leftOn", "2024-01-15");
            // the registry's removed.v1 requires them
            state.put("attachedTo", null);
            state.put("exempted", false);
        }
        state.put("positions", member.positions());
        state.put("version", member.version());
        String type = "LEFT".equals(member.state()) ? MEMBER_REMOVED : MEMBER_REGISTERED;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("member", state);
        if ("LEFT".equals(member.state())) {
            data.put("effectiveDate", "2024-01-15");
            data.put("decisionReference", "Quyết định số 12-QĐ/ĐU");
        }
        String json = toJson(data);
        EventSchemas.assertValid("LEFT".equals(member.state()) ? removedSchema : memberSchema, json);
        members.send(CloudEvent.of(SOURCE, type, member.id().toString(), json));
        awaitRow("select 1 from known_member where id = ? and version >= " + member.version(), member.id());
        return member;
    }

    private static void awaitRow(String sql, UUID id) {
        await().atMost(PATIENCE).until(() -> {
            try (Connection c = RealInfrastructure.postgres().connect("emulation");
                    PreparedStatement s = c.prepareStatement(sql)) {
                s.setObject(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            } catch (SQLException e) {
                return false;
            }
        });
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
        organisations.close();
        members.close();
    }
}

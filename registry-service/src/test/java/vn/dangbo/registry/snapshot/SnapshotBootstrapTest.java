package vn.dangbo.registry.snapshot;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A new subscriber that reads only the snapshot topics, from the beginning, ends up with the organisation
 * tree and the member list the API shows — after renames, moves and lifecycle steps, not just creations.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class SnapshotBootstrapTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFreshConsumerRebuildsTheTreeAndMemberListTheApiShows() throws Exception {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối (khởi tạo từ ảnh chụp)", "ĐUK");
        UUID first = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tài nguyên và Môi trường", "ĐU");
        UUID second = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Giao thông Vận tải", "ĐU");
        UUID cell = organisation(first, "CELL", "Chi bộ Phòng Đất đai", "CB");
        UUID other = organisation(first, "CELL", "Chi bộ Văn phòng Sở", "CB");
        String a = registerMember(admin(), memberBody(cell, "Nguyễn Thị Thùy Dương", true)).statusCode(201)
                .extract().path("id");
        registerMember(admin(), memberBody(cell, "Hoàng Văn Quý", true)).statusCode(201);
        registerMember(admin(), memberBody(other, "Vàng A Sử", false)).statusCode(201);

        // later changes: the snapshot must show the latest state, not the first one
        String etag = given().auth().oauth2(admin()).get("/organisations/" + other).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("parentId", second)).post("/organisations/" + other + "/move").then().statusCode(200);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("toOrganisationId", other, "effectiveDate", "2024-01-15",
                        "decisionReference", "Quyết định số 31-QĐ/ĐU"))
                .post("/members/" + a + "/transfer").then().statusCode(200);

        Map<String, JsonNode> organisations = latest("registry.organisations.snapshot.v1",
                Set.of(bloc, first, second, cell, other).stream().map(UUID::toString).toList(), "organisation");
        for (UUID id : List.of(bloc, first, second, cell, other)) {
            JsonNode api = JSON.readTree(given().auth().oauth2(admin()).get("/organisations/" + id).then()
                    .statusCode(200).extract().asString());
            JsonNode snapshot = organisations.get(id.toString());
            for (String field : List.of("id", "parentId", "name", "type", "status", "term", "version")) {
                assertEquals(api.get(field), snapshot.get(field), "organisation " + id + " " + field);
            }
            assertEquals(api.get("path"), snapshot.get("path"), "organisation " + id + " path");
        }

        Map<String, List<String>> apiMembers = new TreeMap<>();
        Map<String, JsonNode> apiById = new HashMap<>();
        for (UUID id : List.of(cell, other)) {
            for (JsonNode m : JSON.readTree(given().auth().oauth2(admin()).get("/organisations/" + id + "/members")
                    .then().statusCode(200).extract().asString())) {
                apiMembers.computeIfAbsent(id.toString(), k -> new java.util.ArrayList<>()).add(m.get("id").asText());
                apiById.put(m.get("id").asText(), m);
            }
        }
        Map<String, JsonNode> members = latest("registry.members.snapshot.v1", List.copyOf(apiById.keySet()),
                "member");
        Map<String, List<String>> rebuilt = new TreeMap<>();
        members.forEach((id, m) -> rebuilt.computeIfAbsent(m.get("organisationId").asText(),
                k -> new java.util.ArrayList<>()).add(id));
        rebuilt.values().forEach(java.util.Collections::sort);
        apiMembers.values().forEach(java.util.Collections::sort);
        assertEquals(apiMembers, rebuilt, "members per cell");
        for (Map.Entry<String, JsonNode> m : members.entrySet()) {
            JsonNode api = apiById.get(m.getKey());
            for (String field : List.of("fullName", "status", "version")) {
                assertEquals(api.get(field), m.getValue().get(field), "member " + m.getKey() + " " + field);
            }
        }
    }

    /** Folds a compacted topic read from the beginning: the last value per key wins. */
    private static Map<String, JsonNode> latest(String topic, List<String> keys, String field) throws Exception {
        Map<String, JsonNode> state = new HashMap<>();
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), topic)) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> keys.contains(r.key()),
                    keys.size(), Duration.ofSeconds(30));
            for (ConsumerRecord<String, String> record : records) {
                JsonNode value = JSON.readTree(record.value()).get(field);
                JsonNode known = state.get(record.key());
                if (known == null || known.get("version").asLong() <= value.get("version").asLong()) {
                    state.put(record.key(), value);
                }
            }
        }
        assertEquals(Set.copyOf(keys), state.keySet());
        return state;
    }
}

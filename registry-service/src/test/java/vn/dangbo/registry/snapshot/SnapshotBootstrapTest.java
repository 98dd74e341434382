package vn.dangbo.registry.snapshot;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;
import static vn.dangbo.registry.support.RegistryApi.step;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.messaging.OutboxRelay;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A new subscriber that reads only the snapshot topics, from the beginning to their end, ends up with the
 * organisation tree and the member list the API shows — after renames, moves, lifecycle steps and members
 * leaving the list, not just creations.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class SnapshotBootstrapTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxRelay relay;

    @Test
    void aFreshConsumerRebuildsTheTreeAndMemberListTheApiShows() throws Exception {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối (khởi tạo từ ảnh chụp)", "ĐUK");
        UUID first = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tài nguyên và Môi trường", "ĐU");
        UUID second = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Giao thông Vận tải", "ĐU");
        UUID cell = organisation(first, "CELL", "Chi bộ Phòng Đất đai", "CB");
        UUID other = organisation(first, "CELL", "Chi bộ Văn phòng Sở", "CB");
        UUID closed = organisation(second, "CELL", "Chi bộ Ban Quản lý dự án", "CB");
        List<UUID> organisations = List.of(bloc, first, second, cell, other, closed);
        String a = member(cell, "Nguyễn Thị Thùy Dương");
        member(cell, "Hoàng Văn Quý");
        member(other, "Vàng A Sử");
        String removed = member(cell, "Lò Văn Páo");
        String expelled = member(other, "Trần Đức Thắng");
        String deceased = member(cell, "Đinh Thị Hoa");
        String movedThenRemoved = member(cell, "Lê Quang Vinh");

        // later changes: the snapshot must show the latest state, not the first one
        String etag = given().auth().oauth2(admin()).get("/organisations/" + other).then().statusCode(200)
                .extract().header("ETag");
        given().auth().oauth2(admin()).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("parentId", second)).post("/organisations/" + other + "/move").then().statusCode(200);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("toOrganisationId", other, "effectiveDate", "2024-01-15",
                        "decisionReference", "Quyết định số 31-QĐ/ĐU"))
                .post("/members/" + a + "/transfer").then().statusCode(200);
        given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("toOrganisationId", other, "effectiveDate", "2024-01-15",
                        "decisionReference", "Quyết định số 32-QĐ/ĐU"))
                .post("/members/" + movedThenRemoved + "/transfer").then().statusCode(200);
        LocalDate today = LocalDate.now();
        send(admin(), "POST", "/members/" + removed + "/removal", null, step(today, "Quyết định số 40-QĐ/ĐU"))
                .statusCode(200);
        send(admin(), "POST", "/members/" + expelled + "/expulsion", null, step(today, "Quyết định số 41-QĐ/UBKT"))
                .statusCode(200);
        send(admin(), "POST", "/members/" + deceased + "/death", null, step(today, "Thông báo số 5-TB/ĐU"))
                .statusCode(200);
        send(admin(), "POST", "/members/" + movedThenRemoved + "/removal", null,
                step(today, "Quyết định số 42-QĐ/ĐU")).statusCode(200);
        // a dissolved organisation keeps its snapshot, with its status
        send(admin(), "POST", "/organisations/" + closed + "/dissolution", "\"0\"",
                Map.of("effectiveDate", today.toString(), "decisionReference", "Quyết định số 43-QĐ/ĐUK"))
                .statusCode(200);

        // everything committed has reached Kafka: a subscriber starting now reads each topic to its end
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);

        Map<String, JsonNode> tree = rebuild("registry.organisations.snapshot.v1", "organisation");
        for (UUID id : organisations) {
            JsonNode api = JSON.readTree(given().auth().oauth2(admin()).get("/organisations/" + id).then()
                    .statusCode(200).extract().asString());
            JsonNode snapshot = tree.get(id.toString());
            for (String field : List.of("id", "parentId", "name", "type", "status", "term", "version", "path")) {
                assertEquals(api.get(field), snapshot.get(field), "organisation " + id + " " + field);
            }
        }
        assertEquals("DISSOLVED", tree.get(closed.toString()).get("status").asText());

        Map<String, List<String>> apiMembers = new TreeMap<>();
        Map<String, JsonNode> apiById = new HashMap<>();
        for (UUID id : List.of(cell, other)) {
            List<String> ids = new ArrayList<>();
            for (JsonNode m : JSON.readTree(given().auth().oauth2(admin()).get("/organisations/" + id + "/members")
                    .then().statusCode(200).extract().asString())) {
                ids.add(m.get("id").asText());
                apiById.put(m.get("id").asText(), m);
            }
            Collections.sort(ids);
            apiMembers.put(id.toString(), ids);
        }
        assertEquals(3, apiById.size(), "three members stay on the list");

        Map<String, JsonNode> members = rebuild("registry.members.snapshot.v1", "member");
        Set<String> ourCells = Set.of(cell.toString(), other.toString());
        Map<String, List<String>> rebuilt = new TreeMap<>();
        members.forEach((id, m) -> {
            if (ourCells.contains(m.get("organisationId").asText())) {
                rebuilt.computeIfAbsent(m.get("organisationId").asText(), k -> new ArrayList<>()).add(id);
            }
        });
        rebuilt.values().forEach(Collections::sort);
        assertEquals(apiMembers, rebuilt, "members per cell: the rebuilt list is the list the API shows");
        for (String left : List.of(removed, expelled, deceased, movedThenRemoved)) {
            assertFalse(members.containsKey(left), "member " + left + " left the list: dropped on the tombstone");
        }
        for (Map.Entry<String, JsonNode> m : apiById.entrySet()) {
            JsonNode snapshot = members.get(m.getKey());
            for (String field : List.of("fullName", "status", "version", "organisationId")) {
                assertEquals(m.getValue().get(field), snapshot.get(field), "member " + m.getKey() + " " + field);
            }
        }
    }

    private static String member(UUID cell, String name) {
        return registerMember(admin(), memberBody(cell, name, true)).statusCode(201).extract().path("id");
    }

    /**
     * What a bootstrapping subscriber does with a compacted topic: read every partition from the beginning
     * to its end offset, the last record per key wins, and a tombstone (null value) drops the key.
     */
    private static Map<String, JsonNode> rebuild(String topic, String field) throws IOException {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, RealInfrastructure.kafka().bootstrapServers());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<String, JsonNode> state = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).collect(Collectors.toList());
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end " + end);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        Topics.assertTombstone(record);
                        state.remove(record.key());
                    } else {
                        state.put(record.key(), JSON.readTree(record.value()).get(field));
                    }
                }
            }
        }
        return state;
    }
}

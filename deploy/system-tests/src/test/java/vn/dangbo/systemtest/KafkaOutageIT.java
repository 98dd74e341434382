package vn.dangbo.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.infra.KafkaServer;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.stack.DangboStack;

/**
 * Kafka stops; the registry keeps accepting writes; Kafka returns; every event reaches the congress read
 * model exactly once and, for each member, in the order it happened.
 */
class KafkaOutageIT {

    private static final int MEMBERS = 100;

    @Test
    void writesSurviveAKafkaOutageAndArriveExactlyOnceInOrder() throws Exception {
        DangboStack stack = SystemUnderTest.stack();
        UUID bloc = Registry.organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối (kiểm thử sự cố)", "ĐUK");
        UUID committee = Registry.organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Công Thương", "ĐU");
        UUID cell = Registry.organisation(committee, "CELL", "Chi bộ Phòng Quản lý thương mại", "CB");
        String congress = SystemUnderTest.url("congress-service");
        String admin = SystemUnderTest.admin();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().baseUri(congress).auth().oauth2(admin)
                .get("/organisations/" + cell + "/election-structure").then().statusCode(200));

        KafkaServer kafka = stack.kafka();
        kafka.stop();
        List<String> members = new ArrayList<>();
        LocalDate admitted = LocalDate.now().minusMonths(13);
        try {
            for (int i = 0; i < MEMBERS; i++) {
                String id = Registry.member(cell, "Đặng Văn Sự Cố " + (i + 1), i % 2 == 0 ? "MALE" : "FEMALE",
                        admitted, null);
                members.add(id);
            }
            for (String id : members) {
                Registry.makeFull(id, admitted.plusMonths(12));
            }
        } finally {
            kafka.startAgain();
        }

        // every member, now full, reaches the congress read model
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> given().baseUri(congress).auth().oauth2(admin)
                .get("/organisations/" + cell + "/election-structure").then().statusCode(200)
                .body("fullMembers", equalTo(MEMBERS))
                .body("probationaryMembers", equalTo(0)));

        // on the topic: per member, registered before made-full (duplicates from a retried batch allowed)
        Map<String, List<String>> typesByMember = new HashMap<>();
        Map<String, List<String>> idsByMember = new HashMap<>();
        Set<String> memberIds = new LinkedHashSet<>(members);
        try (TopicReader reader = TopicReader.of(stack.kafkaBootstrapServers(), "registry.members.v1")) {
            List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> memberIds.contains(r.key()),
                    2 * MEMBERS, Duration.ofSeconds(60));
            for (ConsumerRecord<String, String> r : records) {
                String eventId = TopicReader.header(r, "ce_id");
                List<String> ids = idsByMember.computeIfAbsent(r.key(), k -> new ArrayList<>());
                if (!ids.contains(eventId)) {
                    ids.add(eventId);
                    typesByMember.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(TopicReader.header(r, "ce_type"));
                }
            }
        }
        for (String member : members) {
            assertEquals(List.of("vn.dangbo.registry.member.registered.v1", "vn.dangbo.registry.member.made-full.v1"),
                    typesByMember.get(member), "order of the events of member " + member);
        }

        // in congress: each event applied exactly once, in the same order per member
        List<String> allEventIds = idsByMember.values().stream().flatMap(List::stream).toList();
        try (Connection db = SystemUnderTest.database("congress");
             PreparedStatement query = db.prepareStatement(
                     "select event_id, count(*) over (partition by event_id) as times, "
                             + "row_number() over (order by received_at, event_id) as position "
                             + "from inbox_event where event_id = any (?)")) {
            Array eventIds = db.createArrayOf("varchar", allEventIds.toArray());
            query.setArray(1, eventIds);
            Map<String, Long> position = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    assertEquals(1, rs.getInt("times"), "event " + rs.getString("event_id") + " applied once");
                    position.put(rs.getString("event_id"), rs.getLong("position"));
                }
            }
            assertEquals(2 * MEMBERS, position.size(), "every event of the outage reached congress");
            for (String member : members) {
                List<String> ids = idsByMember.get(member);
                assertTrue(position.get(ids.get(0)) < position.get(ids.get(1)),
                        "member " + member + ": registered applied before made-full");
            }
        }
    }
}

package vn.dangbo.registry;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.kit.messaging.OutboxRelay;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The transactional outbox seen from outside: delivered once, in order per key, then pruned once delivered. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class OutboxTest {

    @Inject
    OutboxRelay relay;

    @Test
    void concurrentRelaysLikeSeveralReplicasDeliverEachEventOnce() throws Exception {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        UUID cell = organisation(organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Giáo dục", "ĐU"),
                "CELL", "Chi bộ Phòng Giáo dục mầm non", "CB");
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> relaying = new ArrayList<>();
            Set<String> members = new HashSet<>();
            for (int i = 0; i < 40; i++) {
                members.add(registerMember(admin(), memberBody(cell, "Phùng Thị Ngọc " + i, true)).statusCode(201)
                        .extract().path("id"));
                Callable<Integer> replica = relay::relayBatch;
                relaying.add(replicas.submit(replica));
            }
            for (Future<Integer> f : relaying) {
                f.get();
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);

            try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                    "registry.members.v1")) {
                List<ConsumerRecord<String, String>> records = reader.awaitRecords(r -> members.contains(r.key()),
                        members.size(), Duration.ofSeconds(30));
                Map<String, Integer> perEvent = new HashMap<>();
                for (ConsumerRecord<String, String> r : records) {
                    perEvent.merge(TopicReader.header(r, "ce_id"), 1, Integer::sum);
                }
                assertEquals(members.size(), perEvent.size(), "one event per registered member");
                perEvent.forEach((id, times) -> assertEquals(1, times, "event " + id + " sent once"));
            }
        } finally {
            replicas.shutdownNow();
        }
    }

    @Test
    void deliveredEventsArePrunedAndPendingOnesKept() throws Exception {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);
        UUID committee;
        try (Connection otherReplica = RealInfrastructure.postgres().connect("registry")) {
            // another replica holding the relay's lock: what is written meanwhile stays pending
            lockTheRelay(otherReplica);
            committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tư pháp", "ĐU");
            assertEquals(0, relay.relayBatch(), "no relaying while another replica holds the lock");
            long pendingOfCommittee = rows(otherReplica, committee, "delivered_at is null");
            assertTrue(pendingOfCommittee > 0, "the event of " + committee + " is pending");
            long pending = relay.pending();
            assertTrue(rows(otherReplica, bloc, "delivered_at is not null") > 0,
                    "the event of " + bloc + " is delivered");

            assertTrue(relay.prune(Duration.ZERO) > 0, "the delivered event of " + bloc + " is pruned");
            assertEquals(0, rows(otherReplica, bloc, "delivered_at is not null"), "it is gone");
            assertEquals(pendingOfCommittee, rows(otherReplica, committee, "delivered_at is null"),
                    "the pending event of " + committee + " is kept");
            assertEquals(pending, relay.pending());
            assertEquals(0, relay.prune(Duration.ZERO), "nothing left to prune");
        } // the session ends, and with it the lock
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                "registry.organisations.v1")) {
            reader.awaitRecord(r -> committee.toString().equals(r.key()), Duration.ofSeconds(30));
        }
    }

    /** The relay's advisory lock, held by this session until it ends. */
    private static void lockTheRelay(Connection session) throws SQLException {
        try (Statement statement = session.createStatement()) {
            statement.execute("select pg_advisory_lock(" + OutboxRelay.RELAY_LOCK + ")");
        }
    }

    private static long rows(Connection session, UUID subject, String condition) throws SQLException {
        try (PreparedStatement query = session.prepareStatement(
                "select count(*) from outbox_event where subject = ? and " + condition)) {
            query.setString(1, subject.toString());
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}

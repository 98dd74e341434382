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

/** The transactional outbox seen from outside: delivered once, in order per key, then pruned. */
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
    void deliveredEventsArePrunedAndPendingOnesKept() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        await().atMost(Duration.ofSeconds(30)).until(() -> relay.pending() == 0);
        assertTrue(relay.prune(Duration.ZERO) > 0, "the delivered event of " + bloc + " is pruned");
        assertEquals(0, relay.prune(Duration.ZERO), "nothing left to prune");
        assertEquals(0, relay.pending());
    }
}

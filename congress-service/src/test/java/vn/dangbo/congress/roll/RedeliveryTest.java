package vn.dangbo.congress.roll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.congress.RegistryFixtures.ORDERED_PARTITION;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RegistryFixtures.Sent;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Kafka delivers at least once: an event seen again (same ce_id) is recognised by the inbox and changes nothing. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class RedeliveryTest {

    @Inject
    EntityManager entityManager;

    @Test
    void theSameEventDeliveredTwiceIsCountedOnce() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org cell = RegistryFixtures.organisation(bloc, "GRASSROOTS_CELL", "Chi bộ Sở Nội vụ", "CB");
        RegistryFixtures.awaitKnown(cell);

        Sent first = RegistryFixtures.member(cell, true, ORDERED_PARTITION);
        // the same record again, as after a consumer crash before its offset was committed
        RegistryFixtures.send(RegistryFixtures.MEMBERS_TOPIC, ORDERED_PARTITION,
                RegistryFixtures.event(RegistryFixtures.MEMBER_REGISTERED, first.key(), first.data())
                        .withId(first.eventId()));
        // the same event id once more, even under another key and with other data: the id decides
        UUID otherMember = UUID.randomUUID();
        RegistryFixtures.memberEvent(first.eventId(), otherMember, cell, true, 0, ORDERED_PARTITION);
        // a new event behind them on the same partition: once it counts, the duplicates were read
        RegistryFixtures.member(cell, false, ORDERED_PARTITION);

        RegistryFixtures.awaitCounts(cell, 1, 1);
        assertEquals(1L, inboxRows(first.eventId()));
        assertEquals(0L, rollRows(otherMember));
    }

    private long inboxRows(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from inbox_event where event_id = :id")
                .setParameter("id", eventId).getSingleResult()).longValue());
    }

    private long rollRows(UUID memberId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from member_roll where id = :id")
                .setParameter("id", memberId).getSingleResult()).longValue());
    }
}

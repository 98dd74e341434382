package vn.dangbo.congress.roll;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.congress.RegistryFixtures.ORDERED_PARTITION;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** A record that can never be applied goes to congress.dlq.v1 with its reason, and the records behind it still flow. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class PoisonMessageTest {

    private static final String DLQ = "congress.dlq.v1";

    @Test
    void aRecordWithoutCloudEventsHeadersGoesToTheDeadLetterTopic() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        RegistryFixtures.awaitKnown(bloc);
        String poisonKey = "poison-" + UUID.randomUUID();
        RegistryFixtures.sendRaw(RegistryFixtures.ORGANISATIONS_TOPIC, ORDERED_PARTITION, poisonKey,
                "{\"organisation\":{}}");
        Org next = RegistryFixtures.unpublished(bloc, "GRASSROOTS_CELL", "Chi bộ Sở Y tế", "CB");
        // on the poisoned partition, so it is read after the poison
        RegistryFixtures.sendOrganisationCreated(next, "ACTIVE", 0, ORDERED_PARTITION);

        ConsumerRecord<String, String> dead = deadLetter(poisonKey);
        assertThat(TopicReader.header(dead, "dead-letter-reason"), containsString("CloudEvents"));
        assertEquals(RegistryFixtures.ORGANISATIONS_TOPIC, TopicReader.header(dead, "dead-letter-topic"));
        RegistryFixtures.awaitKnown(next);
    }

    @Test
    void aRecordWhoseDataIsNotJsonGoesToTheDeadLetterTopic() {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối");
        Org cell = RegistryFixtures.organisation(bloc, "GRASSROOTS_CELL", "Chi bộ Sở Tài chính", "CB");
        RegistryFixtures.awaitKnown(cell);
        String poisonKey = UUID.randomUUID().toString();
        RegistryFixtures.send(RegistryFixtures.MEMBERS_TOPIC, ORDERED_PARTITION,
                RegistryFixtures.event(RegistryFixtures.MEMBER_REGISTERED, poisonKey,
                        "<member>không phải JSON</member>"));
        RegistryFixtures.member(cell, true, ORDERED_PARTITION);

        ConsumerRecord<String, String> dead = deadLetter(poisonKey);
        assertThat(TopicReader.header(dead, "dead-letter-reason"), containsString("not JSON"));
        assertEquals("<member>không phải JSON</member>", dead.value());
        RegistryFixtures.awaitCounts(cell, 1, 0);
    }

    private static ConsumerRecord<String, String> deadLetter(String key) {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), DLQ)) {
            ConsumerRecord<String, String> dead = reader.awaitRecord(r -> key.equals(r.key()), Duration.ofSeconds(60));
            assertThat(TopicReader.header(dead, "dead-letter-reason"), notNullValue());
            return dead;
        }
    }
}

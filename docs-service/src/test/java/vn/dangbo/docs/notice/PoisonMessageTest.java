package vn.dangbo.docs.notice;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.dangbo.docs.CongressFixtures;
import vn.dangbo.docs.CongressFixtures.Congress;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** A record that can never be applied goes to docs.dlq.v1 with its reason, and the records behind it still flow. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class PoisonMessageTest {

    private static final String DLQ = "docs.dlq.v1";
    private static final OffsetDateTime TIME = OffsetDateTime.parse("2020-03-01T02:00:00Z");

    @Test
    void aRecordWithoutCloudEventsHeadersGoesToTheDeadLetterTopic() {
        String poisonKey = "poison-" + UUID.randomUUID();
        CongressFixtures.sendRaw(CongressFixtures.ORDERED_PARTITION, poisonKey, "{\"congress\":{}}");
        Congress next = CongressFixtures.cellCongress(CongressFixtures.committee("Đảng bộ Sở Công Thương"),
                "Chi bộ Phòng Quản lý công nghiệp", LocalDate.of(2020, 3, 20));
        CongressFixtures.scheduled(next, TIME); // on the poisoned partition, so read after the poison

        ConsumerRecord<String, String> dead = deadLetter(poisonKey);
        assertThat(TopicReader.header(dead, "dead-letter-reason"), containsString("CloudEvents"));
        assertEquals(CongressFixtures.TOPIC, TopicReader.header(dead, "dead-letter-topic"));
        CongressFixtures.awaitDocuments(next.id().toString(), 1);
    }

    @Test
    void aScheduledEventBreakingTheContractGoesToTheDeadLetterTopic() {
        String poisonKey = UUID.randomUUID().toString();
        String data = "{\"congress\":{\"id\":\"" + poisonKey + "\",\"organisationName\":\"Chi bộ Phòng Kế toán\"}}";
        CongressFixtures.send(CongressFixtures.ORDERED_PARTITION,
                CongressFixtures.event(CongressFixtures.SCHEDULED, poisonKey, data).withTime(TIME));
        Congress next = CongressFixtures.cellCongress(CongressFixtures.committee("Đảng bộ Sở Giao thông"),
                "Chi bộ Phòng Vận tải", LocalDate.of(2020, 3, 20));
        CongressFixtures.scheduled(next, TIME);

        ConsumerRecord<String, String> dead = deadLetter(poisonKey);
        assertThat(TopicReader.header(dead, "dead-letter-reason"), containsString("lacks"));
        assertEquals(data, dead.value());
        CongressFixtures.awaitDocuments(next.id().toString(), 1);
        assertEquals(0, CongressFixtures.documents(RealInfrastructure.tokens().admin(), poisonKey).size());
    }

    private static ConsumerRecord<String, String> deadLetter(String key) {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), DLQ)) {
            ConsumerRecord<String, String> dead = reader.awaitRecord(r -> key.equals(r.key()), Duration.ofSeconds(60));
            assertThat(TopicReader.header(dead, "dead-letter-reason"), notNullValue());
            return dead;
        }
    }
}

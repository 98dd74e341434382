package vn.dangbo.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reader the topic and user checks rest on, on a planted module: every form of publication the services use is
 * found, what only looks like one is not, and the configuration is read as SmallRye Kafka reads it in prod.
 */
class CodeTopicsTest {

    @TempDir
    Path module;

    @Test
    void readsPublicationsChannelsDeadLettersAndGroupsAsTheServiceRuns() throws IOException {
        write("src/main/java/x/a/OrderEvents.java", """
                package x.a;
                /** Published on {@code "orders.javadoc.v1"}: a comment is no publication. */
                public final class OrderEvents {
                    public static final String TOPIC = "orders.orders.v1";
                    static final String PREFIX = "orders.";
                    public static final String SNAPSHOT_TOPIC = PREFIX + "orders.snapshot.v1";
                    public static final class Lines {
                        public static final String TOPIC = "orders.lines.v1";
                    }
                }
                """);
        write("src/main/java/x/b/Orders.java", """
                package x.b;
                import static x.a.OrderEvents.SNAPSHOT_TOPIC;
                import x.a.OrderEvents;
                class Orders {
                    static final String QUERY = \"""
                        select '{' from orders where note = "{"
                        \""";
                    void change() {
                        changes.record(Change.of(id)
                                .event(OrderEvents.TOPIC, "created", () -> new Created(
                                        Map.of("a", "b"), "(")) // a parenthesis in a string
                                .snapshot(SNAPSHOT_TOPIC, "snapshot", () -> state));
                        events.publish(OrderEvents.Lines.TOPIC, "line", id, line);
                        outbox.publishTombstone("orders.gone.v1", "gone", id);
                        // outbox.publish("orders.commented.v1", "t", id, data);
                        /* outbox.publish("orders.blocked.v1", "t", id, data); */
                        publication.publish(context.order(), election, "t", data); // not a topic
                        scheduling.event(movementId, eventId);
                        String url = "http://example.org/a"; outbox.publish("orders.after-url.v1", "t", id, d);
                    }
                }
                """);
        write("src/main/resources/application.properties", """
                quarkus.application.name=order-service
                mp.messaging.incoming.payments.connector=smallrye-kafka
                mp.messaging.incoming.payments.topic=payments.payments.v1
                mp.messaging.incoming.payments.dead-letter-queue.topic=orders.dlq.v1
                mp.messaging.incoming.payments.partitions=2
                %dev.mp.messaging.incoming.payments.topic=payments.dev-only.v1
                %prod.mp.messaging.incoming.refunds.topic=${REFUNDS_TOPIC:payments.refunds.v1}
                mp.messaging.incoming.refunds.failure-strategy=dead-letter-queue
                mp.messaging.incoming.refunds.group.id=order-refunds
                mp.messaging.incoming.stock.connector=smallrye-kafka
                mp.messaging.outgoing.audit.topic=orders.audit.v1
                """);

        CodeTopics.Service service = CodeTopics.read("order-service", module);

        assertEquals(Set.of("orders.orders.v1", "orders.orders.snapshot.v1", "orders.lines.v1", "orders.gone.v1",
                "orders.after-url.v1", "orders.audit.v1"), service.produced());
        assertEquals(Set.of("orders.orders.snapshot.v1", "orders.gone.v1"), service.snapshots());
        assertEquals(Set.of("payments.payments.v1", "payments.refunds.v1", "stock"), service.consumed(),
                "the prod profile and its defaults; a channel without a topic reads the topic of its name");
        assertEquals(Set.of("orders.dlq.v1", "dead-letter-topic-refunds"), service.deadLetters());
        assertEquals(Set.of("order-service", "order-refunds"), service.groups());
        assertEquals(Map.of("payments.payments.v1", 2, "payments.refunds.v1", 1, "stock", 1),
                service.consumersPerReplica());
        assertTrue(service.topicConstants().containsAll(Set.of("orders.orders.v1", "orders.lines.v1")));
    }

    @Test
    void aConstantPassedWhereATopicGoesThatIsNoTopicFailsTheReader() throws IOException {
        write("src/main/java/x/Odd.java", """
                class Odd {
                    static final String KIND = "Created";
                    void change() { outbox.publish(KIND, "t", id, data); }
                }
                """);
        write("src/main/resources/application.properties", "quarkus.application.name=odd\n");
        AssertionError error = assertThrows(AssertionError.class, () -> CodeTopics.read("odd", module));
        assertTrue(error.getMessage().contains("KIND = \"Created\""), error.getMessage());
    }

    private void write(String path, String text) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}

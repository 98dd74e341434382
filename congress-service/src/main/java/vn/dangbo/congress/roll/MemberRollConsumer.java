package vn.dangbo.congress.roll;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/** Applies {@code registry.members.v1} to the member roll, each event once, in partition order. */
@ApplicationScoped
public class MemberRollConsumer {

    static final String CONSUMER = "congress.member-roll";

    private final IdempotentConsumer idempotent;
    private final MemberRoll roll;

    public MemberRollConsumer(IdempotentConsumer idempotent, MemberRoll roll) {
        this.idempotent = idempotent;
        this.roll = roll;
    }

    @Incoming("registry-members")
    @Blocking
    public void onMemberEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, roll::apply);
    }
}

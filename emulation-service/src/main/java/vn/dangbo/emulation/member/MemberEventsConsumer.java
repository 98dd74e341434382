package vn.dangbo.emulation.member;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/** Applies {@code registry.members.v1} to the member directory, each event once, in partition order. */
@ApplicationScoped
public class MemberEventsConsumer {

    static final String CONSUMER = "emulation.members";

    private final IdempotentConsumer idempotent;
    private final MemberDirectory directory;

    public MemberEventsConsumer(IdempotentConsumer idempotent, MemberDirectory directory) {
        this.idempotent = idempotent;
        this.directory = directory;
    }

    @Incoming("registry-members")
    @Blocking
    public void onMemberEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, directory::apply);
    }
}

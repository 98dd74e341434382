package vn.dangbo.docs.notice;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/**
 * Applies {@code congress.congresses.v1}, each event once: a scheduled congress gets its notice, its programme and,
 * when all members attend, its attendee list.
 */
@ApplicationScoped
public class CongressConsumer {

    static final String CONSUMER = "docs.congresses";

    private final IdempotentConsumer idempotent;
    private final CongressNoticeService notices;

    public CongressConsumer(IdempotentConsumer idempotent, CongressNoticeService notices) {
        this.idempotent = idempotent;
        this.notices = notices;
    }

    @Incoming("congress-congresses")
    @Blocking
    public void onCongressEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, notices::apply);
    }
}

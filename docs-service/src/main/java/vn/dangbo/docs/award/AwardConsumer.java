package vn.dangbo.docs.award;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/**
 * Applies {@code emulation.awards.v1}, each event once: a decided award gets its decision and certificates, an
 * award proposed to a higher body its submission.
 */
@ApplicationScoped
public class AwardConsumer {

    static final String CONSUMER = "docs.awards";

    private final IdempotentConsumer idempotent;
    private final AwardDocumentService documents;

    public AwardConsumer(IdempotentConsumer idempotent, AwardDocumentService documents) {
        this.idempotent = idempotent;
        this.documents = documents;
    }

    @Incoming("emulation-awards")
    @Blocking
    public void onAwardEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, documents::apply);
    }
}

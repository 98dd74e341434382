package vn.dangbo.emulation.award;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/** Applies {@code docs.documents.v1} to the awards (decision and certificate numbers), each event once. */
@ApplicationScoped
public class DocsDocumentsConsumer {

    static final String CONSUMER = "emulation.docs-documents";

    private final IdempotentConsumer idempotent;
    private final AwardDocuments documents;

    public DocsDocumentsConsumer(IdempotentConsumer idempotent, AwardDocuments documents) {
        this.idempotent = idempotent;
        this.documents = documents;
    }

    @Incoming("docs-documents")
    @Blocking
    public void onDocumentEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, documents::apply);
    }
}

package vn.dangbo.emulation.document;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/**
 * Applies {@code docs.documents.v1} to every feature that waits on a document (award decision and certificate
 * numbers, invitation batches), each event once: one inbox entry per event, whichever feature it concerns.
 */
@ApplicationScoped
public class DocsDocumentsConsumer {

    static final String CONSUMER = "emulation.docs-documents";

    private final IdempotentConsumer idempotent;
    private final List<IssuedDocuments> features;

    public DocsDocumentsConsumer(IdempotentConsumer idempotent, Instance<IssuedDocuments> features) {
        this.idempotent = idempotent;
        this.features = features.stream().toList();
    }

    @Incoming("docs-documents")
    @Blocking
    public void onDocumentEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, event -> features.forEach(f -> f.apply(event)));
    }
}

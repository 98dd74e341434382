package vn.dangbo.congress.documents;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/** Applies {@code docs.documents.v1} to the congresses' checklists, each event once. */
@ApplicationScoped
public class DocsDocumentsConsumer {

    static final String CONSUMER = "congress.docs-documents";

    private final IdempotentConsumer idempotent;
    private final DocumentSubmission submission;

    public DocsDocumentsConsumer(IdempotentConsumer idempotent, DocumentSubmission submission) {
        this.idempotent = idempotent;
        this.submission = submission;
    }

    @Incoming("docs-documents")
    @Blocking
    public void onDocumentEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, submission::apply);
    }
}

package vn.dangbo.docs.election;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/**
 * Applies {@code congress.elections.v1}, each event once: an approved list gets its ballots, a declared result its
 * counting minutes, the congress' submitted results the submission for approval and the minutes' election part.
 */
@ApplicationScoped
public class ElectionConsumer {

    static final String CONSUMER = "docs.elections";

    private final IdempotentConsumer idempotent;
    private final ElectionDocumentService documents;

    public ElectionConsumer(IdempotentConsumer idempotent, ElectionDocumentService documents) {
        this.idempotent = idempotent;
        this.documents = documents;
    }

    @Incoming("congress-elections")
    @Blocking
    public void onElectionEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, documents::apply);
    }
}

package vn.dangbo.registry.approval;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/**
 * Applies congress-service's {@code congress.elections.v1}, each event once, in the congress' order: an approval of
 * the results (chuẩn y) gives the elected their positions; the other election events are ignored.
 */
@ApplicationScoped
public class ResultsApprovedConsumer {

    static final String CONSUMER = "registry.results-approvals";

    private final IdempotentConsumer idempotent;
    private final ResultsApprovals approvals;

    public ResultsApprovedConsumer(IdempotentConsumer idempotent, ResultsApprovals approvals) {
        this.idempotent = idempotent;
        this.approvals = approvals;
    }

    @Incoming("congress-elections")
    @Blocking
    public void onElectionEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, approvals::apply);
    }
}

package vn.dangbo.congress.roll;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/**
 * Keeps the organisation tree ({@code known_organisation}, the kit's {@code OrganisationDirectory}) from
 * {@code registry.organisations.v1}, each event once, in partition order.
 */
@ApplicationScoped
public class OrganisationConsumer {

    static final String CONSUMER = "congress.organisation-directory";

    private final IdempotentConsumer idempotent;
    private final OrganisationTree tree;

    public OrganisationConsumer(IdempotentConsumer idempotent, OrganisationTree tree) {
        this.idempotent = idempotent;
        this.tree = tree;
    }

    @Incoming("registry-organisations")
    @Blocking
    public void onOrganisationEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, tree::apply);
    }
}

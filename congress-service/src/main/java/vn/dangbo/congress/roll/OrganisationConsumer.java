package vn.dangbo.congress.roll;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * Keeps the organisation tree ({@code known_organisation}, the kit's {@link OrganisationDirectory}) from
 * {@code registry.organisations.v1}, each event once, in partition order.
 */
@ApplicationScoped
public class OrganisationConsumer {

    static final String CONSUMER = "congress.organisation-directory";

    private final IdempotentConsumer idempotent;
    private final OrganisationDirectory directory;

    public OrganisationConsumer(IdempotentConsumer idempotent, OrganisationDirectory directory) {
        this.idempotent = idempotent;
        this.directory = directory;
    }

    @Incoming("registry-organisations")
    @Blocking
    public void onOrganisationEvent(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, directory::apply);
    }
}

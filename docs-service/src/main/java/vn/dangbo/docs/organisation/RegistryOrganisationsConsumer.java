package vn.dangbo.docs.organisation;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * Keeps the registry's organisation tree ({@code registry.organisations.v1}) through the kit's
 * {@link OrganisationDirectory}, which is what tells whether an officer may issue for an organisation. Each event is
 * applied once (inbox); a record that can never be applied goes to {@code docs.dlq.v1}.
 */
@ApplicationScoped
public class RegistryOrganisationsConsumer {

    public static final String CONSUMER = "docs.organisations";
    public static final String CHANNEL = "registry-organisations";

    private final IdempotentConsumer idempotent;
    private final OrganisationDirectory directory;

    public RegistryOrganisationsConsumer(IdempotentConsumer idempotent, OrganisationDirectory directory) {
        this.idempotent = idempotent;
        this.directory = directory;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, directory::apply);
    }
}

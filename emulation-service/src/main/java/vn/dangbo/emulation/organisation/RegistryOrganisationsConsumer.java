package vn.dangbo.emulation.organisation;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * Keeps the registry's organisation tree ({@code registry.organisations.v1}) in {@code known_organisation},
 * through the kit's {@link OrganisationDirectory}. Each event is applied exactly once (inbox); an event
 * type the directory does not know is recorded and ignored; a record that can never be applied goes to the
 * dead-letter topic {@code emulation.dlq.v1}.
 */
@ApplicationScoped
public class RegistryOrganisationsConsumer {

    /** The inbox name of this consumer. */
    public static final String CONSUMER = "emulation.organisations";
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

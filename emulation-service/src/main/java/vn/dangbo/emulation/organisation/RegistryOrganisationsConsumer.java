package vn.dangbo.emulation.organisation;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import vn.dangbo.kit.messaging.IdempotentConsumer;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.organisation.OrganisationDirectory;

/**
 * Keeps the registry's organisation tree ({@code registry.organisations.v1}) in {@code known_organisation},
 * through the kit's {@link OrganisationDirectory}. Each event is applied exactly once (inbox); an event
 * type this service does not know is recorded and ignored; a record that can never be applied goes to the
 * dead-letter topic {@code emulation.dlq.v1}.
 */
@ApplicationScoped
public class RegistryOrganisationsConsumer {

    /** The inbox name of this consumer. */
    public static final String CONSUMER = "emulation.organisations";
    public static final String CHANNEL = "registry-organisations";
    public static final String ORGANISATION_CREATED = "vn.dangbo.registry.organisation.created.v1";

    /** Every one of these carries the organisation's whole state, which the directory upserts. */
    static final Set<String> APPLIED_TYPES = Set.of(ORGANISATION_CREATED);

    private static final Logger LOG = Logger.getLogger(RegistryOrganisationsConsumer.class);

    private final IdempotentConsumer idempotent;
    private final OrganisationDirectory directory;

    public RegistryOrganisationsConsumer(IdempotentConsumer idempotent, OrganisationDirectory directory) {
        this.idempotent = idempotent;
        this.directory = directory;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, this::apply);
    }

    private void apply(IncomingEvent event) {
        if (!APPLIED_TYPES.contains(event.type())) {
            LOG.debugf("%s: event %s of type %s is not used here; recorded and ignored", CONSUMER, event.id(),
                    event.type());
            return;
        }
        directory.apply(event);
    }
}

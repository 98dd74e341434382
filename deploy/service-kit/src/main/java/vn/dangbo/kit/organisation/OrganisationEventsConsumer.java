package vn.dangbo.kit.organisation;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/**
 * Keeps the {@link OrganisationDirectory} of a consuming service: every record of
 * {@code registry.organisations.v1} applied once through the inbox. A service turns it on with
 * {@code dangbo.organisation-directory.enabled=true} and configures the channel {@value #CHANNEL}
 * (connector, topic, dead-letter topic); the registry, which owns the tree, leaves it off.
 */
@ApplicationScoped
@IfBuildProperty(name = "dangbo.organisation-directory.enabled", stringValue = "true")
public class OrganisationEventsConsumer {

    /** The inbox name of this consumer (one database per service, so it need not name the service). */
    public static final String CONSUMER = "organisation-directory";
    public static final String CHANNEL = "registry-organisations";

    private final IdempotentConsumer idempotent;
    private final OrganisationDirectory directory;

    public OrganisationEventsConsumer(IdempotentConsumer idempotent, OrganisationDirectory directory) {
        this.idempotent = idempotent;
        this.directory = directory;
    }

    @Incoming(CHANNEL)
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        idempotent.apply(CONSUMER, record, directory::apply);
    }
}

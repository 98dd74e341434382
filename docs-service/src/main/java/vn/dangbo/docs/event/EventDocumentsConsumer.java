package vn.dangbo.docs.event;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dangbo.kit.messaging.IdempotentConsumer;

/**
 * Applies the movement's gatherings and tournament events, each once per topic's inbox consumer: the invitations
 * ({@code emulation.invitations.v1}), the programme and the closed attendance ({@code emulation.events.v1}), the
 * schedule and the final ranking ({@code emulation.tournaments.v1}).
 */
@ApplicationScoped
public class EventDocumentsConsumer {

    static final String INVITATIONS = "docs.invitations";
    static final String EVENTS = "docs.events";
    static final String TOURNAMENTS = "docs.tournaments";

    private final IdempotentConsumer idempotent;
    private final EventDocumentService documents;

    public EventDocumentsConsumer(IdempotentConsumer idempotent, EventDocumentService documents) {
        this.idempotent = idempotent;
        this.documents = documents;
    }

    @Incoming("emulation-invitations")
    @Blocking
    public void onInvitations(ConsumerRecord<String, String> record) {
        idempotent.apply(INVITATIONS, record, documents::apply);
    }

    @Incoming("emulation-events")
    @Blocking
    public void onEvents(ConsumerRecord<String, String> record) {
        idempotent.apply(EVENTS, record, documents::apply);
    }

    @Incoming("emulation-tournaments")
    @Blocking
    public void onTournaments(ConsumerRecord<String, String> record) {
        idempotent.apply(TOURNAMENTS, record, documents::apply);
    }
}

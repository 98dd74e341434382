package vn.dangbo.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies an event exactly once: the inbox row and the effect commit together, so a redelivered event
 * changes nothing. Any exception rolls both back and reaches the channel's failure strategy (the
 * dead-letter topic), which records the reason in the record's headers.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private final Inbox inbox;
    private final ObjectMapper mapper;

    public IdempotentConsumer(Inbox inbox, ObjectMapper mapper) {
        this.inbox = inbox;
        this.mapper = mapper;
    }

    @Transactional
    public void apply(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        if (!inbox.firstDelivery(consumer, event)) {
            LOG.debugf("%s: event %s (%s) already applied", consumer, event.id(), event.type());
            return;
        }
        effect.accept(event);
    }
}

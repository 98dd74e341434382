package vn.dangbo.kit.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;

/**
 * Applies an event exactly once: the inbox row and the effect commit together, so a redelivered event
 * changes nothing. A transient database failure (lost connection, deadlock) is retried a few times; any
 * other exception reaches the channel's failure strategy (the dead-letter topic), which records the
 * reason in the record's headers.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final long[] BACKOFF_MS = {200, 1000, 5000};

    private final Inbox inbox;
    private final ObjectMapper mapper;

    public IdempotentConsumer(Inbox inbox, ObjectMapper mapper) {
        this.inbox = inbox;
        this.mapper = mapper;
    }

    public void apply(String consumer, ConsumerRecord<String, String> record, Consumer<IncomingEvent> effect) {
        IncomingEvent event = IncomingEvent.from(record, mapper);
        for (int attempt = 0; ; attempt++) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    if (!inbox.firstDelivery(consumer, event)) {
                        LOG.debugf("%s: event %s (%s) already applied", consumer, event.id(), event.type());
                        return;
                    }
                    effect.accept(event);
                });
                return;
            } catch (RuntimeException e) {
                if (attempt >= BACKOFF_MS.length || !isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s: event %s failed transiently (%s); retrying", consumer, event.id(), e.getMessage());
                pause(BACKOFF_MS[attempt]);
            }
        }
    }

    private static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof LockAcquisitionException
                    || t instanceof SQLTransientException || t instanceof SQLRecoverableException) {
                return true;
            }
        }
        return false;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying an event", interrupted);
        }
    }
}

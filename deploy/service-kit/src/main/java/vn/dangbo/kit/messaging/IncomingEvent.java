package vn.dangbo.kit.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** A binary-mode CloudEvent read from a Kafka record. */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        JsonNode data) {

    /** @throws InvalidEventException when a required attribute is missing or the data is not JSON */
    public static IncomingEvent from(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new InvalidEventException("not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        String id = required(record, CloudEventHeaders.ID);
        String type = required(record, CloudEventHeaders.TYPE);
        String source = required(record, CloudEventHeaders.SOURCE);
        String subject = header(record, CloudEventHeaders.SUBJECT);
        OffsetDateTime time = null;
        String rawTime = header(record, CloudEventHeaders.TIME);
        if (rawTime != null) {
            try {
                time = OffsetDateTime.parse(rawTime);
            } catch (DateTimeParseException e) {
                throw new InvalidEventException("ce_time is not an RFC 3339 timestamp: " + rawTime);
            }
        }
        if (isTombstone(record)) {
            throw new InvalidEventException("event " + id + " has no data (a tombstone: only a log-compacted"
                    + " snapshot topic carries those; check isTombstone first there)");
        }
        try {
            return new IncomingEvent(id, type, source, subject, time, mapper.readTree(record.value()));
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("event " + id + " data is not JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * A null-value record: on a log-compacted snapshot topic, "forget this key" (the aggregate left the
     * published state). A consumer of such a topic checks this before {@link #from} and drops its copy of
     * {@code record.key()}.
     */
    public static boolean isTombstone(ConsumerRecord<?, ?> record) {
        return record.value() == null;
    }

    private static String required(ConsumerRecord<String, String> record, String name) {
        String value = header(record, name);
        if (value == null || value.isBlank()) {
            throw new InvalidEventException("header " + name + " is missing");
        }
        return value;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** The data field at a JSON pointer, failing clearly when the producer's contract is not met. */
    public JsonNode required(String pointer) {
        JsonNode node = data.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            throw new InvalidEventException("event " + id + " (" + type + ") lacks " + pointer);
        }
        return node;
    }
}

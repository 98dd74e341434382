package vn.dangbo.testsupport.kafka;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * An event as a service's outbox relay sends it, for {@link TopicWriter}: the CloudEvents attributes become
 * binary-mode {@code ce_*} headers, the subject the record key, the data (JSON, or anything a test needs to
 * be wrong) the value. Null data is a tombstone: a null value and no {@code content-type}.
 */
public record CloudEvent(String id, String source, String type, String subject, OffsetDateTime time, String data) {

    /** A new event (random id, now) from {@code source}, e.g. {@code /dangbo/registry-service}. */
    public static CloudEvent of(String source, String type, String subject, String data) {
        return new CloudEvent(UUID.randomUUID().toString(), source, type, subject, OffsetDateTime.now(ZoneOffset.UTC),
                data);
    }

    /** The same event under another id (e.g. a redelivery, when the id was sent before). */
    public CloudEvent withId(String newId) {
        return new CloudEvent(newId, source, type, subject, time, data);
    }

    public CloudEvent withTime(OffsetDateTime newTime) {
        return new CloudEvent(id, source, type, subject, newTime, data);
    }

    /** The binary-mode Kafka headers, in the order the outbox relay writes them. */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", source);
        headers.put("ce_type", type);
        headers.put("ce_subject", subject);
        headers.put("ce_time",
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
        if (data != null) {
            headers.put("content-type", "application/json");
        }
        return headers;
    }
}

package vn.dangbo.testsupport.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dangbo.testsupport.kafka.TopicReader;

/**
 * Assertions on published events: the data against the producer's JSON Schema (draft 2020-12, formats such
 * as {@code uuid}, {@code date}, {@code date-time} asserted), and the CloudEvents 1.0 binary-mode Kafka headers.
 *
 * <p>Schemas live with their producer, in
 * {@code <producer module>/src/main/resources/META-INF/resources/events/schemas/<event type>.json};
 * consumers read the producer's file through {@link #producerSchema(String, String)} instead of copying it.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .locale(Locale.ENGLISH)
            .build();
    private static final Map<Path, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    /** RFC 3339 date-time: full date, 'T', full time with seconds, optional fraction, Z or offset. */
    private static final Pattern RFC_3339 = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})");

    private EventSchemas() {
    }

    /**
     * Validates {@code json} against the schema in {@code schemaFile}.
     *
     * @throws AssertionError listing every validation message (each names the offending location, e.g.
     *                        {@code $.member.fullName})
     */
    public static void assertValid(Path schemaFile, String json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaFile.toAbsolutePath().normalize(), EventSchemas::load);
        JsonNode document;
        try {
            document = JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + e.getMessage() + "): " + json, e);
        }
        if (document == null) {
            throw new AssertionError("no JSON document (empty input) for " + schemaFile.getFileName());
        }
        Set<ValidationMessage> messages = schema.validate(document);
        if (!messages.isEmpty()) {
            List<ValidationMessage> sorted = new ArrayList<>(messages);
            sorted.sort(Comparator.comparing((ValidationMessage m) -> String.valueOf(m.getInstanceLocation()))
                    .thenComparing(ValidationMessage::getMessage));
            StringBuilder sb = new StringBuilder();
            sb.append(messages.size()).append(" schema violation(s) against ").append(schemaFile.getFileName()).append(':');
            for (ValidationMessage m : sorted) {
                sb.append(System.lineSeparator()).append("  ").append(m.getMessage());
            }
            sb.append(System.lineSeparator()).append("document: ").append(json);
            throw new AssertionError(sb.toString());
        }
    }

    /**
     * Checks the CloudEvents 1.0 binary-mode headers of a record: {@code ce_specversion} = 1.0, {@code ce_id}
     * non-empty, {@code ce_type} and {@code ce_source} as expected, {@code ce_subject} non-empty and equal to the
     * record key, {@code ce_time} an RFC 3339 timestamp, {@code content-type} = application/json.
     *
     * @throws AssertionError naming every header that is wrong
     */
    public static void assertCloudEvent(ConsumerRecord<String, String> record, String expectedType, String expectedSource) {
        List<String> problems = new ArrayList<>();
        String specVersion = TopicReader.header(record, "ce_specversion");
        if (!"1.0".equals(specVersion)) {
            problems.add("ce_specversion is " + quote(specVersion) + ", expected \"1.0\"");
        }
        String id = TopicReader.header(record, "ce_id");
        if (id == null || id.isBlank()) {
            problems.add("ce_id is " + quote(id) + ", expected a non-empty id");
        }
        String type = TopicReader.header(record, "ce_type");
        if (!expectedType.equals(type)) {
            problems.add("ce_type is " + quote(type) + ", expected " + quote(expectedType));
        }
        String source = TopicReader.header(record, "ce_source");
        if (!expectedSource.equals(source)) {
            problems.add("ce_source is " + quote(source) + ", expected " + quote(expectedSource));
        }
        String subject = TopicReader.header(record, "ce_subject");
        if (subject == null || subject.isBlank()) {
            problems.add("ce_subject is " + quote(subject) + ", expected a non-empty subject");
        } else if (!subject.equals(record.key())) {
            problems.add("ce_subject " + quote(subject) + " differs from the record key " + quote(record.key()));
        }
        String time = TopicReader.header(record, "ce_time");
        if (time == null || !isRfc3339(time)) {
            problems.add("ce_time is " + quote(time) + ", expected an RFC 3339 timestamp");
        }
        String contentType = TopicReader.header(record, "content-type");
        if (!"application/json".equals(contentType)) {
            problems.add("content-type is " + quote(contentType) + ", expected \"application/json\"");
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("not a CloudEvents 1.0 binary-mode record (" + record.topic() + " p"
                    + record.partition() + "@" + record.offset() + "): " + String.join("; ", problems));
        }
    }

    /**
     * The schema file of {@code eventType} published by {@code producerModule} (e.g. "registry-service"):
     * {@code <repo root>/<producerModule>/src/main/resources/META-INF/resources/events/schemas/<eventType>.json}.
     * The repository root is the nearest directory, from the working directory up, holding both
     * {@code pom.xml} and {@code deploy/}.
     */
    public static Path producerSchema(String producerModule, String eventType) {
        Path file = repositoryRoot().resolve(producerModule).resolve("src/main/resources/META-INF/resources/events/schemas")
                .resolve(eventType + ".json");
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no schema for " + eventType + " in " + producerModule + ": " + file + " is missing");
        }
        return file;
    }

    /** The nearest directory from the working directory up that holds {@code pom.xml} and {@code deploy/}. */
    public static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("pom.xml")) && Files.isDirectory(p.resolve("deploy"))) {
                return p;
            }
        }
        throw new IllegalStateException("no directory with pom.xml and deploy/ above " + dir);
    }

    static boolean isRfc3339(String value) {
        if (!RFC_3339.matcher(value).matches()) {
            return false;
        }
        try {
            OffsetDateTime.parse(value.toUpperCase(Locale.ROOT));
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static JsonSchema load(Path file) {
        try {
            JsonNode node = JSON.readTree(Files.readAllBytes(file));
            return FACTORY.getSchema(file.toUri(), node, CONFIG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema " + file, e);
        }
    }

    private static String quote(String s) {
        return s == null ? "missing" : "\"" + s + "\"";
    }
}

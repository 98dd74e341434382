package vn.dangbo.testsupport.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Where personal data (national ID, phone, full birth date) could go out, read from the contracts themselves: the
 * JSON Schemas of a service's events and its OpenAPI document. A new event or response is covered the day it is
 * written: an event schema may neither describe such a field nor leave an object open to one; a response that
 * describes one must be among those whose readers are checked (admins, officers of the member's subtree).
 */
public final class PersonalData {

    /** Property names (lower case, as substrings) that hold personal data; "birthMonth" is public. */
    private static final List<String> NAMES = List.of("nationalid", "national_id", "cccd", "phone", "birthdate",
            "birth_date", "dateofbirth");

    private static final ObjectMapper JSON = new ObjectMapper();

    private PersonalData() {
    }

    /** @return true when a property of this name holds personal data */
    public static boolean isPersonal(String propertyName) {
        String name = propertyName.toLowerCase(Locale.ROOT);
        return NAMES.stream().anyMatch(name::contains);
    }

    /**
     * Every problem of the event schemas in {@code schemasDir} (each {@code *.json}): a property holding personal
     * data, or an object that accepts properties it does not describe (where a personal field could be slipped in).
     * An object may stay open only when its property names are restricted ({@code propertyNames}) or when it extends
     * a closed definition inside an {@code allOf}.
     */
    public static List<String> eventSchemaProblems(Path schemasDir) {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(schemasDir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                walk(JSON.readTree(file.toFile()), "", false, file.getFileName().toString(), problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    /** Fails naming every problem of {@link #eventSchemaProblems}; also when the directory holds no schema. */
    public static void assertEventSchemasCarryNone(Path schemasDir) {
        try (Stream<Path> files = Files.list(schemasDir)) {
            if (files.noneMatch(f -> f.toString().endsWith(".json"))) {
                throw new AssertionError("no event schema in " + schemasDir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> problems = eventSchemaProblems(schemasDir);
        if (!problems.isEmpty()) {
            throw new AssertionError("event schemas that could carry personal data:\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * The schemas of an OpenAPI document ({@code components/schemas}) that describe personal data, each with those
     * properties: {@code {"MemberResponse": ["birthDate", "nationalId", "phone"]}}.
     */
    public static Map<String, Set<String>> inOpenApi(String openApiJson) {
        JsonNode schemas;
        try {
            schemas = JSON.readTree(openApiJson).path("components").path("schemas");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Set<String>> found = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> schema = it.next();
            Set<String> personal = new TreeSet<>();
            collect(schema.getValue(), personal);
            if (!personal.isEmpty()) {
                found.put(schema.getKey(), personal);
            }
        }
        return found;
    }

    private static void collect(JsonNode node, Set<String> personal) {
        if (node.isObject()) {
            node.path("properties").fieldNames().forEachRemaining(name -> {
                if (isPersonal(name)) {
                    personal.add(name);
                }
            });
            node.forEach(child -> collect(child, personal));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, personal));
        }
    }

    private static void walk(JsonNode node, String pointer, boolean extendsClosedDefinition, String file,
            List<String> problems) {
        if (node.isArray()) {
            boolean allOfWithRef = false;
            for (JsonNode part : node) {
                allOfWithRef |= part.has("$ref");
            }
            int i = 0;
            for (JsonNode part : node) {
                walk(part, pointer + "/" + i++, allOfWithRef && pointer.endsWith("/allOf"), file, problems);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        JsonNode properties = node.path("properties");
        properties.fieldNames().forEachRemaining(name -> {
            if (isPersonal(name)) {
                problems.add(file + " " + pointer + "/properties/" + name + ": personal data");
            }
        });
        boolean describesAnObject = properties.isObject() || "object".equals(node.path("type").asText());
        boolean closed = node.path("additionalProperties").isBoolean()
                && !node.path("additionalProperties").asBoolean();
        if (describesAnObject && !closed && !node.has("propertyNames") && !extendsClosedDefinition) {
            problems.add(file + " " + (pointer.isEmpty() ? "/" : pointer)
                    + ": an object open to properties it does not describe (additionalProperties: false)");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> child = it.next();
            if (!child.getKey().equals("enum") && !child.getKey().equals("const")
                    && !child.getKey().equals("examples")) {
                walk(child.getValue(), pointer + "/" + child.getKey(), false, file, problems);
            }
        }
    }
}

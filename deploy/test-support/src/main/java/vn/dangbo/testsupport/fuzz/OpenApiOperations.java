package vn.dangbo.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The operations of an OpenAPI 3 document (JSON), their parameters and request bodies with {@code $ref}s resolved. */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A path, query or header parameter. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One operation; {@code bodies} maps each accepted content type to its (resolved) schema. */
    public record Operation(String method, String path, List<Parameter> parameters, Map<String, JsonNode> bodies) {

        public String key() {
            return method + " " + path;
        }

        public boolean mutates() {
            return !method.equals("GET");
        }

        public JsonNode jsonSchema() {
            for (Map.Entry<String, JsonNode> body : bodies.entrySet()) {
                if (body.getKey().contains("json")) {
                    return body.getValue();
                }
            }
            return null;
        }
    }

    private final JsonNode document;

    private OpenApiOperations(JsonNode document) {
        this.document = document;
    }

    /** Every operation of the document, sorted by path then method, so a seed means the same requests. */
    public static List<Operation> parse(String json) {
        try {
            return new OpenApiOperations(JSON.readTree(json)).operations();
        } catch (IOException e) {
            throw new UncheckedIOException("not an OpenAPI JSON document", e);
        }
    }

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        JsonNode paths = document.path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            List<JsonNode> shared = list(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Parameter> parameters = new ArrayList<>();
                List<JsonNode> declared = new ArrayList<>(shared);
                declared.addAll(list(op.getValue().path("parameters")));
                for (JsonNode p : declared) {
                    JsonNode parameter = resolve(p);
                    parameters.add(new Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                            parameter.path("required").asBoolean(false), resolve(parameter.path("schema"))));
                }
                Map<String, JsonNode> bodies = new LinkedHashMap<>();
                JsonNode content = resolve(op.getValue().path("requestBody")).path("content");
                for (Iterator<Map.Entry<String, JsonNode>> types = content.fields(); types.hasNext();) {
                    Map.Entry<String, JsonNode> type = types.next();
                    bodies.put(type.getKey(), resolveDeep(type.getValue().path("schema"), 0));
                }
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters, bodies));
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::method));
        return operations;
    }

    private JsonNode resolve(JsonNode node) {
        int hops = 0;
        while (node.has("$ref") && hops++ < 10) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return JSON.createObjectNode();
            }
            node = document.at(ref.substring(1));
        }
        return node;
    }

    /** Inlines {@code $ref}s and the first branch of {@code allOf}/{@code oneOf}/{@code anyOf}, to a bounded depth. */
    private JsonNode resolveDeep(JsonNode schema, int depth) {
        JsonNode node = resolve(schema);
        if (depth > 6 || !node.isObject()) {
            return node;
        }
        ObjectNode copy = ((ObjectNode) node).deepCopy();
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (copy.has(combinator)) {
                ObjectNode merged = JSON.createObjectNode();
                for (JsonNode part : list(copy.remove(combinator))) {
                    JsonNode resolved = resolveDeep(part, depth + 1);
                    if (resolved.isObject()) {
                        merged.setAll((ObjectNode) resolved);
                    }
                    if (!combinator.equals("allOf")) {
                        break;
                    }
                }
                merged.setAll(copy);
                copy = merged;
            }
        }
        if (copy.has("properties")) {
            ObjectNode properties = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = copy.get("properties").fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> p = it.next();
                properties.set(p.getKey(), resolveDeep(p.getValue(), depth + 1));
            }
            copy.set("properties", properties);
        }
        if (copy.has("items")) {
            copy.set("items", resolveDeep(copy.get("items"), depth + 1));
        }
        return copy;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(nodes::add);
        }
        return nodes;
    }

    /** The first non-null JSON Schema type of a schema ({@code type} may be an array in OpenAPI 3.1). */
    static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
            return "null";
        }
        if (type.isTextual()) {
            return type.asText();
        }
        if (schema.has("properties")) {
            return "object";
        }
        if (schema.has("enum")) {
            return "string";
        }
        return "";
    }
}

package vn.dangbo.testsupport.fuzz;

import static vn.dangbo.testsupport.fuzz.OpenApiOperations.typeOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import vn.dangbo.testsupport.fuzz.OpenApiOperations.Operation;
import vn.dangbo.testsupport.fuzz.OpenApiOperations.Parameter;

/**
 * Malformed requests for the operations of an OpenAPI document, each a pure function of (seed, index): request
 * {@code i} goes to operation {@code i mod n} and is built from {@code new Random(seed, i)} alone, so a failing
 * request is reproduced by its seed and index. A request starts from a valid-looking one (values from the schema,
 * path ids from {@code knownValues} when given) and breaks one thing.
 */
public final class MalformedRequests {

    /** What a request does wrong. The field-aiming ones name the body field they break. */
    public enum Mutation {
        MISSING_FIELD(true), EXTRA_FIELD(true), WRONG_TYPE(true), UNKNOWN_ENUM(true), HUGE_NUMBER(true),
        OUT_OF_RANGE_NUMBER(true), LONG_STRING(true), BAD_DATE_FIELD(true), DECOMPOSED_VIETNAMESE(true),
        CONTROL_CHARACTERS(true), SQL_TEXT(true), PATH_TRAVERSAL_TEXT(true), INVALID_UTF8(false),
        INVALID_JSON(false), WRONG_ROOT(false), DEEP_NESTING(false), HUGE_BODY(false), EMPTY_BODY(false),
        WRONG_CONTENT_TYPE(false), MISSING_CONTENT_TYPE(false), GARBAGE_FILE(false), BAD_PATH_ID(false),
        UNKNOWN_PATH_ID(false), BAD_QUERY(false), BAD_IF_MATCH(false);

        final boolean aimsAtField;

        Mutation(boolean aimsAtField) {
            this.aimsAtField = aimsAtField;
        }
    }

    static final int ONE_MB = 1 << 20;
    static final int HUGE = 3 * ONE_MB;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] NAMES = {"Nguyễn Văn Ánh", "Lò Thị Páo", "Đảng bộ Khối kiểm thử", "Chi bộ Ước Lệ",
        "Hoàng Thị Thúy Hằng"};
    static final String[] SQL = {"' OR '1'='1", "1; DROP TABLE member; --", "x' UNION SELECT current_user --",
        "'); DELETE FROM outbox; --", "\\'; truncate audit_entry; --"};
    static final String[] TRAVERSAL = {"../../../../etc/passwd", "..\\..\\windows\\win.ini", "%2e%2e%2f%2e%2e%2fetc",
        "/etc/shadow", "....//....//etc/hosts"};
    static final String[] CONTROL = {"a\u0000b", "\u0001\u0002\u0003", "tab\tnew\nline\r", "\u001b[31mred",
        "\u202eđảo ngược", "\u0000", "\ufeffbom", "\ud83d\ude00 emoji"};
    private static final String[] BAD_IDS = {"not-a-uuid", "0", "-1", "..%2F..%2Fetc%2Fpasswd", "%00",
        "00000000-0000-0000-0000-00000000000g", "1%27%20OR%20%271%27%3D%271", "%E2%80%AE", "99999999999999999999999",
        "x".repeat(3000), "%C3%28", "null", "2024-02-30"};
    private static final String[] BAD_DATES = {"2024-02-30", "2024-13-01", "99999-01-01", "0000-00-00", "20240101",
        "01/02/2024", "2024-01-01T25:00", "-1000000000-01-01", "yesterday", ""};
    private static final String[] BAD_IF_MATCH = {"\"abc\"", "W/\"1\"", "*", "\"-1\"", "\"99999999999999999999999\"",
        "1", "\"\"", "\"1\", \"2\"", "\"" + "9".repeat(500) + "\""};
    private static final String[] BAD_QUERY_VALUES = {"-1", "0", "99999999999999999999", "abc", "2024-02-30", "%00",
        "'%20OR%201=1--", "..%2F..%2F", "1e309", "NaN", "%FF%FE", "x".repeat(5000)};

    private final List<Operation> operations;
    private final long seed;
    private final Map<String, String> knownValues;

    /**
     * @param knownValues values for path parameters and id-like body fields, keyed by {@code segment/{name}} (the path
     *                    segment before the parameter, e.g. {@code members/{id}}), by {@code {name}}, or by a body
     *                    field name (e.g. {@code organisationId}); requests use them most of the time so that they reach
     *                    an existing resource
     */
    public MalformedRequests(List<Operation> operations, long seed, Map<String, String> knownValues) {
        if (operations.isEmpty()) {
            throw new IllegalArgumentException("the OpenAPI document has no operation");
        }
        this.operations = operations;
        this.seed = seed;
        this.knownValues = knownValues;
    }

    public int operationCount() {
        return operations.size();
    }

    /** Request {@code index}: the same bytes for the same seed, index and known values. */
    public FuzzRequest request(long index) {
        Operation op = operations.get((int) (index % operations.size()));
        Random random = new Random(seed * 1_000_003L + index);
        List<Mutation> applicable = applicable(op);
        Mutation mutation = applicable.get(random.nextInt(applicable.size()));
        return new Builder(op, random, mutation, index).build();
    }

    private static List<Mutation> applicable(Operation op) {
        List<Mutation> mutations = new ArrayList<>();
        JsonNode schema = op.jsonSchema();
        if (schema != null) {
            boolean object = typeOf(schema).equals("object") && schema.path("properties").size() > 0;
            for (Mutation m : Mutation.values()) {
                if ((m.aimsAtField && object) || (!m.aimsAtField && m != Mutation.GARBAGE_FILE)) {
                    mutations.add(m);
                }
            }
        } else if (!op.bodies().isEmpty()) {
            mutations.addAll(List.of(Mutation.GARBAGE_FILE, Mutation.INVALID_UTF8, Mutation.EMPTY_BODY,
                    Mutation.HUGE_BODY, Mutation.WRONG_CONTENT_TYPE, Mutation.MISSING_CONTENT_TYPE));
        }
        if (op.parameters().stream().anyMatch(p -> p.in().equals("path"))) {
            mutations.add(Mutation.BAD_PATH_ID);
            mutations.add(Mutation.UNKNOWN_PATH_ID);
        }
        if (op.parameters().stream().anyMatch(p -> p.in().equals("query"))) {
            mutations.add(Mutation.BAD_QUERY);
        }
        if (op.mutates()) {
            mutations.add(Mutation.BAD_IF_MATCH);
        }
        if (mutations.isEmpty()) {
            mutations.add(Mutation.BAD_QUERY);
        }
        return mutations;
    }

    private final class Builder {
        final Operation op;
        final Random random;
        final Mutation mutation;
        final long index;
        final Map<String, String> headers = new LinkedHashMap<>();
        String field;

        Builder(Operation op, Random random, Mutation mutation, long index) {
            this.op = op;
            this.random = random;
            this.mutation = mutation;
            this.index = index;
        }

        FuzzRequest build() {
            String target = path() + query();
            byte[] body = body();
            for (Parameter p : op.parameters()) {
                if (p.in().equals("header") && p.name().equalsIgnoreCase("If-Match")) {
                    headers.put("If-Match", "\"0\"");
                }
            }
            if (mutation == Mutation.BAD_IF_MATCH) {
                headers.put("If-Match", pick(BAD_IF_MATCH));
            }
            return new FuzzRequest(index, op.key(), mutation.name(), field, op.method(), target, headers, body);
        }

        private String path() {
            String path = op.path();
            List<Parameter> pathParams = op.parameters().stream().filter(p -> p.in().equals("path")).toList();
            Parameter broken = pathParams.isEmpty() ? null : pathParams.get(random.nextInt(pathParams.size()));
            for (Parameter p : pathParams) {
                String placeholder = "{" + p.name() + "}";
                int at = path.indexOf(placeholder);
                if (at < 0) {
                    continue;
                }
                String before = path.substring(0, at);
                String segment = before.endsWith("/") ? before.substring(before.lastIndexOf('/', before.length() - 2) + 1,
                        before.length() - 1) : "";
                String value;
                if (p == broken && mutation == Mutation.BAD_PATH_ID) {
                    value = pick(BAD_IDS);
                } else if (p == broken && mutation == Mutation.UNKNOWN_PATH_ID) {
                    value = encode(typeOf(p.schema()).equals("integer") ? "987654321" : new UUID(random.nextLong(),
                            random.nextLong()).toString());
                } else {
                    String known = knownValues.getOrDefault(segment + "/" + placeholder, knownValues.get(placeholder));
                    value = encode(known != null ? known : valid(p.name(), p.schema(), 0).asText());
                }
                path = path.replace(placeholder, value);
            }
            return path;
        }

        private String query() {
            StringBuilder query = new StringBuilder();
            List<Parameter> params = op.parameters().stream().filter(p -> p.in().equals("query")).toList();
            Parameter broken = params.isEmpty() ? null : params.get(random.nextInt(params.size()));
            for (Parameter p : params) {
                String value;
                if (p == broken && mutation == Mutation.BAD_QUERY) {
                    String format = p.schema().path("format").asText();
                    value = format.startsWith("date") && random.nextBoolean() ? encode(pick(BAD_DATES))
                            : pick(BAD_QUERY_VALUES);
                } else if (p.required() || random.nextInt(3) == 0) {
                    JsonNode v = valid(p.name(), p.schema(), 0);
                    value = encode(v.isArray() && v.size() > 0 ? v.get(0).asText() : v.asText());
                } else {
                    continue;
                }
                query.append(query.length() == 0 ? '?' : '&').append(p.name()).append('=').append(value);
            }
            return query.toString();
        }

        private byte[] body() {
            if (op.bodies().isEmpty()) {
                return null;
            }
            String contentType = op.bodies().keySet().iterator().next();
            JsonNode schema = op.jsonSchema();
            if (schema == null) {
                return fileBody(contentType, op.bodies().get(contentType));
            }
            headers.put("Content-Type", "application/json");
            JsonNode value = valid(null, schema, 0);
            switch (mutation) {
                case INVALID_JSON:
                    return invalidJson(value);
                case WRONG_ROOT:
                    return pick(new String[] {"null", "[]", "\"x\"", "42", "true", "[{}]", "{}"})
                            .getBytes(StandardCharsets.UTF_8);
                case DEEP_NESTING:
                    return ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
                case HUGE_BODY:
                    return hugeBody(value);
                case EMPTY_BODY:
                    return new byte[0];
                case WRONG_CONTENT_TYPE:
                    headers.put("Content-Type", pick(new String[] {"text/plain", "application/xml",
                        "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/json; charset=latin1",
                        "image/png", "application/problem+json", "*/*", "gibberish"}));
                    return bytes(value);
                case MISSING_CONTENT_TYPE:
                    headers.remove("Content-Type");
                    return bytes(value);
                case INVALID_UTF8:
                    return invalidUtf8(value);
                default:
                    break;
            }
            if (mutation.aimsAtField && value instanceof ObjectNode object) {
                breakField(object, schema);
            }
            return bytes(value);
        }

        private void breakField(ObjectNode object, JsonNode schema) {
            JsonNode properties = schema.path("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            List<String> candidates = new ArrayList<>();
            for (String name : names) {
                JsonNode p = properties.get(name);
                String type = typeOf(p);
                boolean fits = switch (mutation) {
                    case MISSING_FIELD -> true;
                    case UNKNOWN_ENUM -> p.has("enum") || p.path("items").has("enum");
                    case HUGE_NUMBER, OUT_OF_RANGE_NUMBER -> type.equals("integer") || type.equals("number");
                    case BAD_DATE_FIELD -> p.path("format").asText().startsWith("date");
                    case LONG_STRING, DECOMPOSED_VIETNAMESE, CONTROL_CHARACTERS, SQL_TEXT, PATH_TRAVERSAL_TEXT ->
                        type.equals("string");
                    default -> true;
                };
                if (fits) {
                    candidates.add(name);
                }
            }
            if (mutation == Mutation.EXTRA_FIELD) {
                field = pick(new String[] {"unexpected", "__proto__", "id2", "trườngLạ", "constructor"});
                object.set(field, random.nextBoolean() ? NODES.textNode("x") : NODES.objectNode().put("a", 1));
                return;
            }
            if (candidates.isEmpty()) {
                // nothing of that kind in this body: break any field with the wrong type instead
                candidates = names;
                field = candidates.get(random.nextInt(candidates.size()));
                object.set(field, wrongType(properties.get(field)));
                return;
            }
            field = candidates.get(random.nextInt(candidates.size()));
            JsonNode p = properties.get(field);
            switch (mutation) {
                case MISSING_FIELD -> object.remove(field);
                case WRONG_TYPE -> object.set(field, wrongType(p));
                case UNKNOWN_ENUM -> object.set(field, typeOf(p).equals("array")
                        ? NODES.arrayNode().add("KHONG_CO_GIA_TRI") : NODES.textNode(pick(new String[] {
                            "KHONG_CO_GIA_TRI", "", "admin", "cell", " CELL"})));
                case HUGE_NUMBER -> object.set(field, NODES.numberNode(new BigInteger(pick(new String[] {
                    "99999999999999999999999999999999", "-99999999999999999999999999999999", "9223372036854775808"}))));
                case OUT_OF_RANGE_NUMBER -> object.set(field, NODES.numberNode(
                        new long[] {-1, 0, Integer.MAX_VALUE + 1L, Integer.MIN_VALUE - 1L, -999999,
                            Long.MAX_VALUE}[random.nextInt(6)]));
                case LONG_STRING -> object.put(field, pick(NAMES).repeat(ONE_MB / 8).substring(0, ONE_MB));
                case BAD_DATE_FIELD -> object.put(field, pick(BAD_DATES));
                case DECOMPOSED_VIETNAMESE -> object.put(field, Normalizer.normalize(pick(NAMES), Normalizer.Form.NFD));
                case CONTROL_CHARACTERS -> object.put(field, pick(CONTROL));
                case SQL_TEXT -> object.put(field, pick(SQL));
                case PATH_TRAVERSAL_TEXT -> object.put(field, pick(TRAVERSAL));
                default -> { }
            }
        }

        private JsonNode wrongType(JsonNode schema) {
            String type = typeOf(schema);
            List<JsonNode> options = new ArrayList<>(List.of(NODES.objectNode().put("x", 1),
                    NODES.arrayNode().add(1), NODES.textNode("không phải số"), NODES.numberNode(12.5),
                    NODES.booleanNode(true)));
            options.removeIf(n -> switch (type) {
                case "object" -> n.isObject();
                case "array" -> n.isArray();
                case "string" -> !n.isContainerNode(); // the binding turns any scalar into text
                case "integer", "number" -> n.isNumber();
                case "boolean" -> n.isBoolean();
                default -> false;
            });
            return options.get(random.nextInt(options.size()));
        }

        private byte[] invalidJson(JsonNode value) {
            String text = value.toString();
            return switch (random.nextInt(6)) {
                case 0 -> text.substring(0, Math.max(1, text.length() / 2)).getBytes(StandardCharsets.UTF_8);
                case 1 -> (text + "}garbage").getBytes(StandardCharsets.UTF_8);
                case 2 -> text.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
                case 3 -> ("{\"a\":1,}").getBytes(StandardCharsets.UTF_8);
                case 4 -> ("{\"x\": NaN, \"y\": undefined}").getBytes(StandardCharsets.UTF_8);
                default -> ("{\"a\": \"\\uZZZZ\"}").getBytes(StandardCharsets.UTF_8);
            };
        }

        private byte[] invalidUtf8(JsonNode value) {
            byte[] bad = pick(new byte[][] {{(byte) 0xC3, 0x28}, {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE2, (byte) 0x82},
                {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}});
            String marker = "\u0001MARK\u0001";
            JsonNode copy = value.deepCopy();
            if (copy instanceof ObjectNode object) {
                for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isTextual()) {
                        field = e.getKey();
                        object.put(field, "Nguy" + marker + "n");
                        break;
                    }
                }
            }
            String text = copy.toString();
            int at = text.indexOf("\\u0001MARK\\u0001");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (at < 0) {
                out.writeBytes("{\"".getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bad);
                out.writeBytes("\": 1}".getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(text.substring(0, at).getBytes(StandardCharsets.UTF_8));
                out.writeBytes(bad);
                out.writeBytes(text.substring(at + "\\u0001MARK\\u0001".length()).getBytes(StandardCharsets.UTF_8));
            }
            field = null; // a byte-level error: nothing names a field
            return out.toByteArray();
        }

        /**
         * About 3 MB of JSON: read through by the parser (a body above the HTTP limit, 10 MB by default, is refused
         * before it is read: that is item 4's request limits, not the fuzzer's).
         */
        private byte[] hugeBody(JsonNode value) {
            if (value instanceof ObjectNode object && random.nextBoolean()) {
                for (int i = 0; i < 100_000; i++) {
                    object.put("k" + i, "giá trị " + i);
                }
                return bytes(object);
            }
            JsonNode item = value.isObject() ? value : NODES.textNode("x");
            int copies = Math.max(1, HUGE / Math.max(1, item.toString().length()));
            ArrayNode array = NODES.arrayNode();
            for (int i = 0; i < copies; i++) {
                array.add(item);
            }
            return bytes(array);
        }

        private byte[] fileBody(String contentType, JsonNode schema) {
            byte[] payload = switch (mutation) {
                case EMPTY_BODY -> new byte[0];
                case INVALID_UTF8 -> new byte[] {'a', ';', (byte) 0xC3, 0x28, '\n', (byte) 0xFF, ';', 'b'};
                case HUGE_BODY -> "Họ và tên;Ngày sinh;CCCD\n".repeat(HUGE / 30).getBytes(StandardCharsets.UTF_8);
                default -> {
                    byte[] random = new byte[1 + this.random.nextInt(4096)];
                    this.random.nextBytes(random);
                    yield random;
                }
            };
            if (mutation == Mutation.MISSING_CONTENT_TYPE) {
                return payload;
            }
            if (mutation == Mutation.WRONG_CONTENT_TYPE) {
                headers.put("Content-Type", pick(new String[] {"application/json", "text/plain", "image/png"}));
                return payload;
            }
            if (contentType.startsWith("multipart/")) {
                String boundary = "dangbo-fuzz-" + index;
                headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                List<String> parts = new ArrayList<>();
                schema.path("properties").fieldNames().forEachRemaining(parts::add);
                if (parts.isEmpty()) {
                    parts.add("file");
                }
                for (String part : parts) {
                    out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                            + "\"; filename=\"../../x.csv\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                            .getBytes(StandardCharsets.UTF_8));
                    out.writeBytes(payload);
                    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
                }
                out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
                return out.toByteArray();
            }
            headers.put("Content-Type", contentType.equals("*/*") ? "application/octet-stream" : contentType);
            return payload;
        }

        /** A value the schema allows (as far as a schema says: bean validation may ask more). */
        private JsonNode valid(String name, JsonNode schema, int depth) {
            if (name != null && knownValues.containsKey(name)) {
                return NODES.textNode(knownValues.get(name));
            }
            if (schema.has("enum") && schema.get("enum").size() > 0) {
                JsonNode values = schema.get("enum");
                return values.get(random.nextInt(values.size()));
            }
            String type = typeOf(schema);
            String format = schema.path("format").asText();
            switch (type) {
                case "integer":
                    return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1 + random.nextInt(5));
                case "number":
                    return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asDouble() : 1.5);
                case "boolean":
                    return NODES.booleanNode(random.nextBoolean());
                case "array": {
                    ArrayNode array = NODES.arrayNode();
                    if (depth < 4) {
                        array.add(valid(null, schema.path("items"), depth + 1));
                    }
                    return array;
                }
                case "object": {
                    ObjectNode object = NODES.objectNode();
                    if (depth < 4) {
                        for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                            Map.Entry<String, JsonNode> p = it.next();
                            if (!p.getValue().path("readOnly").asBoolean(false)) {
                                object.set(p.getKey(), valid(p.getKey(), p.getValue(), depth + 1));
                            }
                        }
                    }
                    return object;
                }
                default:
                    break;
            }
            return switch (format) {
                case "uuid" -> NODES.textNode(new UUID(random.nextLong(), random.nextLong()).toString());
                case "date" -> NODES.textNode("2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
                case "date-time" -> NODES.textNode("2024-04-19T08:00:00Z");
                case "local-date-time" -> NODES.textNode("2024-04-19T08:00:00");
                case "local-time", "time" -> NODES.textNode("08:00:00");
                case "int32", "int64" -> NODES.numberNode(1);
                default -> NODES.textNode(pick(NAMES));
            };
        }

        private byte[] bytes(JsonNode value) {
            try {
                return JSON.writeValueAsBytes(value);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }

        private <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

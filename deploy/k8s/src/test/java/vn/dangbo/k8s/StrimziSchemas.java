package vn.dangbo.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Strimzi resources checked against the CRDs that Strimzi itself generates from the {@code io.strimzi:api} classes,
 * made strict: every object schema that lists its properties and does not preserve unknown fields refuses any other
 * field ({@code additionalProperties: false}), as the API server prunes or (with strict field validation) rejects
 * them; types, enums, required fields, oneOf/anyOf, minimum/maximum and patterns are kept as generated.
 *
 * <p>The CRDs are generated at test time with {@code io.strimzi.crdgenerator.CrdGenerator}, run the way Strimzi's build
 * runs it ({@code java -cp api.jar:crd-generator.jar io.strimzi.crdgenerator.CrdGenerator --yaml --crd-api-version v1
 * --api-versions v1 --storage-version v1 Class=file...}), in a child JVM because Strimzi 1.2.0 is compiled for Java 21
 * (this build runs on 17) and its generator jar carries its own fabric8 7.8.0 (the BOM's 7.6.1 serves the core model).
 * The jars are copied by the module's pom into target/strimzi-crd-generator; the CRDs are cached in
 * target/strimzi-crds-&lt;version&gt; and never committed.
 */
public final class StrimziSchemas {

    public static final String API_VERSION = "kafka.strimzi.io/v1";
    /** The kinds this deployment uses → their io.strimzi:api class. */
    static final Map<String, String> CLASSES = Map.of(
            "Kafka", "io.strimzi.api.kafka.model.kafka.Kafka",
            "KafkaNodePool", "io.strimzi.api.kafka.model.nodepool.KafkaNodePool",
            "KafkaTopic", "io.strimzi.api.kafka.model.topic.KafkaTopic",
            "KafkaUser", "io.strimzi.api.kafka.model.user.KafkaUser");
    /** Strimzi 1.2.0's classes are Java 21 bytecode. */
    private static final int GENERATOR_JAVA = 21;

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();
    private static final Path GENERATOR = Path.of(System.getProperty("dangbo.strimzi.generator",
            "target/strimzi-crd-generator"));
    private static final Path CRDS = Path.of(System.getProperty("dangbo.strimzi.schemas", "target/strimzi-crds"));

    private StrimziSchemas() {
    }

    public static boolean covers(String apiVersion, String kind) {
        return API_VERSION.equals(apiVersion) && CLASSES.containsKey(kind);
    }

    /** Everything wrong with the object for its CRD; empty when it validates. */
    public static List<String> problems(ObjectNode object) {
        String label = StrictKubernetesModel.label(object);
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        if (!covers(apiVersion, kind)) {
            return List.of(label + ": kind " + kind + " of apiVersion " + apiVersion + " is not a Strimzi "
                    + API_VERSION + " kind this deployment validates " + CLASSES.keySet());
        }
        List<ValidationMessage> messages = new ArrayList<>(schema(kind).validate(object));
        messages.sort(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                .thenComparing(ValidationMessage::getMessage));
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : messages) {
            problems.add(label + ": " + describe(message));
        }
        // the CRD leaves metadata to the API server, which reads it as strictly as a core object's
        problems.addAll(StrictKubernetesModel.metadataProblems(object));
        return List.copyOf(problems);
    }

    /** The strict JSON Schema of a kind (generated from its CRD on first use). */
    public static JsonSchema schema(String kind) {
        return SCHEMAS.computeIfAbsent(kind, k -> FACTORY.getSchema(jsonSchema(k, openApiSchema(k))));
    }

    /** The v1 openAPIV3Schema of the kind's generated CRD. */
    static JsonNode openApiSchema(String kind) {
        Path crd = generatedCrds().resolve(kind + ".yaml");
        try {
            JsonNode definition = YAML.readTree(crd.toFile());
            for (JsonNode version : definition.path("spec").path("versions")) {
                if ("v1".equals(version.path("name").asText())) {
                    return version.path("schema").path("openAPIV3Schema");
                }
            }
            throw new AssertionError(crd + " has no version v1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CRD's schema as a strict JSON Schema: closed objects, apiVersion and kind pinned. Only the structural schema
     * is closed (properties, items, additionalProperties), never the oneOf/anyOf alternatives, which in a CRD merely
     * list which fields are required together.
     */
    static ObjectNode jsonSchema(String kind, JsonNode openApiSchema) {
        ObjectNode schema = openApiSchema.deepCopy();
        close(schema);
        stripKubernetesExtensions(schema);
        schema.put("$schema", "http://json-schema.org/draft-07/schema#");
        ObjectNode properties = (ObjectNode) schema.get("properties");
        properties.putObject("apiVersion").put("const", API_VERSION);
        properties.putObject("kind").put("const", kind);
        ArrayNode required = schema.has("required") ? (ArrayNode) schema.get("required") : schema.putArray("required");
        for (String field : List.of("apiVersion", "kind", "metadata")) {
            if (!contains(required, field)) {
                required.add(field);
            }
        }
        return schema;
    }

    private static void close(ObjectNode schema) {
        boolean preserves = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (schema.has("properties") && !preserves && !schema.has("additionalProperties")) {
            schema.put("additionalProperties", false);
        }
        if (schema.path("properties").isObject()) {
            schema.get("properties").forEach(p -> {
                if (p.isObject()) {
                    close((ObjectNode) p);
                }
            });
        }
        for (String child : List.of("items", "additionalProperties")) {
            if (schema.path(child).isObject()) {
                close((ObjectNode) schema.get(child));
            }
        }
    }

    /** x-kubernetes-* are CRD extensions a JSON Schema validator does not know (their meaning is applied above). */
    private static void stripKubernetesExtensions(JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getKey().startsWith("x-kubernetes-")) {
                    fields.remove();
                } else {
                    stripKubernetesExtensions(field.getValue());
                }
            }
        } else if (node.isArray()) {
            node.forEach(StrimziSchemas::stripKubernetesExtensions);
        }
    }

    private static String describe(ValidationMessage message) {
        String location = message.getInstanceLocation().toString();
        location = location.equals("$") ? "" : location.substring(location.startsWith("$.") ? 2 : 1);
        if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
            String field = location.isEmpty() ? message.getProperty() : location + "." + message.getProperty();
            return field + ": unknown field";
        }
        String text = message.getMessage();
        String prefix = message.getInstanceLocation() + ": ";
        return (location.isEmpty() ? "" : location + ": ") + (text.startsWith(prefix) ? text.substring(prefix.length())
                : text);
    }

    private static boolean contains(ArrayNode array, String value) {
        for (JsonNode element : array) {
            if (value.equals(element.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The directory with one generated CRD per kind ({@code <Kind>.yaml}); generated once per build directory. */
    static synchronized Path generatedCrds() {
        if (CLASSES.keySet().stream().allMatch(kind -> Files.isRegularFile(CRDS.resolve(kind + ".yaml")))) {
            return CRDS;
        }
        Path jars = GENERATOR.toAbsolutePath();
        String classpath = jars(jars);
        try {
            Path work = Files.createDirectories(CRDS.toAbsolutePath().getParent())
                    .resolve(CRDS.getFileName() + ".partial");
            deleteRecursively(work);
            Files.createDirectories(work);
            List<String> command = new ArrayList<>(List.of(javaForGenerator().toString(), "-cp", classpath,
                    "io.strimzi.crdgenerator.CrdGenerator", "--yaml", "--crd-api-version", "v1",
                    "--api-versions", "v1", "--storage-version", "v1"));
            CLASSES.forEach((kind, type) -> command.add(type + "=" + work.resolve(kind + ".yaml")));
            Path log = work.resolve("generator.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the Strimzi CRD generator did not finish in 120 s: " + command);
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("the Strimzi CRD generator failed (" + process.exitValue() + "): "
                        + Files.readString(log, StandardCharsets.UTF_8) + "\ncommand: " + command);
            }
            deleteRecursively(CRDS);
            Files.move(work, CRDS, StandardCopyOption.ATOMIC_MOVE);
            return CRDS;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while generating the Strimzi CRDs", e);
        }
    }

    private static String jars(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            List<String> jars = files.map(Path::toString).filter(f -> f.endsWith(".jar")).sorted().toList();
            if (jars.size() < 2) {
                throw new AssertionError("expected io.strimzi:api and io.strimzi:crd-generator in " + directory);
            }
            return String.join(File.pathSeparator, jars);
        } catch (IOException e) {
            throw new AssertionError("no Strimzi CRD generator in " + directory + ": build the module with Maven"
                    + " (its pom copies io.strimzi:api and io.strimzi:crd-generator there)", e);
        }
    }

    /**
     * A java of at least version 21: {@code -Ddangbo.strimzi.java} or STRIMZI_JAVA when set, this JVM when recent
     * enough, else the newest JDK installed beside this one (e.g. under /usr/lib/jvm).
     */
    static Path javaForGenerator() {
        String explicit = Optional.ofNullable(System.getProperty("dangbo.strimzi.java"))
                .orElse(System.getenv("STRIMZI_JAVA"));
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path home = Path.of(System.getProperty("java.home"));
        if (Runtime.version().feature() >= GENERATOR_JAVA) {
            return home.resolve("bin/java");
        }
        try (Stream<Path> siblings = Files.list(home.toRealPath().getParent())) {
            return siblings.filter(jdk -> Files.isExecutable(jdk.resolve("bin/java")))
                    .filter(jdk -> featureVersion(jdk) >= GENERATOR_JAVA)
                    .max(Comparator.comparingInt(StrimziSchemas::featureVersion))
                    .map(jdk -> jdk.resolve("bin/java"))
                    .orElseThrow(() -> new AssertionError("The Strimzi " + System.getProperty("dangbo.strimzi.version")
                            + " CRD generator needs Java " + GENERATOR_JAVA + " or newer and none was found beside "
                            + home + ": install one there, or point -Ddangbo.strimzi.java (or STRIMZI_JAVA) at its"
                            + " bin/java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feature version a JDK's {@code release} file declares (JAVA_VERSION="25.0.3"), 0 when unreadable. */
    private static int featureVersion(Path jdk) {
        try {
            for (String line : Files.readAllLines(jdk.resolve("release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
                    String feature = version.split("[.+-]")[0];
                    return Integer.parseInt(feature.equals("1") ? version.split("\\.")[1] : feature);
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}

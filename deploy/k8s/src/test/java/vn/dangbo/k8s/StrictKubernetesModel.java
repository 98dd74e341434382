package vn.dangbo.k8s;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * A core object parsed into the Kubernetes model of the Quarkus BOM (fabric8) as strictly as the API server reads it:
 * a field the model does not have, a value of the wrong type and a kind the model does not know are each reported,
 * with the object and the path of the field, e.g.
 * {@code Deployment registry-service: spec.template.spec.containers[0].readinesProbe: unknown field}.
 *
 * <p>Why not just {@code FAIL_ON_UNKNOWN_PROPERTIES}: every fabric8 model class keeps unknown fields in its
 * {@code additionalProperties} through {@code @JsonAnySetter}, so a misspelt field would parse silently. This mapper
 * ignores any-setters (and any {@code ignoreUnknown}), so each unknown field reaches a problem handler that records
 * its path and reads on: one pass reports every unknown field, not only the first. Scalars are not coerced either
 * ({@code replicas: "2"} or {@code value: 8080} for a string are errors, as for the API server).
 */
public final class StrictKubernetesModel {

    /** apiVersion + " " + kind → the model class, from every model artifact on the classpath. */
    private static final Map<String, Class<? extends HasMetadata>> TYPES = types();
    private static final ObjectMapper STRICT = strictMapper();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String UNKNOWN_FIELDS = StrictKubernetesModel.class.getName() + ".unknownFields";

    private StrictKubernetesModel() {
    }

    /** The model class of that apiVersion and kind, when the fabric8 model knows it. */
    public static Optional<Class<? extends HasMetadata>> type(String apiVersion, String kind) {
        return Optional.ofNullable(TYPES.get(apiVersion + " " + kind));
    }

    public static boolean knows(ObjectNode object) {
        return type(object.path("apiVersion").asText(), object.path("kind").asText()).isPresent();
    }

    /** Everything wrong with the object for the model; empty when it parses strictly. */
    public static List<String> problems(ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        Optional<Class<? extends HasMetadata>> type = type(apiVersion, kind);
        if (type.isEmpty()) {
            return List.of(label(object) + ": kind " + kind + " of apiVersion " + apiVersion
                    + " is not in the Kubernetes model");
        }
        return parse(label(object), "", object, type.get());
    }

    /**
     * The object's {@code metadata} parsed strictly as an ObjectMeta: what a custom resource's schema leaves to the API
     * server ({@code metadata: type: object}), which reads it with the same rules as for a core object.
     */
    public static List<String> metadataProblems(ObjectNode object) {
        if (!object.path("metadata").isObject()) {
            return List.of(label(object) + ": metadata: missing");
        }
        return parse(label(object), "metadata", object.get("metadata"), ObjectMeta.class);
    }

    /** "Kind name", how the problems name an object. */
    public static String label(ObjectNode object) {
        return object.path("kind").asText("?") + " " + object.at("/metadata/name").asText("?");
    }

    private static List<String> parse(String label, String prefix, Object node, Class<?> type) {
        List<String> unknown = new ArrayList<>();
        String typeError = null;
        try {
            byte[] json = JSON.writeValueAsBytes(node);
            STRICT.readerFor(type).withAttribute(UNKNOWN_FIELDS, unknown).readValue(json);
        } catch (JsonMappingException e) {
            // a wrong type stops the parse: the unknown fields found before it are reported with it
            typeError = label + ": " + join(prefix, path(e.getPath())) + ": " + firstLine(e.getOriginalMessage());
        } catch (IOException e) {
            typeError = label + ": " + e.getMessage();
        }
        List<String> problems = new ArrayList<>();
        unknown.forEach(field -> problems.add(label + ": " + join(prefix, field) + ": unknown field"));
        if (typeError != null) {
            problems.add(typeError);
        }
        return List.copyOf(problems);
    }

    private static Map<String, Class<? extends HasMetadata>> types() {
        Map<String, Class<? extends HasMetadata>> types = new TreeMap<>();
        ServiceLoader.load(KubernetesResource.class).stream()
                .map(ServiceLoader.Provider::type)
                .filter(HasMetadata.class::isAssignableFrom)
                .map(t -> t.asSubclass(HasMetadata.class))
                .forEach(t -> {
                    String kind = HasMetadata.getKind(t);
                    String apiVersion = HasMetadata.getApiVersion(t);
                    // list kinds (DeploymentList...) are never applied from manifests
                    if (apiVersion != null && kind != null && !kind.endsWith("List")) {
                        types.putIfAbsent(apiVersion + " " + kind, t);
                    }
                });
        if (types.isEmpty()) {
            throw new IllegalStateException("no fabric8 Kubernetes model class on the classpath");
        }
        return Map.copyOf(types);
    }

    private static ObjectMapper strictMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .annotationIntrospector(new StrictIntrospector())
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .addHandler(new UnknownFieldRecorder())
                .build();
        // a number or a boolean where the model has a string: the API server rejects it, so must we
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return mapper;
    }

    /** Sees no any-setter and no ignoreUnknown, so every unknown field reaches {@link UnknownFieldRecorder}. */
    private static final class StrictIntrospector extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated a) {
            return Boolean.FALSE;
        }

        @Override
        public JsonIgnoreProperties.Value findPropertyIgnoralByName(MapperConfig<?> config, Annotated a) {
            return super.findPropertyIgnoralByName(config, a).withoutIgnoreUnknown();
        }
    }

    /** Records the path of each unknown field and skips its value, so one pass finds them all. */
    private static final class UnknownFieldRecorder extends DeserializationProblemHandler {
        @Override
        @SuppressWarnings("unchecked")
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            List<String> unknown = (List<String>) ctxt.getAttribute(UNKNOWN_FIELDS);
            if (unknown == null) {
                return false;
            }
            JsonStreamContext container = p.getParsingContext();
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                container = container.getParent(); // the parser already stands inside the unknown field's value
            }
            unknown.add(join(location(container), propertyName));
            p.skipChildren();
            return true;
        }
    }

    /** The path of a parsing context: {@code spec.template.spec.containers[0]}. */
    private static String location(JsonStreamContext context) {
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext c : chain) {
            JsonStreamContext parent = c.getParent();
            if (parent.inArray()) {
                path.append('[').append(parent.getCurrentIndex()).append(']');
            } else if (parent.inObject()) {
                path.append(path.length() == 0 ? "" : ".").append(parent.getCurrentName());
            }
        }
        return path.toString();
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        if (path.isEmpty()) {
            return prefix;
        }
        return path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    /** Jackson's message without its advice on coercion settings, which is about this mapper, not the manifest. */
    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline);
        int advice = text.indexOf(" (but ");
        return advice < 0 ? text : text.substring(0, advice);
    }
}

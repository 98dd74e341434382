package vn.dangbo.testsupport.authz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every operation of a service, read from its OpenAPI document ({@code /q/openapi?format=json}). */
public final class OpenApiOperations {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiOperations() {
    }

    /** The document served at {@code base}/q/openapi?format=json. */
    public static List<ApiOperation> fetch(URI base) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/q/openapi?format=json"))
                .header("Accept", "application/json").GET().build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET /q/openapi answered " + response.statusCode());
            }
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static List<ApiOperation> parse(String json) {
        JsonNode document;
        try {
            document = new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode shared = path.getValue().path("parameters");
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(operation(document, method.toUpperCase(), path.getKey(), operation, shared));
                }
            }
        }
        return operations;
    }

    private static ApiOperation operation(JsonNode document, String method, String path, JsonNode operation,
            JsonNode shared) {
        List<String> pathParameters = new ArrayList<>();
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path);
        while (names.find()) {
            pathParameters.add(names.group(1));
        }
        Map<String, String> requiredQuery = new LinkedHashMap<>();
        for (JsonNode list : List.of(shared, operation.path("parameters"))) {
            for (JsonNode parameter : list) {
                parameter = resolve(document, parameter);
                if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean(false)) {
                    JsonNode schema = resolve(document, parameter.path("schema"));
                    String type = schema.path("format").asText(schema.path("type").asText("string"));
                    requiredQuery.put(parameter.path("name").asText(), type);
                }
            }
        }
        List<String> mediaTypes = new ArrayList<>();
        resolve(document, operation.path("requestBody")).path("content").fieldNames().forEachRemaining(mediaTypes::add);
        List<Integer> success = new ArrayList<>();
        operation.path("responses").fieldNames().forEachRemaining(code -> {
            if (code.matches("2\\d\\d")) {
                success.add(Integer.parseInt(code));
            }
        });
        return new ApiOperation(method, path, operation.path("operationId").asText(null), List.copyOf(pathParameters),
                java.util.Collections.unmodifiableMap(requiredQuery), List.copyOf(mediaTypes), List.copyOf(success));
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/")) {
            return node;
        }
        return document.at(ref.asText().substring(1));
    }
}

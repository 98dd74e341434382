package vn.dangbo.testsupport.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every answer to a malformed request must be: never a 5xx; a 4xx as {@code application/problem+json} (the
 * kit's Problem: type, title, status) naming the broken field when the request broke one and the service says which
 * field is invalid; never a stack trace or SQL text, whatever the status.
 */
public final class ResponseRules {

    /** Text that betrays a stack trace or the database's own error. */
    public static final List<String> LEAKS = List.of("at vn.", "Exception", "org.hibernate", "SQL", "PSQL", "ERROR:",
            "at java.", "at io.quarkus", "org.postgresql");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Mutations the JSON binding itself refuses, before any rule of the service: it knows the field. */
    private static final java.util.Set<String> NAMED = java.util.Set.of("WRONG_TYPE", "UNKNOWN_ENUM", "EXTRA_FIELD",
            "BAD_DATE_FIELD");

    private ResponseRules() {
    }

    /** The rules this answer breaks (empty when it keeps them all). */
    public static List<String> check(FuzzRequest request, int status, String contentType, byte[] body) {
        List<String> broken = new ArrayList<>();
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (status >= 500) {
            broken.add("status " + status);
        }
        boolean textual = type.contains("json") || type.startsWith("text/") || type.contains("xml") || type.isEmpty();
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        if (textual) {
            for (String leak : LEAKS) {
                if (text.contains(leak)) {
                    broken.add("the body shows \"" + leak + "\"");
                }
            }
        }
        if ((status == 414 || status == 431) && text.isEmpty()) {
            // the HTTP codec's own answer to a request line or headers beyond its limits, before any route runs
            return broken;
        }
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                broken.add("Content-Type \"" + contentType + "\" instead of application/problem+json");
                return broken;
            }
            JsonNode problem;
            try {
                problem = JSON.readTree(text);
            } catch (java.io.IOException e) {
                broken.add("the problem is not JSON");
                return broken;
            }
            if (problem == null || problem.path("status").asInt() != status || problem.path("title").asText().isBlank()
                    || problem.path("type").asText().isBlank()) {
                broken.add("the problem lacks type, title or the status " + status);
            }
            JsonNode errors = problem.path("errors");
            // the binding refused the body: the field must be named (when the service names other fields instead,
            // the binding accepted this value, e.g. a number coerced to text, and a rule refused the rest)
            if (status == 400 && request.field() != null && NAMED.contains(request.mutation())
                    && (!errors.isArray() || errors.isEmpty())) {
                broken.add("the problem names no field, not the broken field " + request.field());
            }
        }
        return broken;
    }
}

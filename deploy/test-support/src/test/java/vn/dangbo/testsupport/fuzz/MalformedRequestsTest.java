package vn.dangbo.testsupport.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MalformedRequestsTest {

    static final String DOCUMENT = """
            {"openapi": "3.1.0", "paths": {
              "/members/{id}/death": {"post": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "format": "uuid"}},
                               {"name": "If-Match", "in": "header", "schema": {"type": "string"}}],
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Step"}}}}}},
              "/members": {"get": {"parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}},
                                                  {"name": "bornFrom", "in": "query", "schema": {"type": "string", "format": "date"}}]}}},
             "components": {"schemas": {"Step": {"type": "object", "required": ["effectiveDate"], "properties": {
               "effectiveDate": {"type": "string", "format": "date"}, "decisionReference": {"type": "string"},
               "sex": {"type": "string", "enum": ["MALE", "FEMALE"]}, "count": {"type": "integer", "format": "int32"}}}}}}
            """;

    @Test
    void aSeedAndAnIndexAlwaysMeanTheSameRequest() {
        List<OpenApiOperations.Operation> operations = OpenApiOperations.parse(DOCUMENT);
        assertEquals(List.of("GET /members", "POST /members/{id}/death"),
                operations.stream().map(OpenApiOperations.Operation::key).toList());
        MalformedRequests first = new MalformedRequests(operations, 7, Map.of("members/{id}", "m-1"));
        MalformedRequests again = new MalformedRequests(operations, 7, Map.of("members/{id}", "m-1"));
        Set<String> mutations = new HashSet<>();
        for (long i = 0; i < 400; i++) {
            FuzzRequest a = first.request(i);
            FuzzRequest b = again.request(i);
            assertEquals(a.target(), b.target());
            assertEquals(a.headers(), b.headers());
            assertArrayEquals(a.body(), b.body());
            mutations.add(a.mutation());
        }
        assertTrue(mutations.containsAll(Set.of("MISSING_FIELD", "WRONG_TYPE", "UNKNOWN_ENUM", "LONG_STRING",
                "INVALID_UTF8", "CONTROL_CHARACTERS", "SQL_TEXT", "BAD_PATH_ID", "BAD_QUERY", "BAD_IF_MATCH",
                "HUGE_BODY", "WRONG_CONTENT_TYPE")), mutations.toString());
        assertTrue(new MalformedRequests(operations, 8, Map.of()).request(1).target().startsWith("/members/"));
    }

    @Test
    void theRulesRefuseA5xxAPlainErrorALeakAndAnUnnamedField() {
        FuzzRequest wrongType = new FuzzRequest(3, "POST /x", "WRONG_TYPE", "count", "POST", "/x", Map.of(), null);
        byte[] named = "{\"type\":\"urn:dangbo:problem:validation\",\"title\":\"Dữ liệu không hợp lệ\",\"status\":400,\"errors\":[{\"field\":\"count\",\"message\":\"m\"}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of(), ResponseRules.check(wrongType, 400, "application/problem+json", named));
        assertFalse(ResponseRules.check(wrongType, 500, "application/problem+json", named).isEmpty());
        assertFalse(ResponseRules.check(wrongType, 400, "text/plain", "bad".getBytes(StandardCharsets.UTF_8)).isEmpty());
        byte[] unnamed = "{\"type\":\"urn:dangbo:problem:malformed-json\",\"title\":\"JSON không hợp lệ\",\"status\":400}"
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(ResponseRules.check(wrongType, 400, "application/problem+json", unnamed).isEmpty());
        byte[] leak = "{\"type\":\"x\",\"title\":\"t\",\"status\":409,\"detail\":\"org.hibernate.exception.SQLGrammarException\"}"
                .getBytes(StandardCharsets.UTF_8);
        assertFalse(ResponseRules.check(wrongType, 409, "application/problem+json", leak).isEmpty());
    }
}

package vn.dangbo.testsupport.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorizationPolicyTest {

    static final String DOCUMENT = """
            {"openapi":"3.1.0","paths":{
              "/things/{id}":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
                "get":{"responses":{"200":{"description":"OK"}}},
                "put":{"parameters":[{"$ref":"#/components/parameters/Day"}],
                       "requestBody":{"content":{"application/json":{"schema":{"type":"object"}}}},
                       "responses":{"200":{"description":"OK"},"400":{"description":"bad"}}}},
              "/replies/{token}":{"post":{"responses":{"204":{"description":"replied"}}}}},
             "components":{"parameters":{"Day":{"name":"day","in":"query","required":true,
                                                "schema":{"type":"string","format":"date"}}}}}
            """;

    final List<ApiOperation> operations = OpenApiOperations.parse(DOCUMENT);
    final Map<String, DeclaredAccess> declared = Map.of(
            "GET /things/{id}", new DeclaredAccess(DeclaredAccess.Kind.ROLES, Set.of("admin", "officer", "viewer"), "T.get"),
            "PUT /things/{id}", new DeclaredAccess(DeclaredAccess.Kind.ROLES, Set.of("admin", "officer"), "T.put"),
            "POST /replies/{token}", new DeclaredAccess(DeclaredAccess.Kind.PUBLIC, Set.of(), "R.reply"));

    ApiOperation operation(String key) {
        return operations.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDocumentGivesEachOperationItsParametersBodyAndSuccess() {
        assertEquals(3, operations.size());
        ApiOperation put = operation("PUT /things/{id}");
        assertEquals(List.of("id"), put.pathParameters());
        assertEquals(Map.of("day", "date"), put.requiredQuery());
        assertEquals(List.of("application/json"), put.requestMediaTypes());
        assertEquals(200, put.declaredSuccess());
        assertEquals(204, operation("POST /replies/{token}").declaredSuccess());
    }

    @Test
    void brokenCredentialsAre401UnknownRolesAndViewerWrites403AndOfficersWriteOnlyInside() {
        AuthorizationPolicy policy = AuthorizationPolicy.builder(declared)
                .publicOperation("POST /replies/{token}", "the invitee has no account").build();
        ApiOperation read = operation("GET /things/{id}");
        ApiOperation write = operation("PUT /things/{id}");
        for (TokenVariant broken : List.of(TokenVariant.NONE, TokenVariant.EXPIRED, TokenVariant.WRONG_ISSUER,
                TokenVariant.WRONG_SIGNATURE, TokenVariant.ALG_NONE)) {
            assertEquals(401, policy.expected(read, broken).status());
            assertEquals(401, policy.expected(write, broken).status());
            assertEquals(204, policy.expected(operation("POST /replies/{token}"), broken).status());
        }
        assertEquals(403, policy.expected(read, TokenVariant.UNKNOWN_ROLE).status());
        assertEquals(200, policy.expected(read, TokenVariant.VIEWER).status());
        assertEquals(403, policy.expected(write, TokenVariant.VIEWER).status());
        assertEquals(200, policy.expected(read, TokenVariant.OFFICER_OUTSIDE).status());
        assertEquals(403, policy.expected(write, TokenVariant.OFFICER_OUTSIDE).status());
        assertEquals(200, policy.expected(write, TokenVariant.OFFICER_INSIDE).status());
        assertEquals(200, policy.expected(write, TokenVariant.ADMIN).status());
    }

    @Test
    void theReviewedTableBindsReadsFreesWritesAndNamesBusinessStatuses() {
        AuthorizationPolicy policy = AuthorizationPolicy.builder(declared)
                .publicOperation("POST /replies/{token}", "the invitee has no account")
                .readBoundToSubtree("GET /things/{id}", "officers read their own things only")
                .writeNotBoundToSubtree("PUT /things/{id}", "checked later")
                .allowedStatus("PUT /things/{id}", Set.of(TokenVariant.ADMIN), 409, "already changed").build();
        assertEquals(403, policy.expected(operation("GET /things/{id}"), TokenVariant.OFFICER_OUTSIDE).status());
        assertEquals(200, policy.expected(operation("PUT /things/{id}"), TokenVariant.OFFICER_OUTSIDE).status());
        assertEquals(409, policy.expected(operation("PUT /things/{id}"), TokenVariant.ADMIN).status());
    }

    @Test
    void anUnlistedPublicOperationOrAnUndeclaredOneFailsTheMatrix() {
        AuthorizationPolicy policy = AuthorizationPolicy.builder(declared).build();
        assertThrows(IllegalStateException.class,
                () -> policy.expected(operation("POST /replies/{token}"), TokenVariant.NONE));
        AuthorizationPolicy partial = AuthorizationPolicy.builder(Map.of()).build();
        assertThrows(IllegalStateException.class,
                () -> partial.expected(operation("GET /things/{id}"), TokenVariant.ADMIN));
    }

    @Test
    void resourcePathsAreNormalisedLikeTheDocument() {
        assertEquals("/members/{id}/history", ResourceAnnotations.normalise("//members/{ id : [0-9a-f-]+ }/history/"));
        assertEquals("/", ResourceAnnotations.normalise("/"));
    }
}

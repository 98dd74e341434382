package vn.dangbo.docs.document;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.authz.ApiOperation;
import vn.dangbo.testsupport.authz.AuthorizationMatrix;
import vn.dangbo.testsupport.authz.AuthorizationPolicy;
import vn.dangbo.testsupport.authz.DeclaredAccess;
import vn.dangbo.testsupport.authz.MatrixFixture;
import vn.dangbo.testsupport.authz.MatrixReport;
import vn.dangbo.testsupport.authz.MatrixRequest;
import vn.dangbo.testsupport.authz.OpenApiOperations;
import vn.dangbo.testsupport.authz.ResourceAnnotations;
import vn.dangbo.testsupport.authz.TokenVariant;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Every operation of the docs service's OpenAPI document × every caller → the status the code declares; the
 * table goes to target/authorization-matrix/docs-service.md and the README. The officer's subtree is their own
 * organisation (the issuer of the documents inside); the documents outside are issued by another organisation.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class AuthorizationMatrixTest {

    static AuthorizationPolicy policy(Map<String, DeclaredAccess> declared) {
        return AuthorizationPolicy.builder(declared)
                .successStatus(201, "201 Created with its Location", "POST /documents", "POST /documents/batch")
                .build();
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheCodeDeclares() {
        URI base = URI.create("http://localhost:" + RestAssured.port);
        List<ApiOperation> operations = OpenApiOperations.fetch(base);
        Map<String, DeclaredAccess> declared = ResourceAnnotations.read(Path.of("target/classes"));
        assertEquals(new TreeSet<>(declared.keySet()), new TreeSet<>(operations.stream().map(ApiOperation::key).toList()));

        MatrixReport report = new AuthorizationMatrix("docs-service", base, policy(declared), new DocsFixture(),
                RealInfrastructure.tokens()).run(operations);
        report.write(Path.of("target/authorization-matrix/docs-service.md"));

        assertEquals(operations.size() * TokenVariant.values().length, report.cells().size());
        assertTrue(report.mismatches().isEmpty(), report.describeMismatches());
    }

    /** One issuing organisation per scope, each with an issued plan. */
    static final class DocsFixture implements MatrixFixture {

        private final UUID officerOrganisation = UUID.randomUUID();
        private final UUID otherOrganisation = UUID.randomUUID();
        private final Map<UUID, String> documents = Map.of(officerOrganisation, issued(officerOrganisation),
                otherOrganisation, issued(otherOrganisation));

        @Override
        public String officerOrganisation() {
            return officerOrganisation.toString();
        }

        @Override
        public MatrixRequest prepare(ApiOperation operation, boolean outside) {
            UUID issuer = outside ? otherOrganisation : officerOrganisation;
            MatrixRequest r = MatrixRequest.create();
            switch (operation.key()) {
                case "POST /documents" -> r.json(DocumentIssuingApiTest.request("plan", issuer, "2020-2025", "2024-05-10"));
                case "POST /documents/batch" -> {
                    Map<String, Object> batch = DocumentIssuingApiTest.request("invitation", issuer, "2020-2025", "2024-05-02");
                    ((Map<?, ?>) batch.get("data")).remove("addressee");
                    batch.put("addressees", List.of(Map.of("name", "Đồng chí Nguyễn Văn Bình")));
                    r.json(batch);
                }
                case "POST /documents/{id}/void" -> r.path("id", issued(issuer)).json(Map.of("reason", "Sai thành phần"));
                case "GET /documents/register" -> r.query("issuerId", issuer).query("term", "2020-2025").query("run", "KH");
                case "GET /documents/{id}", "GET /documents/{id}/content" -> r.path("id", documents.get(issuer));
                case "GET /documents" -> r.query("issuerId", issuer);
                default -> throw new IllegalStateException("no sample request for " + operation.key()
                        + ": add one to the docs matrix fixture");
            }
            return r;
        }

        private static String issued(UUID issuer) {
            return given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType(ContentType.JSON)
                    .body(DocumentIssuingApiTest.request("plan", issuer, "2020-2025", "2024-05-10")).post("/documents")
                    .then().statusCode(201).extract().path("id");
        }
    }
}

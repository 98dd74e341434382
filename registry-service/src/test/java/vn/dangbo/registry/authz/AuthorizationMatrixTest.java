package vn.dangbo.registry.authz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.authz.ApiOperation;
import vn.dangbo.testsupport.authz.AuthorizationMatrix;
import vn.dangbo.testsupport.authz.AuthorizationPolicy;
import vn.dangbo.testsupport.authz.DeclaredAccess;
import vn.dangbo.testsupport.authz.MatrixReport;
import vn.dangbo.testsupport.authz.OpenApiOperations;
import vn.dangbo.testsupport.authz.ResourceAnnotations;
import vn.dangbo.testsupport.authz.TokenVariant;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Every operation of the registry's OpenAPI document × every caller (broken tokens, unknown role, viewer,
 * officer inside and outside their subtree, admin) → the status the code declares; the table goes to
 * target/authorization-matrix/registry-service.md and the README.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class AuthorizationMatrixTest {

    /** The reviewed half of the policy: what the annotations cannot say. */
    static AuthorizationPolicy policy(Map<String, DeclaredAccess> declared) {
        return AuthorizationPolicy.builder(declared)
                .successStatus(201, "201 Created with its Location", "POST /organisations", "POST /members",
                        "POST /members/admissions", "POST /members/{id}/positions")
                .successStatus(202, "202 Accepted: the import runs as a job", "POST /imports/members",
                        "POST /imports/organisations")
                .readBoundToSubtree("GET /exports/organisations",
                        "an officer exports only their subtree (OrganisationExchangeResource)")
                .writeNotBoundToSubtree("POST /imports/members",
                        "the job (202) refuses each row outside the officer's subtree (MemberImport; proven by "
                                + "ImportExportHttpTest.officersImportOnlyIntoTheirSubtreeAndSeeOnlyTheirJobs)")
                .writeNotBoundToSubtree("POST /imports/organisations",
                        "the job (202) refuses each row outside the officer's subtree (OrganisationRowCheck; proven by "
                                + "OrganisationImportExportHttpTest.officersImportAndExportOnlyWithinTheirSubtree)")
                .allowedStatus("GET /imports/{id}", Set.of(TokenVariant.OFFICER_OUTSIDE), 404,
                        "an officer reads only their own import jobs; another's (here the admin's) does not exist "
                                + "for them (ImportJobs.get)")
                .build();
    }

    @Test
    void everyOperationAnswersEveryCallerAsTheCodeDeclares() {
        URI base = URI.create("http://localhost:" + RestAssured.port);
        List<ApiOperation> operations = OpenApiOperations.fetch(base);
        Map<String, DeclaredAccess> declared = ResourceAnnotations.read(Path.of("target/classes"));
        // no endpoint escapes the matrix by missing from the document
        Set<String> documented = new TreeSet<>(operations.stream().map(ApiOperation::key).toList());
        assertEquals(new TreeSet<>(declared.keySet()), documented);

        MatrixReport report = new AuthorizationMatrix("registry-service", base, policy(declared),
                new RegistryMatrixFixture(), RealInfrastructure.tokens()).run(operations);
        report.write(Path.of("target/authorization-matrix/registry-service.md"));

        assertEquals(operations.size() * TokenVariant.values().length, report.cells().size());
        assertTrue(report.mismatches().isEmpty(), report.describeMismatches());
    }
}

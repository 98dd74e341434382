package vn.dangbo.docs.fuzz;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.fuzz.DatabaseFingerprint;
import vn.dangbo.testsupport.fuzz.OpenApiFuzzer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Every operation of docs-service's OpenAPI document answers malformed requests (issue 16 item 1) with a 4xx
 * problem+json naming the field, never a 5xx, a stack trace or SQL text, and a refused request writes nothing. Seeded:
 * {@code -Ddangbo.fuzz.seed=...} replays a run, {@code -Ddangbo.fuzz.requests=...} sends more.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "docs"),
        restrictToAnnotatedClass = false)
class OpenApiFuzzTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void malformedRequestsAreRefusedWithAProblemAndWriteNothing() throws Exception {
        OpenApiFuzzer.seededSample("docs-service", base.toString(), RealInfrastructure.tokens().admin(), Map.of(),
                new DatabaseFingerprint(dataSource::getConnection));
    }
}

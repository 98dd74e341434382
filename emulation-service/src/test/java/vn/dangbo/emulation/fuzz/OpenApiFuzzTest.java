package vn.dangbo.emulation.fuzz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.fuzz.DatabaseFingerprint;
import vn.dangbo.testsupport.fuzz.OpenApiFuzzer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Every operation of emulation-service's OpenAPI document answers malformed requests (issue 16 item 1) with a 4xx
 * problem+json naming the field, never a 5xx, a stack trace or SQL text, and a refused request writes nothing. Seeded:
 * {@code -Ddangbo.fuzz.seed=...} replays a run, {@code -Ddangbo.fuzz.requests=...} sends more.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class OpenApiFuzzTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void malformedRequestsAreRefusedWithAProblemAndWriteNothing() throws Exception {
        OpenApiFuzzer.seededSample("emulation-service", base.toString(), RealInfrastructure.tokens().admin(), Map.of(),
                new DatabaseFingerprint(dataSource::getConnection));
    }

    /** Found by the fuzzer (seed 20261208, #49): a value the binding could not read was "JSON không hợp lệ", unnamed. */
    @Test
    void aValueOfTheWrongShapeIsNamed() {
        given().auth().oauth2(RealInfrastructure.tokens().admin()).contentType("application/json")
                .body("{\"date\":\"2024-06-10\",\"startsAt\":\"08:00:00\",\"endsAt\":[1],\"venue\":\"Hội trường\"}")
                .put("/movements/" + UUID.randomUUID() + "/events/" + UUID.randomUUID() + "/schedule")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("endsAt"))
                .body("errors[0].message", equalTo("giá trị không đúng kiểu dữ liệu"));
    }
}

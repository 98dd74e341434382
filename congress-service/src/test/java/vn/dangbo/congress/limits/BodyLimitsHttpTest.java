package vn.dangbo.congress.limits;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.http.BodyLimitChecks;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Every body of this service is JSON: refused with 413 problem+json above 1 MB, before it is read. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class BodyLimitsHttpTest {

    @Test
    void aJsonBodyOfExactlyOneMegabyteGetsItsNormalAnswerAndALargerOneIsRefusedUnread() throws Exception {
        // an incomplete request: its normal answer is the validation error
        BodyLimitChecks.jsonEndpoint(RestAssured.port, RealInfrastructure.tokens().admin(), "/rounds", "{}",
                BodyLimitChecks.MB, "1 MB");
    }
}

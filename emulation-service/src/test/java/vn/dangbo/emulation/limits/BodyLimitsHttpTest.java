package vn.dangbo.emulation.limits;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.http.BodyLimitChecks;
import vn.dangbo.testsupport.http.RawUpload;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * JSON bodies refused with 413 problem+json above 1 MB, the progress import above 2 GB and the files held in memory
 * (evidence, photos, a guest list) above 32 MB, each before a byte of the body is read.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class BodyLimitsHttpTest {

    private static final long GB = 1024L * BodyLimitChecks.MB;

    @Test
    void aJsonBodyOfExactlyOneMegabyteGetsItsNormalAnswerAndALargerOneIsRefusedUnread() throws Exception {
        // an incomplete request: its normal answer is the validation error
        BodyLimitChecks.jsonEndpoint(RestAssured.port, admin(), "/movements", "{}", BodyLimitChecks.MB, "1 MB");
    }

    @Test
    void theProgressImportTakesMoreThanJsonAndIsRefusedAboveItsOwnLimitBeforeItIsRead() throws Exception {
        String path = "/movements/" + UUID.randomUUID() + "/progress-reports/import";
        long twoMegabytes = 2L * BodyLimitChecks.MB;
        RawUpload.Answer larger = RawUpload.send(RestAssured.port, "POST", path, headers("text/csv"), twoMegabytes,
                RawUpload.repeated((byte) '\n', twoMegabytes));
        assertNotEquals(413, larger.status(), "an import larger than a JSON body is taken: " + larger.body());
        BodyLimitChecks.assertRefused(RawUpload.announce(RestAssured.port, "POST", path, headers("text/csv"),
                2 * GB + 1), "2 GB");
    }

    @Test
    void filesHeldInMemoryAreRefusedAboveThirtyTwoMegabytesBeforeTheyAreRead() throws Exception {
        UUID movement = UUID.randomUUID();
        for (String path : new String[] {
                "/movements/" + movement + "/works/" + UUID.randomUUID() + "/progress/" + UUID.randomUUID() + "/evidence",
                "/movements/" + movement + "/journal/articles/" + UUID.randomUUID() + "/photos",
                "/movements/" + movement + "/tradition-room/exhibits/" + UUID.randomUUID() + "/photos",
                "/movements/" + movement + "/events/" + UUID.randomUUID() + "/guests/import"}) {
            BodyLimitChecks.assertRefused(RawUpload.announce(RestAssured.port, "POST", path,
                    headers("application/octet-stream"), 32L * BodyLimitChecks.MB + 1), "32 MB");
        }
    }

    private static Map<String, String> headers(String contentType) {
        return Map.of("Authorization", "Bearer " + admin(), "Content-Type", contentType);
    }

    private static String admin() {
        return RealInfrastructure.tokens().admin();
    }
}

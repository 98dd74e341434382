package vn.dangbo.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A pod whose Secret holds a wrong password is not ready: the readiness check logs in through SASL like the
 * channels, so it does not report a cluster whose port merely answers.
 */
@QuarkusTest
@TestProfile(KafkaWrongPasswordTest.WrongPassword.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class KafkaWrongPasswordTest {

    /** {@link KafkaSecurityTest}'s settings, with a password the broker refuses. */
    public static class WrongPassword implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return SecuredKafka.serviceSettings(SecuredKafka.broker(), "sai-mật-khẩu");
        }
    }

    @Test
    void aRefusedLoginMakesTheServiceNotReady() {
        String sasl = SecuredKafka.broker().saslBootstrapServers();
        await("Kafka's check down").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "DOWN".equals(given().get("/q/health/ready").then().extract().jsonPath()
                        .getString("checks.find { it.name == 'Kafka' }.status")));
        JsonPath health = given().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
        assertEquals("DOWN", health.getString("status"));
        assertEquals(sasl, health.getString("checks.find { it.name == 'Kafka' }.data.'bootstrap.servers'"));
        String error = health.getString("checks.find { it.name == 'Kafka' }.data.error");
        assertTrue(error.contains("Authentication failed"), error);
        assertFalse(error.contains("sai-mật-khẩu"), "the password stays out of the health report: " + error);
    }
}

package vn.dangbo.registry.messaging;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import vn.dangbo.testsupport.infra.CertificateAuthority;
import vn.dangbo.testsupport.infra.KafkaServer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A pod given the wrong CA certificate (another cluster's {@code ca.crt}, say) is not ready: the readiness check makes
 * its TLS connection with the channels' truststore, and a broker certificate that CA did not sign fails the handshake,
 * although the password is right.
 */
@QuarkusTest
@TestProfile(KafkaUntrustedCaTest.AnotherCa.class)
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class KafkaUntrustedCaTest {

    /** {@link KafkaSecurityTest}'s settings, trusting a CA that did not sign the broker's certificate. */
    public static class AnotherCa implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            KafkaServer kafka = SecuredKafka.broker();
            return SecuredKafka.serviceSettings(kafka, SecuredKafka.PASSWORD,
                    CertificateAuthority.in(kafka.directory().resolve("another-ca"), "another CA").certificatePem());
        }
    }

    @Test
    void aBrokerCertificateTheTrustedCaDidNotSignMakesTheServiceNotReady() {
        String sasl = SecuredKafka.broker().saslBootstrapServers();
        await("Kafka's check down").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> "DOWN".equals(given().get("/q/health/ready").then().extract().jsonPath()
                        .getString("checks.find { it.name == 'Kafka' }.status")));
        JsonPath health = given().get("/q/health/ready").then().statusCode(503).extract().jsonPath();
        assertEquals(sasl, health.getString("checks.find { it.name == 'Kafka' }.data.'bootstrap.servers'"));
        String error = health.getString("checks.find { it.name == 'Kafka' }.data.error");
        assertTrue(error.contains("SSL handshake failed"), error);
    }
}

package vn.dangbo.emulation.movement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The HTTP edges of the movement API; the lists themselves are checked in the consumer contract test. */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "emulation"),
        restrictToAnnotatedClass = false)
class MovementResourceTest {

    private static final String ELIGIBLE = "/movements/eligible-organisations";

    @Test
    void withoutATokenIs401ProblemJson() {
        given().when().get(ELIGIBLE)
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dangbo:problem:unauthorized"))
                .body("title", equalTo("Chưa xác thực"))
                .body("status", equalTo(401));
    }

    @Test
    void anInvalidTokenIs401() {
        given().auth().oauth2("not.a.token").when().get(ELIGIBLE)
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void anUnknownBlocIs404ProblemJson() {
        UUID unknown = UUID.randomUUID();
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .queryParam("blocId", unknown.toString())
                .when().get(ELIGIBLE)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dangbo:problem:not-found"))
                .body("title", equalTo("Không tìm thấy"))
                .body("status", equalTo(404))
                .body("detail", equalTo("Không có Đảng bộ Khối với mã " + unknown))
                .body("instance", equalTo(ELIGIBLE));
    }

    @Test
    void aBlocIdThatIsNotAUuidIs400ProblemJson() {
        given().auth().oauth2(RealInfrastructure.tokens().officer(UUID.randomUUID().toString()))
                .queryParam("blocId", "đảng-bộ-khối")
                .when().get(ELIGIBLE)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dangbo:problem:validation"))
                .body("errors[0].field", equalTo("blocId"))
                .body("errors[0].message", equalTo("không phải mã UUID hợp lệ"));
    }

    @Test
    void everyRoleMayRead() {
        for (String token : new String[] {RealInfrastructure.tokens().admin(), RealInfrastructure.tokens().viewer(),
                RealInfrastructure.tokens().officer(UUID.randomUUID().toString())}) {
            given().auth().oauth2(token).when().get(ELIGIBLE).then().statusCode(200).contentType("application/json");
        }
    }

    @Test
    void anUnknownRoleIs403ProblemJson() {
        String stranger = RealInfrastructure.tokens().token("stranger", "guest", null, java.time.Duration.ofMinutes(5));
        given().auth().oauth2(stranger).when().get(ELIGIBLE)
                .then().statusCode(403)
                .contentType("application/problem+json")
                .body("title", equalTo("Không có quyền"));
    }

    @Test
    void theAsyncApiDocumentIsServedAndSaysWhatIsConsumed() {
        given().when().get("/events/asyncapi.yaml")
                .then().statusCode(200)
                .body(containsString("asyncapi: 3.0.0"))
                .body(containsString("address: registry.organisations.v1"))
                .body(containsString("action: receive"))
                .body(containsString("vn.dangbo.registry.organisation.created.v1"))
                .body(containsString("address: registry.members.v1"))
                .body(containsString("address: emulation.awards.v1"));
    }
}

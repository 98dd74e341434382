package vn.dangbo.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** emulation-service's HTTP API as the bloc's office (Văn phòng) and the organisations use it. */
final class Emulation {

    static final String PLAN = "2024-khoi-65-nam";
    private static final Duration PROPAGATION = Duration.ofSeconds(60);

    private Emulation() {
    }

    static RequestSpecification as(String token) {
        return given().baseUri(SystemUnderTest.url("emulation-service")).auth().oauth2(token)
                .contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as(SystemUnderTest.admin());
    }

    /** Waits until emulation-service knows the organisation as a grassroots organisation of the bloc. */
    static void awaitParticipant(UUID bloc, UUID organisation) {
        Awaitility.await().atMost(PROPAGATION).until(() -> admin().queryParam("blocId", bloc)
                .get("/movements/eligible-organisations").then().extract().statusCode() == 200
                && admin().queryParam("blocId", bloc).get("/movements/eligible-organisations").then().extract()
                .jsonPath().getList("id").contains(organisation.toString()));
    }

    /** The bloc's movement of the seed's plan, launched by the bloc's office. */
    static String launch(UUID bloc) {
        return as(SystemUnderTest.officer(bloc)).body(Map.of("planId", PLAN, "blocId", bloc))
                .post("/movements").then().statusCode(201).extract().path("id");
    }

    /**
     * A nomination as a draft; a member nominee is refused until emulation-service has the member from the
     * registry's events, so the request is repeated until then (a refused request changes nothing).
     */
    static String nominate(String movement, UUID nominatedBy, String kind, Object nomineeId, String achievement) {
        Map<String, Object> body = Map.of("nominatedBy", nominatedBy, "nomineeKind", kind, "nomineeId", nomineeId,
                "achievement", achievement);
        String path = "/movements/" + movement + "/nominations";
        return Awaitility.await().atMost(PROPAGATION).until(() -> {
            var answer = as(SystemUnderTest.officer(nominatedBy)).body(body).post(path).then().extract();
            return answer.statusCode() == 201 ? answer.<String>path("id") : null;
        }, id -> id != null);
    }

    static ValidatableResponse post(String token, String path, Object body) {
        RequestSpecification request = as(token);
        if (body != null) {
            request = request.body(body);
        }
        return request.post(path).then();
    }

    static ValidatableResponse get(String path) {
        return admin().get(path).then().statusCode(200);
    }
}

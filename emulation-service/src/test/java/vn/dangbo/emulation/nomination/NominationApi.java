package vn.dangbo.emulation.nomination;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.testing.RegistryPlayer.Org;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** The nominations API as the tests call it. */
final class NominationApi {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    private NominationApi() {
    }

    static Instant hanoi(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2024, month, day, hour, minute).atZone(HANOI).toInstant();
    }

    static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    /** The seed's plan launched for the bloc; returns the movement id. */
    static String launch(Org bloc) {
        return given().auth().oauth2(admin()).contentType(ContentType.JSON)
                .body(Map.of("planId", "2024-khoi-65-nam", "blocId", bloc.id().toString()))
                .when().post("/movements")
                .then().statusCode(201).extract().path("id");
    }

    static String path(String movementId) {
        return "/movements/" + movementId + "/nominations";
    }

    static ValidatableResponse create(String token, String movementId, UUID nominatedBy, String kind,
            UUID nomineeId, String formCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nominatedBy", nominatedBy.toString());
        body.put("nomineeKind", kind);
        body.put("nomineeId", nomineeId.toString());
        if (formCode != null) {
            body.put("formCode", formCode);
        }
        body.put("achievement", "Hoàn thành xuất sắc nhiệm vụ, tiêu biểu trong phong trào thi đua");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post(path(movementId)).then();
    }

    /** A draft by the proposer's officer; returns its id. */
    static String draft(String movementId, Org by, String kind, UUID nomineeId) {
        return create(RealInfrastructure.tokens().officer(by.id().toString()), movementId, by.id(), kind, nomineeId,
                null).statusCode(201).extract().path("id");
    }

    static ValidatableResponse act(String token, String movementId, String id, String action, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.when().post(path(movementId) + "/" + id + "/" + action).then();
    }
}

package vn.dangbo.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** congress-service's elections API as the office of one congress uses it, with one officer's token. */
final class CongressElections {

    private final String congressId;
    private final String token;

    CongressElections(String congressId, String token) {
        this.congressId = congressId;
        this.token = token;
    }

    RequestSpecification request() {
        return given().baseUri(SystemUnderTest.url("congress-service")).auth().oauth2(token)
                .contentType(ContentType.JSON);
    }

    ValidatableResponse open(String office, int seats) {
        return request().body(Map.of("office", office, "seats", seats))
                .post("/congresses/" + congressId + "/elections").then();
    }

    ValidatableResponse nominate(String electionId, String memberId, String source) {
        return request().body(Map.of("memberId", memberId, "source", source,
                        "nominatedBy", "Đoàn Chủ tịch đại hội"))
                .post("/elections/" + electionId + "/candidates").then();
    }

    /** Approves the list: the response names each candidate on it with their id. */
    ValidatableResponse approveList(String electionId) {
        return request().body(Map.of()).post("/elections/" + electionId + "/list/approval").then();
    }

    void ballots(String electionId, int issued, int returned) {
        request().body(Map.of("issued", issued, "returned", returned))
                .put("/elections/" + electionId + "/ballots").then().statusCode(200);
    }

    /** One teller's entry of a struck-out ballot: the names left standing. */
    ValidatableResponse kept(String electionId, String serial, String teller, List<String> candidateIds) {
        return request().body(Map.of("serial", serial, "tellerCode", teller, "kept", candidateIds))
                .post("/elections/" + electionId + "/entries").then();
    }

    /** One teller's entry of an agree/disagree ballot: the box marked for each name. */
    ValidatableResponse marks(String electionId, String serial, String teller, Map<String, String> marks) {
        return request().body(Map.of("serial", serial, "tellerCode", teller, "marks", new HashMap<>(marks)))
                .post("/elections/" + electionId + "/entries").then();
    }

    ValidatableResponse close(String electionId) {
        return request().post("/elections/" + electionId + "/closing").then();
    }

    ValidatableResponse get(String path) {
        return request().get(path).then().statusCode(200);
    }
}

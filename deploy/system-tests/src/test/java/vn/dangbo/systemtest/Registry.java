package vn.dangbo.systemtest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** The registry's HTTP API as a client uses it. */
final class Registry {

    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000_000L * 10);

    private Registry() {
    }

    static UUID organisation(UUID parent, String type, String name, String shortCode) {
        Map<String, Object> body = new HashMap<>();
        body.put("parentId", parent);
        body.put("type", type);
        body.put("name", name);
        body.put("shortCode", shortCode);
        body.put("term", "2020-2025");
        return UUID.fromString(given().baseUri(SystemUnderTest.url("registry-service"))
                .auth().oauth2(SystemUnderTest.admin()).contentType(ContentType.JSON).body(body)
                .post("/organisations").then().statusCode(201).extract().path("id"));
    }

    /** @return the member id */
    static String member(UUID cell, String fullName, String sex, LocalDate admittedOn, LocalDate fullMemberOn) {
        long n = SEQUENCE.incrementAndGet();
        Map<String, Object> body = new HashMap<>();
        body.put("organisationId", cell);
        body.put("fullName", fullName);
        body.put("birthDate", "1980-03-0" + (1 + n % 9));
        body.put("sex", sex);
        body.put("ethnicity", "Kinh");
        body.put("nationalId", String.format("%012d", 10_000_000_000L + n));
        body.put("phone", String.format("09%08d", n % 100_000_000L));
        body.put("partyCardNumber", "S" + n);
        body.put("admittedOn", admittedOn.toString());
        body.put("fullMemberOn", fullMemberOn == null ? null : fullMemberOn.toString());
        return given().baseUri(SystemUnderTest.url("registry-service"))
                .auth().oauth2(SystemUnderTest.admin()).contentType(ContentType.JSON).body(body)
                .post("/members").then().statusCode(201).extract().path("id");
    }

    static void makeFull(String memberId, LocalDate effectiveDate) {
        given().baseUri(SystemUnderTest.url("registry-service"))
                .auth().oauth2(SystemUnderTest.admin()).contentType(ContentType.JSON)
                .body(Map.of("effectiveDate", effectiveDate.toString(), "decisionReference", "Quyết định số 07-QĐ/ĐU"))
                .post("/members/" + memberId + "/full-membership").then().statusCode(200);
    }

    /** Gives the member a position in a party body from {@code startedOn}, as an office records it by hand. */
    static void position(String memberId, String role, UUID organisation, LocalDate startedOn, String decision) {
        given().baseUri(SystemUnderTest.url("registry-service"))
                .auth().oauth2(SystemUnderTest.admin()).contentType(ContentType.JSON)
                .body(Map.of("role", role, "organisationId", organisation.toString(),
                        "startedOn", startedOn.toString(), "decisionReference", decision))
                .post("/members/" + memberId + "/positions").then().statusCode(201);
    }
}

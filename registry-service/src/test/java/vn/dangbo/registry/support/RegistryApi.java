package vn.dangbo.registry.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/** Builds requests against the registry's HTTP API, as a client would. */
public final class RegistryApi {

    private static final AtomicLong NATIONAL_IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private RegistryApi() {
    }

    public static String admin() {
        return RealInfrastructure.tokens().admin();
    }

    public static ValidatableResponse createOrganisation(String token, UUID parentId, String type, String name,
            String shortCode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentId", parentId);
        body.put("type", type);
        body.put("name", name);
        body.put("shortCode", shortCode);
        body.put("term", "2020-2025");
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/organisations").then();
    }

    public static UUID organisation(UUID parentId, String type, String name, String shortCode) {
        return UUID.fromString(createOrganisation(admin(), parentId, type, name, shortCode)
                .statusCode(201).extract().path("id"));
    }

    /** A valid member registration; tests change one field at a time. */
    public static Map<String, Object> memberBody(UUID cellId, String fullName, boolean full) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisationId", cellId);
        body.put("fullName", fullName);
        body.put("birthDate", "1985-04-12");
        body.put("sex", "MALE");
        body.put("ethnicity", "Kinh");
        body.put("religion", "Không");
        body.put("nationalId", nextNationalId());
        body.put("phone", "09" + String.format("%08d", NATIONAL_IDS.incrementAndGet() % 100_000_000L));
        body.put("partyCardNumber", "TD" + NATIONAL_IDS.incrementAndGet());
        body.put("admittedOn", "2010-05-19");
        body.put("fullMemberOn", full ? "2011-05-19" : null);
        body.put("jobTitle", "Chuyên viên");
        body.put("workplace", "Văn phòng UBND tỉnh");
        return body;
    }

    /** The ETag of an organisation or member as a client reads it before changing it. */
    public static String etag(String path) {
        return given().auth().oauth2(admin()).get(path).then().statusCode(200).extract().header("ETag");
    }

    /** A POST (or PUT) of a JSON body with If-Match (none when {@code ifMatch} is null). */
    public static ValidatableResponse send(String token, String method, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.request(method, path).then();
    }

    /** A lifecycle step body: effective date and decision reference. */
    public static Map<String, Object> step(java.time.LocalDate effectiveDate, String decision) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveDate", effectiveDate.toString());
        body.put("decisionReference", decision);
        return body;
    }

    public static ValidatableResponse registerMember(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/members").then();
    }

    public static String nextNationalId() {
        return String.format("%012d", 1_000_000_000L + NATIONAL_IDS.incrementAndGet() % 8_999_999_999L);
    }
}

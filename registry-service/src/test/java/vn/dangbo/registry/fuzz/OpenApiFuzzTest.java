package vn.dangbo.registry.fuzz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.etag;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.fuzz.DatabaseFingerprint;
import vn.dangbo.testsupport.fuzz.OpenApiFuzzer;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Every operation of the registry's OpenAPI document answers malformed requests (issue 16 item 1) with a 4xx
 * problem+json naming the field, never a 5xx, a stack trace or SQL text, and a refused request writes nothing. Seeded:
 * {@code -Ddangbo.fuzz.seed=...} replays a run, {@code -Ddangbo.fuzz.requests=...} sends more.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class OpenApiFuzzTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void malformedRequestsAreRefusedWithAProblemAndWriteNothing() throws Exception {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối kiểm thử dữ liệu hỏng", "ĐUK");
        UUID office = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Văn phòng kiểm thử", "ĐU");
        UUID cell = organisation(office, "CELL", "Chi bộ kiểm thử", "CB");
        String member = registerMember(admin(), memberBody(cell, "Nguyễn Văn Kiểm", true)).statusCode(201)
                .extract().path("id");
        Map<String, String> known = Map.of("organisations/{id}", cell.toString(), "members/{id}", member,
                "organisationId", cell.toString(), "parentId", office.toString(), "{id}", cell.toString());
        OpenApiFuzzer.seededSample("registry-service", base.toString(), admin(), known,
                new DatabaseFingerprint(dataSource::getConnection));
    }

    /** Found by the fuzzer (seed 20261208, #12 and #348): U+0000 reached PostgreSQL and failed the statement (500). */
    @Test
    void aNulCharacterIsRefusedNamingItsFieldOrParameter() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối ký tự NUL", "ĐUK");
        UUID cell = organisation(organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ NUL", "ĐU"), "CELL", "Chi bộ NUL",
                "CB");
        String member = registerMember(admin(), memberBody(cell, "Trần Văn Rỗng", true)).statusCode(201)
                .extract().path("id");
        send(admin(), "POST", "/members/" + member + "/death", etag("/members/" + member),
                Map.of("effectiveDate", "2024-05-15", "decisionReference", "QĐ\u0000")).statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("decisionReference"))
                .body("errors[0].message", equalTo("không được chứa ký tự NUL (\\u0000)"));
        given().auth().oauth2(admin()).get("/members/" + member).then().statusCode(200)
                .body("state", equalTo("ACTIVE"));
        given().auth().oauth2(admin()).queryParam("q", "Trần\u0000").get("/members").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }
}

package vn.dangbo.registry.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;
import static vn.dangbo.registry.support.RegistryApi.step;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class AuditHttpTest {

    @Test
    void everyWriteIsAuditedWithWhoAndTheStateBeforeAndAfter() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        UUID committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Công Thương", "ĐU");
        UUID cell = organisation(committee, "CELL", "Chi bộ Quản lý thị trường", "CB");
        String officer = RealInfrastructure.tokens().officer(committee.toString());
        send(officer, "PUT", "/organisations/" + cell + "/name", "\"0\"", Map.of("name", "Chi bộ Phòng Kỹ thuật"))
                .statusCode(200);

        given().auth().oauth2(admin()).get("/audit?entity=organisation&id=" + cell).then().statusCode(200)
                .body("action", contains("CREATED", "RENAMED"))
                .body("[0].before", nullValue())
                .body("[0].after.name", equalTo("Chi bộ Quản lý thị trường"))
                .body("[1].actor", notNullValue())
                .body("[1].before.name", equalTo("Chi bộ Quản lý thị trường"))
                .body("[1].after.name", equalTo("Chi bộ Phòng Kỹ thuật"))
                .body("[1].after.version", equalTo(1));

        String member = registerMember(officer, memberBody(cell, "Kiều Văn Bình", true)).statusCode(201)
                .extract().path("id");
        send(officer, "POST", "/members/" + member + "/death", null, step(LocalDate.now(), "Thông báo số 3-TB/ĐU"))
                .statusCode(200);
        given().auth().oauth2(admin()).get("/audit?entity=member&id=" + member).then().statusCode(200)
                .body("action", contains("REGISTERED", "DECEASED"))
                .body("[1].before.state", equalTo("ACTIVE"))
                .body("[1].after.state", equalTo("LEFT"));
    }

    @Test
    void onlyAdminsReadTheAuditTrail() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        given().auth().oauth2(RealInfrastructure.tokens().officer(bloc.toString()))
                .get("/audit?entity=organisation&id=" + bloc).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/audit?entity=organisation&id=" + bloc).then().statusCode(403);
        given().auth().oauth2(admin()).get("/audit?entity=congress&id=" + bloc).then().statusCode(400)
                .body("errors[0].field", equalTo("entity"));
    }
}

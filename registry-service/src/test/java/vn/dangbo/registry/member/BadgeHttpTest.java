package vn.dangbo.registry.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
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
class BadgeHttpTest {

    @Test
    void membersReachingABadgeInThePeriodAreGroupedByBadge() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối", "ĐUK");
        UUID committee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Nông nghiệp", "ĐU");
        UUID cellA = organisation(committee, "CELL", "Chi bộ Thủy lợi", "CB");
        UUID cellB = organisation(committee, "CELL", "Chi bộ Lâm nghiệp", "CB");
        UUID outside = organisation(organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Xây dựng", "ĐU"),
                "CELL", "Chi bộ Quy hoạch", "CB");
        member(cellA, "Lý Văn Tám", "1994-05-19", "1970-01-01");
        member(cellB, "Hà Thị Năm", "1979-02-03", "1955-01-01");
        member(cellB, "Trương Văn Bốn", "1984-05-10", "1960-01-01");
        member(cellA, "Lâm Văn Ba", "1989-05-19", "1965-01-01"); // 35 years: no badge
        member(outside, "Tô Văn Hai", "1994-06-01", "1970-01-01"); // another subtree
        String died = member(cellA, "Mạc Văn Một", "1994-07-01", "1970-01-01");
        send(admin(), "POST", "/members/" + died + "/death", null, step(LocalDate.now(), "Thông báo số 9-TB/ĐU"))
                .statusCode(200);

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/organisations/" + committee + "/badges?from=2024-01-01&to=2024-12-31").then().statusCode(200)
                .body("years", contains(30, 40, 45))
                .body("badge", contains("Huy hiệu 30 năm tuổi Đảng", "Huy hiệu 40 năm tuổi Đảng",
                        "Huy hiệu 45 năm tuổi Đảng"))
                .body("[0].members.fullName", contains("Lý Văn Tám"))
                .body("[0].members[0].reachesOn", equalTo("2024-05-19"))
                .body("[1].members.fullName", contains("Trương Văn Bốn"))
                .body("[2].members.fullName", contains("Hà Thị Năm"));
        given().auth().oauth2(admin()).get("/organisations/" + committee + "/badges?from=2024-12-31&to=2024-01-01")
                .then().statusCode(400).body("errors[0].field", equalTo("to"));
        given().auth().oauth2(admin()).get("/organisations/" + committee + "/badges?from=2024-01-01").then()
                .statusCode(400);
    }

    private static String member(UUID cell, String name, String admitted, String born) {
        Map<String, Object> body = memberBody(cell, name, true);
        body.put("birthDate", born);
        body.put("admittedOn", admitted);
        body.put("fullMemberOn", LocalDate.parse(admitted).plusYears(1).toString());
        return registerMember(admin(), body).statusCode(201).extract().path("id");
    }
}

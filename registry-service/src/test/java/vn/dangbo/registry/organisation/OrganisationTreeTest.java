package vn.dangbo.registry.organisation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.etag;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;
import static vn.dangbo.registry.support.RegistryApi.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.registry.support.Topics;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, restrictToAnnotatedClass = false,
        initArgs = @ResourceArg(name = "database", value = "registry"))
class OrganisationTreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    UUID bloc;
    UUID committeeA;
    UUID committeeB;
    UUID partial;
    UUID cell;

    @BeforeEach
    void tree() {
        bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối các cơ quan tỉnh", "ĐUK");
        committeeA = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Y tế", "ĐU");
        committeeB = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Giáo dục", "ĐU");
        partial = organisation(committeeA, "PARTIAL_COMMITTEE", "Đảng bộ bộ phận Bệnh viện", "ĐBBP");
        cell = organisation(partial, "CELL", "Chi bộ Khoa Nội", "CB");
    }

    @Test
    void aRenameWithoutIfMatchIs428AndWithAStaleVersionIs412() {
        String path = "/organisations/" + committeeB;
        assertEquals("\"0\"", etag(path));
        Map<String, Object> rename = Map.of("name", "Đảng bộ Sở Giáo dục và Đào tạo");

        send(admin(), "PUT", path + "/name", null, rename).statusCode(428)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("If-Match"));
        send(admin(), "PUT", path + "/name", "\"0\"", rename).statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Đảng bộ Sở Giáo dục và Đào tạo"))
                .body("shortCode", equalTo("ĐU"));
        // a second editor who read version 0 must not overwrite the first one's change
        send(admin(), "PUT", path + "/name", "\"0\"", Map.of("name", "Đảng bộ Sở GD")).statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("phiên bản hiện tại 1"));
        given().auth().oauth2(admin()).get(path).then().body("name", equalTo("Đảng bộ Sở Giáo dục và Đào tạo"));

        List<JsonNode> events = Topics.await("registry.organisations.v1",
                Topics.ofType(committeeB.toString(), "vn.dangbo.registry.organisation.renamed.v1"), 1)
                .stream().map(r -> read(r.value())).toList();
        assertEquals("Đảng bộ Sở Giáo dục", events.get(0).at("/previousName").asText());
        assertEquals(1, events.get(0).at("/organisation/version").asInt());
    }

    @Test
    void aNewTermIsPublishedWithThePreviousOne() {
        String path = "/organisations/" + cell;
        send(admin(), "PUT", path + "/term", "\"0\"", Map.of("term", "2025-2030")).statusCode(200)
                .body("term", equalTo("2025-2030"));
        send(admin(), "PUT", path + "/term", "\"1\"", Map.of("term", "2025")).statusCode(400)
                .body("errors[0].field", equalTo("term"));
        send(admin(), "PUT", path + "/term", "*", Map.of("term", "2030-2035")).statusCode(412);
        JsonNode changed = read(Topics.await("registry.organisations.v1",
                Topics.ofType(cell.toString(), "vn.dangbo.registry.organisation.term-changed.v1"), 1).get(0).value());
        assertEquals("2020-2025", changed.at("/previousTerm").asText());
        assertEquals("2025-2030", changed.at("/organisation/term").asText());
    }

    @Test
    void anOrganisationCannotMoveUnderItselfOrItsDescendants() {
        String path = "/organisations/" + partial + "/move";
        send(admin(), "POST", path, "\"0\"", Map.of("parentId", cell)).statusCode(422)
                .body("errors[0].field", equalTo("parentId"))
                .body("detail", containsString("trực thuộc của chính nó"));
        send(admin(), "POST", path, "\"0\"", Map.of("parentId", partial)).statusCode(422)
                .body("detail", containsString("chính nó"));
        send(admin(), "POST", path, null, Map.of("parentId", committeeB)).statusCode(428);
        given().auth().oauth2(admin()).get("/organisations/" + partial).then()
                .body("parentId", equalTo(committeeA.toString()));
    }

    @Test
    void aMoveRewritesThePathOfTheWholeSubtreeAndPublishesOldAndNewParent() {
        send(admin(), "POST", "/organisations/" + partial + "/move", etag("/organisations/" + partial),
                Map.of("parentId", committeeB)).statusCode(200)
                .body("parentId", equalTo(committeeB.toString()))
                .body("path", contains(bloc.toString(), committeeB.toString(), partial.toString()));

        given().auth().oauth2(admin()).get("/organisations/" + cell).then().statusCode(200)
                .body("path", contains(bloc.toString(), committeeB.toString(), partial.toString(), cell.toString()));
        given().auth().oauth2(admin()).get("/organisations/" + cell + "/path").then().statusCode(200)
                .body("name", contains("Đảng bộ Khối các cơ quan tỉnh", "Đảng bộ Sở Giáo dục",
                        "Đảng bộ bộ phận Bệnh viện", "Chi bộ Khoa Nội"));
        given().auth().oauth2(admin()).get("/organisations/" + committeeB + "/subtree?size=2").then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains(committeeB.toString(), partial.toString()));
        given().auth().oauth2(admin()).get("/organisations/" + committeeB + "/subtree?page=1&size=2").then()
                .body("items.id", contains(cell.toString()));
        given().auth().oauth2(admin()).get("/organisations/" + committeeA + "/subtree").then()
                .body("total", equalTo(1));

        JsonNode moved = read(Topics.await("registry.organisations.v1",
                Topics.ofType(partial.toString(), "vn.dangbo.registry.organisation.moved.v1"), 1).get(0).value());
        assertEquals(committeeA.toString(), moved.at("/fromParentId").asText());
        assertEquals(committeeB.toString(), moved.at("/toParentId").asText());
        assertEquals(List.of(bloc.toString(), committeeB.toString(), partial.toString()),
                JSON.convertValue(moved.at("/organisation/path"), List.class));
    }

    @Test
    void aMergerMovesTheMembersKeepsTheSourceAsMergedAndTheirHistory() {
        UUID target = organisation(partial, "CELL", "Chi bộ Khoa Ngoại", "CB");
        String memberId = registerMember(admin(), memberBody(cell, "Đinh Văn Hùng", true)).statusCode(201)
                .extract().path("id");
        Map<String, Object> merger = Map.of("targetId", target, "effectiveDate", LocalDate.now().toString(),
                "decisionReference", "Quyết định số 15-QĐ/ĐU");

        send(admin(), "POST", "/organisations/" + cell + "/merger", "\"0\"", merger).statusCode(200)
                .body("status", equalTo("MERGED"))
                .body("mergedInto", equalTo(target.toString()));

        given().auth().oauth2(admin()).get("/members/" + memberId).then()
                .body("organisationId", equalTo(target.toString()));
        given().auth().oauth2(admin()).get("/members/" + memberId + "/history").then()
                .body("kind", contains("ADMITTED", "MADE_FULL", "TRANSFERRED"))
                .body("organisationId", contains(cell.toString(), cell.toString(), target.toString()))
                .body("[2].decisionReference", equalTo("Quyết định số 15-QĐ/ĐU"));
        given().auth().oauth2(admin()).get("/organisations/" + cell).then().statusCode(200)
                .body("status", equalTo("MERGED"));
        // a merged organisation takes no further change
        send(admin(), "PUT", "/organisations/" + cell + "/name", etag("/organisations/" + cell),
                Map.of("name", "Chi bộ mới")).statusCode(422);

        JsonNode merged = read(Topics.await("registry.organisations.v1",
                Topics.ofType(cell.toString(), "vn.dangbo.registry.organisation.merged.v1"), 1).get(0).value());
        assertEquals(target.toString(), merged.at("/organisation/mergedInto").asText());
        JsonNode transferred = read(Topics.await("registry.members.v1",
                Topics.ofType(memberId, "vn.dangbo.registry.member.transferred.v1"), 1).get(0).value());
        assertEquals(target.toString(), transferred.at("/member/organisationId").asText());
    }

    @Test
    void onlyAnEmptyOrganisationIsDissolved() {
        registerMember(admin(), memberBody(cell, "Lương Thị Thu", true)).statusCode(201);
        Map<String, Object> dissolution = Map.of("effectiveDate", LocalDate.now().toString(),
                "decisionReference", "Quyết định số 16-QĐ/ĐU");
        send(admin(), "POST", "/organisations/" + cell + "/dissolution", "\"0\"", dissolution).statusCode(422)
                .body("detail", containsString("còn 1 đảng viên"));
        send(admin(), "POST", "/organisations/" + partial + "/dissolution", "\"0\"", dissolution).statusCode(422)
                .body("detail", containsString("còn tổ chức đảng trực thuộc"));

        UUID empty = organisation(committeeB, "CELL", "Chi bộ Phòng Kế hoạch", "CB");
        send(admin(), "POST", "/organisations/" + empty + "/dissolution", "\"0\"", dissolution).statusCode(200)
                .body("status", equalTo("DISSOLVED"));
        registerMember(admin(), memberBody(empty, "Mai Văn Tiến", true)).statusCode(422)
                .body("errors[0].field", equalTo("organisationId"));
        Topics.await("registry.organisations.v1",
                Topics.ofType(empty.toString(), "vn.dangbo.registry.organisation.dissolved.v1"), 1);
    }

    @Test
    void officersChangeOnlyTheirOwnSubtreeWithTheNewCommandsToo() {
        String officer = RealInfrastructure.tokens().officer(committeeA.toString());
        send(officer, "PUT", "/organisations/" + committeeB + "/name", "\"0\"", Map.of("name", "Tên khác"))
                .statusCode(403);
        // taking a subtree out of the officer's reach needs rights on the new parent too
        send(officer, "POST", "/organisations/" + partial + "/move", "\"0\"", Map.of("parentId", committeeB))
                .statusCode(403);
        send(RealInfrastructure.tokens().viewer(), "PUT", "/organisations/" + cell + "/name", "\"0\"",
                Map.of("name", "Tên khác")).statusCode(403);
        send(officer, "PUT", "/organisations/" + cell + "/name", "\"0\"", Map.of("name", "Chi bộ Khoa Nội tổng hợp"))
                .statusCode(200);
        given().auth().oauth2(admin()).get("/organisations/" + committeeA + "/children").then()
                .body("id", hasItems(partial.toString()));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

package vn.dangbo.registry.authz;

import static io.restassured.RestAssured.given;
import static vn.dangbo.registry.support.RegistryApi.admin;
import static vn.dangbo.registry.support.RegistryApi.memberBody;
import static vn.dangbo.registry.support.RegistryApi.organisation;
import static vn.dangbo.registry.support.RegistryApi.registerMember;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dangbo.registry.support.RegistryApi;
import vn.dangbo.testsupport.authz.ApiOperation;
import vn.dangbo.testsupport.authz.MatrixFixture;
import vn.dangbo.testsupport.authz.MatrixRequest;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Two grassroots committees under one bloc: the officer's (inside) and another (outside), each with a partial
 * committee, two cells and a member. A write gets a fresh cell or member in the scope, so that each cell of the
 * matrix starts from the same state.
 */
final class RegistryMatrixFixture implements MatrixFixture {

    private static final AtomicInteger NAMES = new AtomicInteger();

    /** The objects of one scope, created through the API as an admin. */
    private record Scope(UUID committee, UUID partial, UUID cell, UUID otherCell, UUID member, UUID importJob) {
    }

    private final Scope inside;
    private final Scope outside;

    RegistryMatrixFixture() {
        UUID bloc = organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối ma trận " + NAMES.incrementAndGet(), "ĐUK");
        UUID insideCommittee = organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ trong phạm vi", "ĐU");
        this.inside = scope(insideCommittee, RealInfrastructure.tokens().officer(insideCommittee.toString()));
        this.outside = scope(organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ ngoài phạm vi", "ĐU"), admin());
    }

    /** @param importer whose import job the scope holds: the officer's own inside, the admin's outside */
    private static Scope scope(UUID committee, String importer) {
        UUID partial = organisation(committee, "PARTIAL_COMMITTEE", "Đảng bộ bộ phận", "ĐBBP");
        UUID cell = organisation(committee, "CELL", "Chi bộ 1", "CB1");
        UUID otherCell = organisation(committee, "CELL", "Chi bộ 2", "CB2");
        UUID member = member(cell, true);
        String job = given().auth().oauth2(importer).contentType("text/csv; charset=UTF-8")
                .body(memberCsv(cell)).post("/imports/members?dryRun=true").then().statusCode(202).extract().path("id");
        return new Scope(committee, partial, cell, otherCell, member, UUID.fromString(job));
    }

    @Override
    public String officerOrganisation() {
        return inside.committee.toString();
    }

    @Override
    public MatrixRequest prepare(ApiOperation operation, boolean outsideSubtree) {
        Scope s = outsideSubtree ? outside : inside;
        MatrixRequest r = MatrixRequest.create();
        String today = LocalDate.now().toString();
        switch (operation.key()) {
            // organisations
            case "POST /organisations" -> r.json(Map.of("parentId", s.committee, "type", "CELL",
                    "name", "Chi bộ mới " + NAMES.incrementAndGet(), "shortCode", "CBM", "term", "2020-2025"));
            case "PUT /organisations/{id}/name" -> withVersion(r, freshCell(s)).json(Map.of("name", "Chi bộ đổi tên"));
            case "PUT /organisations/{id}/term" -> withVersion(r, freshCell(s)).json(Map.of("term", "2025-2030"));
            case "POST /organisations/{id}/move" -> withVersion(r, freshCell(s)).json(Map.of("parentId", s.partial));
            case "POST /organisations/{id}/dissolution" -> withVersion(r, freshCell(s)).json(decision(today));
            case "POST /organisations/{id}/merger" -> {
                Map<String, Object> body = decision(today);
                body.put("targetId", s.cell);
                withVersion(r, freshCell(s)).json(body);
            }
            case "GET /organisations/{id}/badges" -> r.path("id", s.committee).query("from", "2020-01-01")
                    .query("to", "2030-12-31");
            // members
            case "POST /members" -> r.json(memberBody(s.cell, "Nguyễn Văn Ma Trận", true));
            case "POST /members/admissions" -> {
                Map<String, Object> body = memberBody(s.cell, "Trần Thị Kết Nạp", false);
                body.remove("fullMemberOn");
                body.remove("partyCardNumber");
                body.put("admittedOn", today);
                body.put("decisionReference", "QĐ-KN-1");
                r.json(body);
            }
            case "POST /members/{id}/full-membership" -> {
                Map<String, Object> body = memberBody(s.cell, "Lê Văn Dự Bị", false);
                body.put("admittedOn", LocalDate.now().minusMonths(13).toString());
                r.path("id", id(registerMember(admin(), body).statusCode(201).extract().path("id"))).json(decision(today));
            }
            case "POST /members/{id}/transfer", "POST /members/{id}/attachment" -> {
                Map<String, Object> body = decision(today);
                body.put("toOrganisationId", s.otherCell);
                r.path("id", member(s.cell, true)).json(body);
            }
            case "POST /members/{id}/attachment/end" -> {
                UUID id = member(s.cell, true);
                Map<String, Object> body = decision(today);
                body.put("toOrganisationId", s.otherCell);
                RegistryApi.send(admin(), "POST", "/members/" + id + "/attachment", null, body).statusCode(200);
                r.path("id", id).json(decision(today));
            }
            case "POST /members/{id}/exemption/end" -> {
                UUID id = member(s.cell, true);
                RegistryApi.send(admin(), "POST", "/members/" + id + "/exemption", null, decision(today)).statusCode(200);
                r.path("id", id).json(decision(today));
            }
            case "POST /members/{id}/exemption", "POST /members/{id}/removal", "POST /members/{id}/expulsion",
                    "POST /members/{id}/death" -> r.path("id", member(s.cell, true)).json(decision(today));
            case "POST /members/{id}/positions" -> {
                UUID cell = freshCell(s);
                r.path("id", member(cell, true)).json(position(cell, today));
            }
            case "POST /members/{id}/positions/{positionId}/end" -> {
                UUID cell = freshCell(s);
                UUID id = member(cell, true);
                String positionId = RegistryApi.send(admin(), "POST", "/members/" + id + "/positions", null,
                        position(cell, "2024-01-01")).statusCode(201).extract().path("positions[0].id");
                r.path("id", id).path("positionId", positionId).json(Map.of("endedOn", today));
            }
            // import and export, snapshots, audit
            case "POST /imports/members" -> r.query("dryRun", true).text("text/csv; charset=UTF-8", memberCsv(s.cell));
            case "POST /imports/organisations" -> r.query("dryRun", true).text("text/csv; charset=UTF-8",
                    "id,parentId,type,name\n" + UUID.randomUUID() + "," + s.committee + ",CELL,Chi bộ nhập\n");
            case "GET /imports/{id}" -> r.path("id", s.importJob);
            case "GET /exports/members", "GET /exports/organisations" -> r.query("organisationId", s.committee);
            case "GET /audit" -> r.query("entity", "member").query("id", s.member);
            case "POST /snapshots/republish" -> { }
            default -> readTarget(operation, s, r);
        }
        return r;
    }

    /** The reads: an organisation id is the scope's committee, a member id its member. */
    private static void readTarget(ApiOperation operation, Scope s, MatrixRequest r) {
        if (!operation.isRead()) {
            throw new IllegalStateException("no sample request for the write " + operation.key()
                    + ": add one to the registry's matrix fixture");
        }
        if (operation.pathParameters().contains("id")) {
            r.path("id", operation.path().startsWith("/members") ? s.member : s.committee);
        }
        if (!operation.requiredQuery().isEmpty()) {
            throw new IllegalStateException("no sample query for " + operation.key() + ": " + operation.requiredQuery());
        }
    }

    private static MatrixRequest withVersion(MatrixRequest r, UUID organisation) {
        return r.path("id", organisation).header("If-Match", RegistryApi.etag("/organisations/" + organisation));
    }

    private static UUID freshCell(Scope s) {
        return organisation(s.committee, "CELL", "Chi bộ " + NAMES.incrementAndGet(), "CB");
    }

    private static UUID member(UUID cell, boolean full) {
        return id(registerMember(admin(), memberBody(cell, "Phạm Văn Ma Trận", full)).statusCode(201).extract().path("id"));
    }

    private static Map<String, Object> decision(String effectiveDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("effectiveDate", effectiveDate);
        body.put("decisionReference", "QĐ-" + NAMES.incrementAndGet());
        return body;
    }

    private static Map<String, Object> position(UUID body, String startedOn) {
        return Map.of("role", "SECRETARY", "organisationId", body, "startedOn", startedOn);
    }

    private static String memberCsv(UUID cell) {
        return "organisationId,fullName,birthDate,sex,ethnicity,nationalId,admittedOn,fullMemberOn\n" + cell
                + ",Đỗ Văn Nhập,1990-03-04,Nam,Kinh," + RegistryApi.nextNationalId() + ",2015-05-19,2016-05-19\n";
    }

    private static UUID id(Object value) {
        return UUID.fromString(value.toString());
    }

}

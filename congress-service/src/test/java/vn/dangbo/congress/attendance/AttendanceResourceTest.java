package vn.dangbo.congress.attendance;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * Attendance and the vote base over HTTP: members convened from the roll at the congress' first day, delegates
 * entered by the office, check-in, absences with who approved them, standing flags, the roll's exempted and
 * attached-elsewhere members, and the base with each exclusion.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class AttendanceResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String SECRETARY = "Đồng chí Lê Văn Ba, Bí thư Đảng ủy";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Org office;
    private static Org cellA;
    private static Org cellB;
    private static Org cellC;
    private static Org elsewhere;
    /** Chi bộ Giáo viên: 12 full members, the last one exempted, and one probationary member. */
    private static final List<UUID> teachers = new ArrayList<>();
    private static UUID exemptTeacher;
    private static UUID probationaryTeacher;
    /** Chi bộ Văn phòng: 3 full members, the last one attached to a cell of another committee. */
    private static final List<UUID> clerks = new ArrayList<>();
    private static UUID attachedClerk;
    /** Chi bộ Tổ Toán: members of the office's delegate congress. */
    private static final List<UUID> mathematicians = new ArrayList<>();
    private static UUID probationaryMathematician;
    private static UUID outsider;
    private static String cellACongress;
    private static String cellBCongress;
    private static String officeCongress;

    @BeforeEach
    void plan() {
        if (office != null) {
            return;
        }
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối Giáo dục");
        Org otherOffice = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Sở Tư pháp");
        elsewhere = RegistryFixtures.cell(otherOffice, "Chi bộ Phòng Công chứng");
        office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Trường THPT Chu Văn An");
        cellA = RegistryFixtures.cell(office, "Chi bộ Giáo viên");
        cellB = RegistryFixtures.cell(office, "Chi bộ Văn phòng");
        cellC = RegistryFixtures.cell(office, "Chi bộ Tổ Toán");
        RegistryFixtures.awaitKnown(bloc, otherOffice, elsewhere, office, cellA, cellB, cellC);

        for (int i = 0; i < 11; i++) {
            teachers.add(member(cellA, true, false, null));
        }
        exemptTeacher = member(cellA, true, true, null);
        teachers.add(exemptTeacher);
        probationaryTeacher = member(cellA, false, false, null);
        for (int i = 0; i < 2; i++) {
            clerks.add(member(cellB, true, false, null));
        }
        attachedClerk = member(cellB, true, false, elsewhere);
        clerks.add(attachedClerk);
        // the office holds a delegate congress: 200 members or more
        for (int i = 0; i < 184; i++) {
            mathematicians.add(member(cellC, true, false, null));
        }
        probationaryMathematician = member(cellC, false, false, null);
        outsider = member(elsewhere, true, false, null);
        RegistryFixtures.awaitCounts(cellA, 12, 1);
        RegistryFixtures.awaitCounts(cellB, 3, 0);
        RegistryFixtures.awaitCounts(cellC, 184, 1);
        RegistryFixtures.awaitCounts(elsewhere, 1, 0);

        String round = RoundFixtures.withoutPilot(office);
        cellACongress = schedule(round, cellA, "ALL_MEMBER", "2020-04-15", 1, "2020-2022");
        cellBCongress = schedule(round, cellB, "ALL_MEMBER", "2020-04-16", 1, "2020-2022");
        schedule(round, cellC, "ALL_MEMBER", "2020-04-17", 1, "2020-2022");
        officeCongress = schedule(round, office, "DELEGATE", "2020-06-10", 2, "2020-2025");
    }

    @Test
    void twelveMembersWithAnExemptAbsenteeAndAnApprovedAbsenceHaveBaseTenAndElevenWhenTheExemptMemberAttends() {
        convene(cellACongress).statusCode(200)
                .body("countedOn", equalTo("2020-04-15"))
                .body("fullMembers", equalTo(12))
                .body("probationaryMembers", equalTo(1));
        // convening again lists no one twice
        convene(cellACongress).statusCode(200).body("added", equalTo(0));

        for (UUID teacher : teachers.subList(0, 10)) {
            checkIn(cellACongress, teacher).statusCode(200).body("checkedIn", equalTo(true));
        }
        checkIn(cellACongress, teachers.get(0)).statusCode(200); // again: nothing changes
        checkIn(cellACongress, probationaryTeacher).statusCode(200).body("votes", equalTo(false));
        UUID onLeave = teachers.get(10);
        absence(cellACongress, onLeave, true, true, SECRETARY).statusCode(200)
                .body("absence.reason", equalTo("Đi học tập trung tại Học viện Chính trị khu vực I"))
                .body("absence.approved", equalTo(true))
                .body("absence.approvedBy", equalTo(SECRETARY))
                .body("absence.recordedBy", equalTo("officer-" + office.id()));

        voteBase(cellACongress)
                .body("ruleSetId", equalTo("2020"))
                .body("convened", equalTo(12))
                .body("base", equalTo(10))
                .body("votesToBeElected", equalTo(6))
                .body("present", equalTo(10))
                .body("exclusions.code", contains("ATTACHED_ELSEWHERE", "EXEMPTED_ABSENT",
                        "SUSPENDED_PROSECUTED_DETAINED", "ABSENT_WITH_APPROVAL"))
                .body("exclusions.count", contains(0, 1, 0, 1))
                .body("exclusions[1].label", equalTo(
                        "Đảng viên được miễn sinh hoạt đảng vắng mặt (có mặt và tham gia bầu cử thì vẫn tính)"))
                .body("exclusions[1].members.memberId", contains(exemptTeacher.toString()))
                .body("exclusions[3].label", equalTo(
                        "Đảng viên vắng mặt suốt thời gian đại hội có lý do được cấp ủy triệu tập đồng ý"))
                .body("exclusions[3].approvedBy", contains(SECRETARY))
                .body("exclusions[3].members.memberId", contains(onLeave.toString()));

        // the exempted member attends and votes: counted
        checkIn(cellACongress, exemptTeacher).statusCode(200).body("exempted", equalTo(true));
        voteBase(cellACongress).body("base", equalTo(11)).body("present", equalTo(11))
                .body("exclusions.count", contains(0, 0, 0, 1));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/attendance", cellACongress)
                .then().statusCode(200)
                .body("kind", equalTo("ALL_MEMBER"))
                .body("convened", equalTo(12))
                .body("present", equalTo(11))
                .body("attendees", hasSize(13))
                .body("attendees.find { it.memberId == '" + probationaryTeacher + "' }.fullMember", equalTo(false))
                .body("attendees.find { it.memberId == '" + probationaryTeacher + "' }.votes", equalTo(false))
                .body("attendees.find { it.memberId == '" + onLeave + "' }.organisationName",
                        equalTo("Chi bộ Giáo viên"));
    }

    @Test
    void theRollsAttachedMembersStandingFlagsAndLateMembersChangeTheBase() {
        convene(cellBCongress).statusCode(200).body("fullMembers", equalTo(3));
        voteBase(cellBCongress).body("convened", equalTo(3)).body("base", equalTo(2))
                .body("exclusions[0].members.memberId", contains(attachedClerk.toString()));

        // suspended, with who recorded it; cleared again
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body("{\"standing\": \"SUSPENDED\", \"reference\": \"Quyết định số 15-QĐ/UBKT\"}")
                .put("/congresses/{id}/attendance/{member}/standing", cellBCongress, clerks.get(0))
                .then().statusCode(200)
                .body("standing.standing", equalTo("SUSPENDED"))
                .body("standing.reference", equalTo("Quyết định số 15-QĐ/UBKT"))
                .body("votes", equalTo(false));
        checkIn(cellBCongress, clerks.get(0)).statusCode(200);
        voteBase(cellBCongress).body("base", equalTo(1)).body("present", equalTo(0))
                .body("exclusions[2].count", equalTo(1))
                .body("exclusions[2].approvedBy", contains("officer-" + office.id()));
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body("{\"standing\": null}")
                .put("/congresses/{id}/attendance/{member}/standing", cellBCongress, clerks.get(0))
                .then().statusCode(200).body("standing", nullValue());
        voteBase(cellBCongress).body("base", equalTo(2)).body("present", equalTo(1));

        // a member whose registration reaches the roll after the convocation is added by convening again
        UUID late = member(cellB, true, false, null);
        RegistryFixtures.awaitCounts(cellB, 4, 0);
        convene(cellBCongress).statusCode(200).body("added", equalTo(1)).body("fullMembers", equalTo(4));
        voteBase(cellBCongress).body("convened", equalTo(4)).body("base", equalTo(3));
        checkIn(cellBCongress, late).statusCode(200);
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .delete("/congresses/{id}/attendance/{member}/check-in", cellBCongress, late)
                .then().statusCode(200).body("checkedIn", equalTo(false)).body("checkedInAt", nullValue());
    }

    @Test
    void aDelegateCongressCountsItsDelegatesLessAbsentCommitteeMembersAndUnreplacedDelegates() {
        UUID committeeMember = teachers.get(0);
        List<UUID> delegates = mathematicians.subList(0, 4);
        UUID alternate = mathematicians.get(4);
        String entries = """
                {"delegates": [
                  {"memberId": "%s", "role": "DELEGATE", "conveningCommitteeMember": true},
                  {"memberId": "%s", "role": "DELEGATE"}, {"memberId": "%s", "role": "DELEGATE"},
                  {"memberId": "%s", "role": "DELEGATE"}, {"memberId": "%s", "role": "DELEGATE"},
                  {"memberId": "%s", "role": "ALTERNATE"}]}
                """.formatted(committeeMember, delegates.get(0), delegates.get(1), delegates.get(2),
                delegates.get(3), alternate);
        enter(entries).statusCode(200).body("kind", equalTo("DELEGATE")).body("convened", equalTo(5))
                .body("attendees", hasSize(6));
        enter(entries).statusCode(200).body("attendees", hasSize(6)); // entered again: nothing doubled

        refusedEntry("{\"delegates\": [{\"memberId\": \"" + delegates.get(0) + "\", \"role\": \"DELEGATE\"}, "
                + "{\"memberId\": \"" + probationaryMathematician + "\", \"role\": \"DELEGATE\"}]}",
                "delegates[1].memberId");
        refusedEntry("{\"delegates\": [{\"memberId\": \"" + outsider + "\", \"role\": \"ALTERNATE\"}]}",
                "delegates[0].memberId");
        refusedEntry("{\"delegates\": [{\"memberId\": \"" + alternate + "\", \"role\": \"ALTERNATE\", "
                + "\"conveningCommitteeMember\": true}]}", "delegates[0].role");
        convene(officeCongress).statusCode(409).contentType(PROBLEM);

        absence(officeCongress, committeeMember, true, false, null).statusCode(200);
        absence(officeCongress, delegates.get(0), true, false, null).statusCode(200);
        absence(officeCongress, delegates.get(1), true, false, null).statusCode(200);
        // a convening committee member is a delegate ex officio: no alternate stands in
        replace(alternate, committeeMember).statusCode(422).contentType(PROBLEM)
                .body("errors.field", hasItem("delegateId"));
        replace(alternate, delegates.get(0)).statusCode(200)
                .body("replacesMemberId", equalTo(delegates.get(0).toString()))
                .body("replacementRecordedBy", equalTo("officer-" + office.id()))
                .body("votes", equalTo(true));
        checkIn(officeCongress, delegates.get(0)).statusCode(409).contentType(PROBLEM);
        checkIn(officeCongress, delegates.get(2)).statusCode(200);
        checkIn(officeCongress, delegates.get(3)).statusCode(200);
        checkIn(officeCongress, alternate).statusCode(200);

        voteBase(officeCongress)
                .body("kind", equalTo("DELEGATE"))
                .body("convened", equalTo(5))
                .body("exclusions.code", contains("CONVENING_COMMITTEE_MEMBER_ABSENT", "DELEGATE_ABSENT_NOT_REPLACED"))
                .body("exclusions.count", contains(1, 1))
                .body("exclusions[0].label", equalTo("Cấp ủy viên triệu tập vắng mặt suốt thời gian đại hội"))
                .body("exclusions[1].members.memberId", contains(delegates.get(1).toString()))
                .body("base", equalTo(3))
                .body("present", equalTo(3));

        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .delete("/congresses/{id}/attendance/{member}/replacement", officeCongress, alternate)
                .then().statusCode(200).body("votes", equalTo(false));
        voteBase(officeCongress).body("base", equalTo(2)).body("present", equalTo(2));
    }

    @Test
    void refusalsNameTheFieldAndOnlyAnOfficerOfTheSubtreeRecords() {
        convene(cellACongress).statusCode(200);
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"Ốm\", \"throughout\": true, \"approved\": true}")
                .put("/congresses/{id}/attendance/{member}/absence", cellACongress, teachers.get(11))
                .then().statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("Vắng mặt được cấp ủy triệu tập đồng ý: cần ghi rõ người đồng ý"))
                .body("errors.field", hasItem("approvedBy"));
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body("{\"throughout\": true}")
                .put("/congresses/{id}/attendance/{member}/absence", cellACongress, teachers.get(11))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("reason"));
        enter("{\"delegates\": [{\"memberId\": \"" + teachers.get(0) + "\", \"role\": \"DELEGATE\"}]}",
                cellACongress).statusCode(409).contentType(PROBLEM);

        checkIn(cellACongress, UUID.randomUUID()).statusCode(404).contentType(PROBLEM);
        given().auth().oauth2(RealInfrastructure.tokens().officer(elsewhere.idText()))
                .post("/congresses/{id}/attendance/{member}/check-in", cellACongress, teachers.get(0))
                .then().statusCode(403).contentType(PROBLEM).body("title", equalTo("Không có quyền"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .post("/congresses/{id}/attendance/convocation", cellACongress)
                .then().statusCode(403).contentType(PROBLEM);
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/vote-base", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM);
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    private static ValidatableResponse convene(String congress) {
        return given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .post("/congresses/{id}/attendance/convocation", congress).then();
    }

    private static ValidatableResponse checkIn(String congress, UUID member) {
        return given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .post("/congresses/{id}/attendance/{member}/check-in", congress, member).then();
    }

    private static ValidatableResponse absence(String congress, UUID member, boolean throughout, boolean approved,
            String approvedBy) {
        ObjectNode body = JSON.createObjectNode();
        body.put("reason", "Đi học tập trung tại Học viện Chính trị khu vực I");
        body.put("throughout", throughout);
        body.put("approved", approved);
        body.put("approvedBy", approvedBy);
        return given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body(body.toString())
                .put("/congresses/{id}/attendance/{member}/absence", congress, member).then();
    }

    private static ValidatableResponse replace(UUID alternate, UUID delegate) {
        return given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body("{\"delegateId\": \"" + delegate + "\"}")
                .put("/congresses/{id}/attendance/{member}/replacement", officeCongress, alternate).then();
    }

    private static ValidatableResponse enter(String body) {
        return enter(body, officeCongress);
    }

    private static ValidatableResponse enter(String body, String congress) {
        return given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON).body(body)
                .post("/congresses/{id}/delegates", congress).then();
    }

    private static void refusedEntry(String body, String field) {
        enter(body).statusCode(422).contentType(PROBLEM).body("errors.field", hasItem(field));
    }

    private static ValidatableResponse voteBase(String congress) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/vote-base", congress).then().statusCode(200);
    }

    private static String schedule(String round, Org org, String kind, String startDate, int days, String term) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "%s", "startDate": "%s",
                         "days": %d, "pilot": false, "term": "%s"}
                        """.formatted(round, org.id(), kind, startDate, days, term))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A member of long standing (admitted 2015, full 2016 unless probationary since 2019) on the registry's roll. */
    private static UUID member(Org cell, boolean full, boolean exempted, Org attachedTo) {
        UUID id = UUID.randomUUID();
        ObjectNode m = JSON.createObjectNode();
        m.put("id", id.toString());
        m.put("organisationId", cell.idText());
        m.put("fullName", "Phạm Thị Lan " + id.toString().substring(0, 4));
        m.put("sex", "FEMALE");
        m.put("birthMonth", "1978-09");
        m.put("ethnicity", "Kinh");
        m.put("status", full ? "FULL" : "PROBATIONARY");
        m.put("admittedOn", full ? "2015-03-02" : "2019-09-02");
        m.put("fullMemberOn", full ? "2016-03-02" : null);
        m.put("state", "ACTIVE");
        m.putNull("leftReason");
        m.putNull("leftOn");
        m.put("attachedTo", attachedTo == null ? null : attachedTo.idText());
        m.put("exempted", exempted);
        m.put("version", 0);
        ObjectNode data = JSON.createObjectNode();
        data.set("member", m);
        EventSchemas.assertValid(EventSchemas.producerSchema("registry-service", RegistryFixtures.MEMBER_REGISTERED),
                data.toString());
        RegistryFixtures.send(RegistryFixtures.MEMBERS_TOPIC, null,
                RegistryFixtures.event(RegistryFixtures.MEMBER_REGISTERED, id.toString(), data.toString()));
        return id;
    }
}

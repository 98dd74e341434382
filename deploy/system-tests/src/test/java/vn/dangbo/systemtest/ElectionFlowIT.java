package vn.dangbo.systemtest;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 end to end, over HTTP and Kafka between the four packaged services: a cell of ten full members and one
 * probationary from the registry, its congress from check-in (one member absent with an approved reason) through the
 * committee, secretary and deputy elections, each list printed as ballots by docs-service, each ballot entered by two
 * tellers, the results declared by the regulation, submitted and approved by the committee above; then the registry
 * shows the new secretary and the previous one's position ended on the approval's day.
 */
class ElectionFlowIT {

    private static final Duration PROPAGATION = Duration.ofSeconds(60);
    private static final String PROBLEM = "application/problem+json";
    private static final LocalDate ADMITTED = LocalDate.of(2005, 3, 2);
    private static final String ABSENCE_APPROVED_BY = "Đồng chí Trịnh Văn Bình, Bí thư Đảng ủy Sở Tư pháp";
    private static final String APPROVED_ON = "2020-04-20";

    @Test
    void aCellCongressFromCheckInToTheRegistryShowingTheNewSecretary() throws Exception {
        UUID bloc = Registry.organisation(null, "BLOC_COMMITTEE", "Đảng bộ Khối Doanh nghiệp tỉnh", "ĐUK");
        UUID office = Registry.organisation(bloc, "GRASSROOTS_COMMITTEE", "Đảng bộ Sở Tư pháp", "ĐU");
        UUID cell = Registry.organisation(office, "CELL", "Chi bộ Văn phòng Sở", "CB");
        Map<String, String> members = new LinkedHashMap<>();
        for (String name : List.of("Nguyễn Thị Hồng Nhung", "Trần Văn Quyết", "Lê Thị Thu Hằng", "Phạm Đức Mạnh",
                "Hoàng Văn Dũng", "Vũ Thị Ngọc Ánh", "Đặng Quốc Việt", "Bùi Thị Lụa", "Đỗ Minh Tuấn",
                "Ngô Thị Thủy")) {
            String sex = name.contains(" Thị ") ? "FEMALE" : "MALE";
            members.put(name, Registry.member(cell, name, sex, ADMITTED, ADMITTED.plusYears(1)));
        }
        // admitted before the congress, not yet full on its day: convened, neither voting nor standing
        String probationary = Registry.member(cell, "Lò Văn Sùng", "MALE", LocalDate.of(2019, 12, 1), null);
        String previousSecretary = members.get("Nguyễn Thị Hồng Nhung");
        Registry.position(previousSecretary, "SECRETARY", cell, LocalDate.of(2017, 5, 10),
                "Quyết định số 45-QĐ/ĐU");

        String congressUrl = SystemUnderTest.url("congress-service");
        String admin = SystemUnderTest.admin();
        await().atMost(PROPAGATION).untilAsserted(() -> given().baseUri(congressUrl).auth().oauth2(admin)
                .get("/organisations/" + cell + "/election-structure").then().statusCode(200)
                .body("fullMembers", equalTo(10))
                .body("probationaryMembers", equalTo(1))
                .body("structure.kind", equalTo("CELL_WITH_COMMITTEE")));

        String congressId = scheduleCongress(office, cell);
        CongressElections congress = new CongressElections(congressId, SystemUnderTest.officer(cell));
        congress.request().body(Map.of("committeeSize", 3, "deputySecretaries", 1))
                .put("/congresses/" + congressId + "/election-structure").then().statusCode(200);

        // attendance: everyone convened from the roll, all but Đỗ Minh Tuấn present
        congress.request().post("/congresses/" + congressId + "/attendance/convocation").then().statusCode(200)
                .body("fullMembers", equalTo(10))
                .body("probationaryMembers", equalTo(1));
        for (Map.Entry<String, String> member : members.entrySet()) {
            if (!member.getKey().equals("Đỗ Minh Tuấn")) {
                checkIn(congress, congressId, member.getValue());
            }
        }
        checkIn(congress, congressId, probationary);
        congress.request().body(Map.of("reason", "Đi công tác nước ngoài theo quyết định của Sở", "throughout", true,
                        "approved", true, "approvedBy", ABSENCE_APPROVED_BY))
                .put("/congresses/" + congressId + "/attendance/" + members.get("Đỗ Minh Tuấn") + "/absence")
                .then().statusCode(200);
        String absentWithApproval = "exclusions.find { it.code == 'ABSENT_WITH_APPROVAL' }";
        congress.get("/congresses/" + congressId + "/vote-base")
                .body("convened", equalTo(10))
                .body("base", equalTo(9))
                .body("votesToBeElected", equalTo(5))
                .body("present", equalTo(9))
                .body(absentWithApproval + ".label", equalTo(
                        "Đảng viên vắng mặt suốt thời gian đại hội có lý do được cấp ủy triệu tập đồng ý"))
                .body(absentWithApproval + ".count", equalTo(1))
                .body(absentWithApproval + ".approvedBy", contains(ABSENCE_APPROVED_BY))
                .body(absentWithApproval + ".members.fullName", contains("Đỗ Minh Tuấn"));

        congress.request().body(Map.of("tellersPerBallot", 2, "tellers", List.of(
                        Map.of("code", "T1", "fullName", "Phạm Văn Hòa", "role", "HEAD"),
                        Map.of("code", "T2", "fullName", "Nguyễn Thị Mai", "role", "MEMBER"))))
                .put("/congresses/" + congressId + "/counting-committee").then().statusCode(200);

        String committee = committeeElection(congress, congressId, members, probationary);
        String secretary = secretaryElection(congress, congressId, members);
        String deputy = deputyElection(congress, congressId, members);

        for (String election : List.of(committee, secretary, deputy)) {
            congress.get("/elections/" + election + "/verification")
                    .body("holds", equalTo(true))
                    .body("chainHolds", equalTo(true))
                    .body("totalsHold", equalTo(true));
        }

        submitAndApprove(congress, congressId, office, cell);
        registryShowsTheNewCommittee(cell, members, previousSecretary);

        // congress-service's roll follows the registry: the next round's re-election check sees the new committee
        String roundId = congress.get("/congresses/" + congressId).extract().path("roundId");
        await().atMost(PROPAGATION).untilAsserted(() -> {
            given().baseUri(congressUrl).auth().oauth2(admin).queryParam("organisationId", cell)
                    .get("/rounds/" + roundId + "/candidates/" + members.get("Lê Thị Thu Hằng")).then().statusCode(200)
                    .body("reElection", equalTo(true));
            given().baseUri(congressUrl).auth().oauth2(admin).queryParam("organisationId", cell)
                    .get("/rounds/" + roundId + "/candidates/" + previousSecretary).then().statusCode(200)
                    .body("reElection", equalTo(false));
        });
    }

    private static String scheduleCongress(UUID office, UUID cell) {
        String congress = SystemUnderTest.url("congress-service");
        String admin = SystemUnderTest.admin();
        String roundId = given().baseUri(congress).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("conveningCommitteeId", office, "ruleSetId", "2020",
                        "ageReferenceMonths", Map.of("CELL", "2020-04", "GRASSROOTS", "2020-04"),
                        "cellWindow", Map.of("from", "2020-04-01", "to", "2020-04-30"),
                        "committeeWindow", Map.of("from", "2020-06-01", "to", "2020-06-30"),
                        "cellTerm", "2020-2022", "committeeTerm", "2020-2025"))
                .post("/rounds").then().statusCode(201).extract().path("id");
        return given().baseUri(congress).auth().oauth2(SystemUnderTest.officer(office)).contentType(ContentType.JSON)
                .body(Map.of("roundId", roundId, "organisationId", cell, "kind", "ALL_MEMBER",
                        "startDate", "2020-04-15", "days", 1, "term", "2020-2022"))
                .post("/congresses").then().statusCode(201).extract().path("id");
    }

    private static void checkIn(CongressElections congress, String congressId, String memberId) {
        congress.request().post("/congresses/" + congressId + "/attendance/" + memberId + "/check-in")
                .then().statusCode(200);
    }

    /** Three seats, four names on the ballot; one ballot entered differently by the tellers and settled. */
    private static String committeeElection(CongressElections congress, String congressId, Map<String, String> members,
            String probationary) throws Exception {
        String election = congress.open("CELL_COMMITTEE", 3).statusCode(201)
                .body("title", equalTo("Chi ủy"))
                .body("status", equalTo("NOMINATING"))
                .extract().path("id");
        for (String name : List.of("Trần Văn Quyết", "Lê Thị Thu Hằng", "Phạm Đức Mạnh", "Hoàng Văn Dũng")) {
            congress.nominate(election, members.get(name), "COMMITTEE_LIST").statusCode(201)
                    .body("candidate.status", equalTo("ON_LIST"));
        }
        congress.nominate(election, probationary, "SELF_NOMINATION").statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("Đồng chí Lò Văn Sùng không đủ tư cách ứng cử: Đảng viên dự bị không được"
                        + " giới thiệu ứng cử, đề cử vào cấp ủy"))
                .body("errors.field", contains("memberId"));
        Map<String, String> ids = approveList(congress, election, "STRIKE_OUT",
                List.of("Hoàng Văn Dũng", "Lê Thị Thu Hằng", "Phạm Đức Mạnh", "Trần Văn Quyết"));
        String dung = ids.get("Hoàng Văn Dũng");
        String hang = ids.get("Lê Thị Thu Hằng");
        String manh = ids.get("Phạm Đức Mạnh");
        String quyet = ids.get("Trần Văn Quyết");

        // docs-service prints the ballots: 9 voters present and 3 spares, each with its serial
        Map<String, Object> ballots = Documents.awaitIssued(congressId, "PB", 1).get(0);
        String ballotText = Documents.pdfText(ballots.get("id"));
        // the committee convenes (its name where the stamp goes); the cell elects its own committee
        for (String expected : List.of("ĐẢNG ỦY SỞ TƯ PHÁP", "ĐẢNG CỘNG SẢN VIỆT NAM", "PHIẾU BẦU CỬ",
                "Chi ủy Chi bộ Văn phòng Sở nhiệm kỳ 2020-2022", "Đại hội Chi bộ Văn phòng Sở",
                "Bầu 3 trong số 4 đồng chí", "Hoàng Văn Dũng", "Lê Thị Thu Hằng", "Phạm Đức Mạnh", "Trần Văn Quyết",
                "Mã phiếu: CU1-1 ", "Mã phiếu: CU1-12")) {
            assertTrue(ballotText.contains(expected), expected + " in " + ballotText);
        }
        assertFalse(ballotText.contains("CU1-13"), "12 ballots: " + ballotText);

        congress.ballots(election, 9, 9);
        // a serial no ballot carries (a slip of the keyboard) is refused, naming the printed range
        congress.kept(election, "CU1-13", "T1", List.of(hang)).statusCode(422).contentType(PROBLEM)
                .body("detail", equalTo("Mã phiếu CU1-13 không có trong các phiếu đã in (CU1-1 đến CU1-12)"));
        for (int serial = 1; serial <= 9; serial++) {
            List<String> kept = serial <= 5 ? List.of(quyet, hang, manh)
                    : serial <= 7 ? List.of(quyet, hang, dung)
                    : serial == 8 ? List.of(hang, manh, dung)
                    : List.of(hang);
            congress.kept(election, "CU1-" + serial, "T1", kept).statusCode(201);
            // the second teller misreads the last ballot: Phạm Đức Mạnh's name is struck out on it
            congress.kept(election, "CU1-" + serial, "T2", serial == 9 ? List.of(hang, manh) : kept)
                    .statusCode(201);
        }
        congress.get("/elections/" + election + "/mismatches")
                .body("", hasSize(1))
                .body("[0].unit", equalTo("CU1-9"))
                .body("[0].entries.tellerCode", contains("T1", "T2"));
        congress.close(election).statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Số liệu kiểm phiếu không khớp"))
                .body("errors.field", org.hamcrest.Matchers.hasItem("pending"));
        congress.request().body(Map.of("serial", "CU1-9", "kept", List.of(hang),
                        "decidedBy", "Phạm Văn Hòa, Trưởng ban kiểm phiếu",
                        "reason", "Đối chiếu phiếu gốc: chỉ giữ tên đồng chí Lê Thị Thu Hằng"))
                .post("/elections/" + election + "/settlements").then().statusCode(200)
                .body("status", equalTo("SETTLED"));
        congress.close(election).statusCode(200).body("status", equalTo("RESULT_DECLARED"));

        // more than half of the base of 9: 5 votes
        congress.get("/elections/" + election + "/result")
                .body("base.base", equalTo(9))
                .body("base.exclusions.find { it.code == 'ABSENT_WITH_APPROVAL' }.approvedBy",
                        contains(ABSENCE_APPROVED_BY))
                .body("figures.ballotsIssued", equalTo(9))
                .body("figures.validBallots", equalTo(9))
                .body("candidates.fullName", contains("Lê Thị Thu Hằng", "Trần Văn Quyết", "Phạm Đức Mạnh",
                        "Hoàng Văn Dũng"))
                .body("candidates.votes", contains(9, 7, 6, 3))
                .body("candidates.percentOfBase", contains(100.0f, 77.78f, 66.67f, 33.33f))
                .body("candidates.outcome", contains("ELECTED", "ELECTED", "ELECTED", "NOT_ELECTED"))
                .body("vacantSeats", equalTo(0));

        // the counting minutes: the figures, the votes, the tellers
        String minutes = awaitText(congressId, "BB", "");
        for (String expected : List.of("BIÊN BẢN", "Kiểm phiếu bầu Chi ủy Chi bộ Văn phòng Sở nhiệm kỳ 2020-2022",
                "Địa điểm: Đại hội Chi bộ Văn phòng Sở", "Phạm Văn Hòa (Trưởng ban)", "Nguyễn Thị Mai",
                "Lê Thị Thu Hằng", "77,78", "Hoàng Văn Dũng", "33,33", ABSENCE_APPROVED_BY, "căn cứ tính kết quả bầu cử: 9")) {
            assertTrue(minutes.contains(expected), expected + " in " + minutes);
        }
        return election;
    }

    /** The secretary from among those just elected to the committee, on an agree/disagree ballot. */
    private static String secretaryElection(CongressElections congress, String congressId, Map<String, String> members)
            throws Exception {
        congress.open("DEPUTY_SECRETARY", 1).statusCode(422).contentType(PROBLEM)
                .body("detail", startsWith("Phải bầu Bí thư trước khi bầu Phó Bí thư"));
        String election = congress.open("SECRETARY", 1).statusCode(201).extract().path("id");
        congress.nominate(election, members.get("Hoàng Văn Dũng"), "COMMITTEE_LIST").statusCode(422)
                .body("detail", equalTo("Bí thư được bầu trong số Chi ủy vừa trúng cử; đồng chí Hoàng Văn Dũng không"
                        + " trúng cử Chi ủy"));
        congress.nominate(election, members.get("Lê Thị Thu Hằng"), "COMMITTEE_LIST").statusCode(201);
        String hang = approveList(congress, election, "AGREE_DISAGREE", List.of("Lê Thị Thu Hằng"))
                .get("Lê Thị Thu Hằng");
        String ballotText = Documents.pdfText(Documents.awaitIssued(congressId, "PB", 2).stream()
                .filter(d -> String.valueOf(d.get("title")).contains("Bí thư")
                        && !String.valueOf(d.get("title")).contains("Phó Bí thư"))
                .findFirst().orElseThrow().get("id"));
        for (String expected : List.of("Bí thư Chi bộ Văn phòng Sở nhiệm kỳ 2020-2022", "Lê Thị Thu Hằng", "Đồng ý",
                "Không đồng ý", "Mã phiếu: BT1-1 ")) {
            assertTrue(ballotText.contains(expected), expected + " in " + ballotText);
        }

        congress.ballots(election, 9, 9);
        for (int serial = 1; serial <= 9; serial++) {
            String mark = serial == 9 ? "DISAGREE" : "AGREE";
            for (String teller : List.of("T1", "T2")) {
                congress.marks(election, "BT1-" + serial, teller, Map.of(hang, mark)).statusCode(201);
            }
        }
        congress.close(election).statusCode(200).body("status", equalTo("RESULT_DECLARED"));
        congress.get("/elections/" + election + "/result")
                .body("elected.fullName", contains("Lê Thị Thu Hằng"))
                .body("elected.votes", contains(8))
                .body("elected.percentOfBase", contains(88.89f));
        return election;
    }

    /** The deputy after the secretary: one ballot with both boxes marked and one with neither stays valid. */
    private static String deputyElection(CongressElections congress, String congressId, Map<String, String> members) {
        String election = congress.open("DEPUTY_SECRETARY", 1).statusCode(201).extract().path("id");
        congress.nominate(election, members.get("Trần Văn Quyết"), "COMMITTEE_LIST").statusCode(201);
        String quyet = approveList(congress, election, "AGREE_DISAGREE", List.of("Trần Văn Quyết"))
                .get("Trần Văn Quyết");
        congress.ballots(election, 9, 9);
        for (int serial = 1; serial <= 9; serial++) {
            String mark = serial == 8 ? "BOTH" : serial == 9 ? "NONE" : "AGREE";
            for (String teller : List.of("T1", "T2")) {
                congress.marks(election, "PBT1-" + serial, teller, Map.of(quyet, mark)).statusCode(201);
            }
        }
        congress.close(election).statusCode(200)
                .body("validBallots", equalTo(9))
                .body("invalidBallots", equalTo(0));
        congress.get("/elections/" + election + "/result")
                .body("elected.fullName", contains("Trần Văn Quyết"))
                .body("elected.votes", contains(7))
                .body("elected.percentOfBase", contains(77.78f));
        return election;
    }

    /** Approves the list, checks its printed order and ballot, and returns each name's candidate id. */
    private static Map<String, String> approveList(CongressElections congress, String election, String ballotKind,
            List<String> printedOrder) {
        JsonPath list = congress.approveList(election).statusCode(200)
                .body("status", equalTo("LIST_APPROVED"))
                .body("ballotKind", equalTo(ballotKind))
                .body("onList.candidate.fullName", equalTo(printedOrder))
                .extract().jsonPath();
        Map<String, String> ids = new LinkedHashMap<>();
        List<String> names = list.getList("onList.candidate.fullName");
        List<String> candidateIds = list.getList("onList.candidate.id");
        for (int i = 0; i < names.size(); i++) {
            ids.put(names.get(i), candidateIds.get(i));
        }
        return ids;
    }

    private static void submitAndApprove(CongressElections congress, String congressId, UUID office, UUID cell)
            throws Exception {
        congress.request().post("/congresses/" + congressId + "/election-results/submission").then().statusCode(200)
                .body("status", equalTo("SUBMITTED"));

        // docs-service: the submission asking for approval, and the minutes' election part with the counting minutes
        String submission = awaitText(congressId, "TTr", "");
        // from the cell to the committee above it, which approves
        for (String expected : List.of("TỜ TRÌNH", "CHI BỘ VĂN PHÒNG SỞ",
                "Đề nghị chuẩn y kết quả bầu cử tại Đại hội Chi bộ Văn phòng Sở nhiệm kỳ 2020-2022",
                "Kính gửi: Ban Thường vụ Đảng ủy Sở Tư pháp", "Kết quả bầu Chi ủy Chi bộ Văn phòng Sở",
                "Kết quả bầu Bí thư Chi bộ Văn phòng Sở", "Kết quả bầu Phó Bí thư Chi bộ Văn phòng Sở",
                "Lê Thị Thu Hằng", "Trần Văn Quyết", "Phạm Đức Mạnh",
                "Chi bộ Văn phòng Sở kính đề nghị Ban Thường vụ Đảng ủy Sở Tư pháp xem xét, chuẩn y")) {
            assertTrue(submission.contains(expected), expected + " in " + submission);
        }
        assertFalse(submission.contains("Hoàng Văn Dũng"), "only the elected are submitted: " + submission);
        assertEquals(4, Documents.awaitIssued(congressId, "BB", 4).size(),
                "three counting minutes and the congress minutes' election part");

        Map<String, String> approval = Map.of("decisionNumber", "52-QĐ/ĐU", "approvedOn", APPROVED_ON);
        // the committee above the cell approves, not the cell itself
        congress.request().body(approval).post("/congresses/" + congressId + "/election-results/approval")
                .then().statusCode(403);
        given().baseUri(SystemUnderTest.url("congress-service")).auth().oauth2(SystemUnderTest.officer(office))
                .contentType(ContentType.JSON).body(approval)
                .post("/congresses/" + congressId + "/election-results/approval").then().statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decisionNumber", equalTo("52-QĐ/ĐU"))
                .body("positions.find { it.role == 'SECRETARY' }.fullName", equalTo("Lê Thị Thu Hằng"))
                .body("positions.find { it.role == 'SECRETARY' }.organisationId", equalTo(cell.toString()));
    }

    private static void registryShowsTheNewCommittee(UUID cell, Map<String, String> members, String previousSecretary) {
        String registry = SystemUnderTest.url("registry-service");
        String admin = SystemUnderTest.admin();
        await().atMost(PROPAGATION).untilAsserted(() -> given().baseUri(registry).auth().oauth2(admin)
                .get("/organisations/" + cell + "/positions").then().statusCode(200)
                .body("find { it.role == 'SECRETARY' }.fullName", equalTo("Lê Thị Thu Hằng"))
                .body("find { it.role == 'SECRETARY' }.startedOn", equalTo(APPROVED_ON))
                .body("find { it.role == 'SECRETARY' }.decisionReference", org.hamcrest.Matchers.containsString(
                        "52-QĐ/ĐU"))
                .body("find { it.role == 'DEPUTY_SECRETARY' }.fullName", equalTo("Trần Văn Quyết"))
                .body("findAll { it.role == 'COMMITTEE_MEMBER' }.fullName", org.hamcrest.Matchers
                        .containsInAnyOrder("Lê Thị Thu Hằng", "Trần Văn Quyết", "Phạm Đức Mạnh"))
                .body("fullName", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Nguyễn Thị Hồng Nhung"))));
        // the day before the approval the previous secretary still held the post
        given().baseUri(registry).auth().oauth2(admin).queryParam("date", "2020-04-19")
                .get("/organisations/" + cell + "/positions").then().statusCode(200)
                .body("find { it.role == 'SECRETARY' }.fullName", equalTo("Nguyễn Thị Hồng Nhung"));
        given().baseUri(registry).auth().oauth2(admin).get("/members/" + previousSecretary).then().statusCode(200)
                .body("positions.find { it.role == 'SECRETARY' }.endedOn", equalTo(APPROVED_ON))
                .body("positions.find { it.role == 'SECRETARY' }.current", equalTo(false))
                .body("positions.find { it.role == 'SECRETARY' }.endDecisionReference",
                        org.hamcrest.Matchers.containsString("52-QĐ/ĐU"));
        given().baseUri(registry).auth().oauth2(admin).get("/members/" + members.get("Lê Thị Thu Hằng"))
                .then().statusCode(200)
                .body("positions.find { it.role == 'SECRETARY' }.current", equalTo(true));
    }

    /** The text of the congress' document of this type whose title names {@code titleWord}, once issued. */
    private static String awaitText(String congressId, String type, String titleWord) throws Exception {
        Map<String, Object> document = await().atMost(PROPAGATION).until(() -> Documents.awaitIssued(congressId,
                type, 1).stream().filter(d -> String.valueOf(d.get("title")).contains(titleWord)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
        return Documents.pdfText(document.get("id"));
    }
}

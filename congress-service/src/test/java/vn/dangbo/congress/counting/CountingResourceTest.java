package vn.dangbo.congress.counting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.counting.CountingFixtures.ListedElection;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.election.Office;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The counting committee's work over HTTP: ballots issued and returned, each ballot entered by two tellers,
 * mismatches settled, ballots ruled invalid, the checks before closing, the closed count with its event.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class CountingResourceTest {

    private static final String PROBLEM = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Org office;
    private static String congress;

    @Inject
    CountingFixtures fixtures;
    @Inject
    ElectionRepository elections;
    @Inject
    CandidateRepository candidates;
    @Inject
    CountClosedProbe probe;

    @BeforeEach
    void congress() {
        if (office != null) {
            return;
        }
        office = CountingFixtures.office("Đảng bộ Sở Tài chính");
        congress = CountingFixtures.congress(office);
        CountingFixtures.committee(office, congress, 2);
    }

    @Test
    void theCountingCommitteeHasOneHeadAndEnoughTellers() {
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/counting-committee", congress)
                .then().statusCode(200)
                .body("tellersPerBallot", equalTo(2))
                .body("tellers.code", contains("T1", "T2", "T3"))
                .body("tellers[0].roleLabel", equalTo("Trưởng ban"))
                .body("tellers[1].fullName", equalTo("Đỗ Văn Nam"));

        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body("""
                        {"tellers": [{"code": "A", "fullName": "Nguyễn Văn A", "role": "HEAD"},
                                     {"code": "B", "fullName": "Nguyễn Văn B", "role": "HEAD"}]}""")
                .put("/congresses/{id}/counting-committee", congress)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("tellers"))
                .body("errors[0].message", equalTo("Ban kiểm phiếu có đúng một trưởng ban; đề nghị 2"));

        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body("""
                        {"tellersPerBallot": 3, "tellers": [{"code": "A", "fullName": "Nguyễn Văn A", "role": "HEAD"},
                                     {"code": "B", "fullName": "Nguyễn Văn B", "role": "MEMBER"}]}""")
                .put("/congresses/{id}/counting-committee", congress)
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("tellers"))
                .body("errors[0].message", equalTo("Mỗi phiếu do 3 kiểm phiếu viên nhập độc lập: ban kiểm phiếu cần "
                        + "ít nhất 3 người; đề nghị 2"));

        Org other = CountingFixtures.office("Đảng bộ Sở Y tế");
        given().auth().oauth2(RealInfrastructure.tokens().officer(other.idText()))
                .contentType(ContentType.JSON)
                .body("""
                        {"tellers": [{"code": "A", "fullName": "Nguyễn Văn A", "role": "HEAD"},
                                     {"code": "B", "fullName": "Nguyễn Văn B", "role": "MEMBER"}]}""")
                .put("/congresses/{id}/counting-committee", congress)
                .then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void aStruckOutCountReconcilesAndClosesWithItsEvent() throws Exception {
        ListedElection election = fixtures.listed(congress, Office.PARTY_COMMITTEE, 2, BallotKind.STRIKE_OUT,
                "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường");
        UUID a = election.candidates().get(0);
        UUID b = election.candidates().get(1);
        UUID c = election.candidates().get(2);
        figures(election, 5, 4);
        strikeOut(election, "001", "T1", a, b).statusCode(201).body("status", equalTo("PENDING"));
        strikeOut(election, "001", "T2", b, a).statusCode(201).body("status", equalTo("FINAL"));
        strikeOut(election, "002", "T1", a).statusCode(201);
        strikeOut(election, "002", "T2", a).statusCode(201);
        // three names kept for two seats: the tellers agree, the ballot is invalid
        strikeOut(election, "003", "T1", a, b, c).statusCode(201);
        strikeOut(election, "003", "T2", a, b, c).statusCode(201).body("status", equalTo("FINAL"));
        strikeOut(election, "004", "T1", c).statusCode(201);
        strikeOut(election, "004", "T2", b).statusCode(201).body("status", equalTo("MISMATCH"));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/mismatches", election.idText())
                .then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].unit", equalTo("004"))
                .body("[0].entries.tellerCode", contains("T1", "T2"))
                .body("[0].entries[0].content.kept", contains(c.toString()))
                .body("[0].entries[1].content.kept", contains(b.toString()));

        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .post("/elections/{id}/closing", election.idText())
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors.field", contains("pending", "validBallots"));

        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body("""
                        {"serial": "004", "kept": ["%s"], "decidedBy": "Phạm Thị Hoa, Trưởng ban kiểm phiếu",
                         "reason": "Đối chiếu phiếu gốc: gạch tên Nguyễn Văn An và Lê Văn Cường"}""".formatted(b))
                .post("/elections/{id}/settlements", election.idText())
                .then().statusCode(200)
                .body("status", equalTo("SETTLED"))
                .body("decidedBy", equalTo("Phạm Thị Hoa, Trưởng ban kiểm phiếu"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/mismatches", election.idText())
                .then().statusCode(200).body("", hasSize(0));

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/count", election.idText())
                .then().statusCode(200)
                .body("ballotsIssued", equalTo(5))
                .body("ballotsReturned", equalTo(4))
                .body("finalBallots", equalTo(4))
                .body("pending", equalTo(0))
                .body("mismatches", equalTo(0))
                .body("validBallots", equalTo(3))
                .body("invalidBallots", equalTo(1))
                .body("candidates.votes", contains(2, 2, 0));

        String lastHash = given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .post("/elections/{id}/closing", election.idText())
                .then().statusCode(200)
                // the result package declares the result in the closing's transaction
                .body("status", equalTo("RESULT_DECLARED"))
                .extract().path("logLastHash");

        Election closed = QuarkusTransaction.requiringNew().call(() -> elections.findById(election.id()));
        assertEquals(5, closed.ballotsIssued);
        assertEquals(4, closed.ballotsReturned);
        assertEquals(3, closed.validBallots);
        assertEquals(1, closed.invalidBallots);
        assertEquals(lastHash, closed.logLastHash);
        assertTrue(closed.countClosedAt != null);
        List<Integer> votes = QuarkusTransaction.requiringNew().call(() -> candidates.onList(election.id()).stream()
                .map(x -> x.votes).toList());
        assertEquals(List.of(2, 2, 0), votes);
        assertEquals("in transaction, figures written", probe.seen(election.id()),
                "the result package hears of the closing inside its transaction");

        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/verification", election.idText())
                .then().statusCode(200)
                .body("holds", equalTo(true))
                .body("chainHolds", equalTo(true))
                .body("totalsHold", equalTo(true))
                .body("records", equalTo(12))
                .body("lastHash", equalTo(lastHash));

        strikeOut(election, "005", "T1", a).statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Cuộc bầu cử đã khóa kiểm phiếu; không thay đổi số liệu được"));

        JsonNode event = published(election);
        assertEquals(congress, event.at("/congress/id").asText());
        assertEquals(office.idText(), event.at("/convener/id").asText());
        assertEquals("PARTY_COMMITTEE", event.at("/election/office").asText());
        assertEquals("Ban Chấp hành Đảng bộ", event.at("/election/title").asText());
        assertEquals("STRIKE_OUT", event.at("/election/ballotKind").asText());
        assertEquals(4, event.at("/figures/ballotsReturned").asInt());
        assertEquals(3, event.at("/figures/validBallots").asInt());
        assertEquals(2, event.at("/votes/0/votes").asInt());
        assertEquals("Nguyễn Văn An", event.at("/votes/0/fullName").asText());
        assertEquals("T1", event.at("/tellers/0/code").asText());
        assertEquals("Phạm Thị Hoa", event.at("/tellers/0/fullName").asText());
        assertEquals("Trưởng ban", event.at("/tellers/0/role").asText(), "the role as the minutes name it");
        assertTrue(event.at("/votes/0/percentOfBase").isNull(), "no result yet");
        assertEquals(lastHash, event.at("/logLastHash").asText());
    }

    @Test
    void anEntryIsIdempotentByBallotAndTeller() {
        ListedElection election = fixtures.listed(congress, Office.STANDING_COMMITTEE, 2, BallotKind.STRIKE_OUT,
                "Hoàng Văn Dũng", "Bùi Thị Em", "Ngô Văn Phúc");
        UUID a = election.candidates().get(0);
        UUID b = election.candidates().get(1);
        strikeOut(election, "17", "T1", a, b).statusCode(201).body("repeated", equalTo(false));
        int records = logRecords(election);
        strikeOut(election, "17", "T1", b, a).statusCode(200)
                .body("repeated", equalTo(true))
                .body("entries", equalTo(1));
        assertEquals(records, logRecords(election), "the same entry again changes nothing, not even the log");

        strikeOut(election, "17", "T1", a).statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Kiểm phiếu viên T1 đã nhập phiếu số 17 với nội dung khác; không nhập lại "
                        + "được. Nếu có sai sót, ban kiểm phiếu giải quyết chênh lệch"));
        strikeOut(election, "17", "T2", a, b).statusCode(201).body("status", equalTo("FINAL"));
        strikeOut(election, "17", "T3", a, b).statusCode(409).contentType(PROBLEM)
                .body("detail", equalTo("Đã xác định xong phiếu số 17 (các lượt nhập đã khớp); không nhập thêm được"));

        strikeOut(election, "18", "T9", a).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("tellerCode"));
        strikeOut(election, "18", "T1", UUID.randomUUID()).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("kept"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .contentType(ContentType.JSON)
                .body(Map.of("serial", "18", "tellerCode", "T1", "kept", List.of(a.toString())))
                .post("/elections/{id}/entries", election.idText())
                .then().statusCode(403);
    }

    @Test
    void bothBoxesForOnePersonKeepTheBallotValidAndGiveThatPersonNoVote() {
        ListedElection election = fixtures.listed(congress, Office.INSPECTION_COMMISSION, 3,
                BallotKind.AGREE_DISAGREE, "Đặng Văn Giang", "Trịnh Thị Hà", "Lý Văn Khoa");
        UUID a = election.candidates().get(0);
        UUID b = election.candidates().get(1);
        for (String teller : List.of("T1", "T2")) {
            // A agreed, B both boxes, C neither (left out)
            given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                    .contentType(ContentType.JSON)
                    .body(Map.of("serial", "1", "tellerCode", teller,
                            "marks", Map.of(a.toString(), "AGREE", b.toString(), "BOTH")))
                    .post("/elections/{id}/entries", election.idText())
                    .then().statusCode(201);
        }
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/count", election.idText())
                .then().statusCode(200)
                .body("finalBallots", equalTo(1))
                .body("validBallots", equalTo(1))
                .body("invalidBallots", equalTo(0))
                .body("candidates.votes", contains(1, 0, 0));
    }

    @Test
    void fiftyIssuedAndFiftyOneReturnedBlocksClosing() {
        ListedElection election = fixtures.listed(congress, Office.DELEGATION, 1, BallotKind.STRIKE_OUT,
                "Mai Văn Long", "Tạ Thị Mơ");
        figures(election, 50, 51);
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .post("/elections/{id}/closing", election.idText())
                .then().statusCode(422).contentType(PROBLEM)
                .body("title", equalTo("Số liệu kiểm phiếu không khớp"))
                .body("errors[0].field", equalTo("ballotsReturned"))
                .body("errors[0].message", equalTo("Số phiếu thu vào (51) nhiều hơn số phiếu phát ra (50)"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/count", election.idText())
                .then().statusCode(200)
                .body("status", equalTo("LIST_APPROVED"))
                .body("countClosedAt", nullValue());
    }

    @Test
    void theCommitteeRulesABallotInvalidWithItsReason() {
        ListedElection election = fixtures.listed(congress, Office.SECRETARY, 1, BallotKind.AGREE_DISAGREE,
                "Phan Văn Minh");
        UUID a = election.candidates().get(0);
        for (String teller : List.of("T1", "T2")) {
            given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                    .contentType(ContentType.JSON)
                    .body(Map.of("serial", "1", "tellerCode", teller, "marks", Map.of(a.toString(), "AGREE")))
                    .post("/elections/{id}/entries", election.idText())
                    .then().statusCode(201);
        }
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body(Map.of("serial", "1", "decidedBy", "Ban kiểm phiếu",
                        "reason", "Phiếu không có dấu của ban kiểm phiếu"))
                .post("/elections/{id}/rulings", election.idText())
                .then().statusCode(200)
                .body("status", equalTo("RULED_INVALID"))
                .body("reason", equalTo("Phiếu không có dấu của ban kiểm phiếu"));
        figures(election, 1, 1);
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .post("/elections/{id}/closing", election.idText())
                .then().statusCode(200)
                .body("validBallots", equalTo(0))
                .body("invalidBallots", equalTo(1))
                .body("candidates.votes", contains(0));
    }

    @Test
    void aLargeCongressCountsByGroupsEnteredByEachTeller() {
        ListedElection election = fixtures.listed(congress, Office.CELL_COMMITTEE, 2, BallotKind.STRIKE_OUT,
                "Cao Văn Nghĩa", "Lương Thị Oanh", "Kiều Văn Phong");
        String a = election.candidates().get(0).toString();
        String b = election.candidates().get(1).toString();
        String c = election.candidates().get(2).toString();
        figures(election, 200, 190);
        group(election, "TỔ 1", "T1", 100, 98, 2, Map.of(a, 90, b, 60, c, 40)).statusCode(201);
        group(election, "TỔ 1", "T2", 100, 98, 2, Map.of(a, 90, b, 60, c, 40)).statusCode(201)
                .body("status", equalTo("FINAL"));
        group(election, "TỔ 2", "T1", 90, 90, 0, Map.of(a, 80, b, 50, c, 45)).statusCode(201);
        group(election, "TỔ 2", "T2", 90, 90, 0, Map.of(a, 80, b, 55, c, 45)).statusCode(201)
                .body("status", equalTo("MISMATCH"));
        group(election, "TỔ 3", "T1", 10, 9, 2, Map.of()).statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", equalTo("valid"));
        strikeOut(election, "1", "T1", election.candidates().get(0)).statusCode(409)
                .body("detail", equalTo("Cuộc bầu cử đang kiểm theo tổ kiểm phiếu; không nhập hoặc xác định từng "
                        + "phiếu được"));
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body(Map.of("groupCode", "TỔ 2", "ballots", 90, "valid", 90, "invalid", 0,
                        "votes", Map.of(a, 80, b, 55, c, 45), "decidedBy", "Phạm Thị Hoa",
                        "reason", "Tổ 2 kiểm lại: Lương Thị Oanh 55 phiếu"))
                .post("/elections/{id}/settlements", election.idText())
                .then().statusCode(200).body("status", equalTo("SETTLED"));
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .post("/elections/{id}/closing", election.idText())
                .then().statusCode(200)
                .body("mode", equalTo("GROUPS"))
                .body("validBallots", equalTo(188))
                .body("invalidBallots", equalTo(2))
                .body("candidates.votes", contains(170, 115, 85));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/verification", election.idText())
                .then().statusCode(200).body("holds", equalTo(true));
    }

    private static ValidatableResponse strikeOut(ListedElection election, String serial, String teller, UUID... kept) {
        return given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body(Map.of("serial", serial, "tellerCode", teller,
                        "kept", List.of(kept).stream().map(UUID::toString).toList()))
                .post("/elections/{id}/entries", election.idText())
                .then();
    }

    private static ValidatableResponse group(ListedElection election, String code, String teller, int ballots,
            int valid, int invalid, Map<String, Integer> votes) {
        return given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body(Map.of("groupCode", code, "tellerCode", teller, "ballots", ballots, "valid", valid,
                        "invalid", invalid, "votes", votes))
                .post("/elections/{id}/group-tallies", election.idText())
                .then();
    }

    static void figures(ListedElection election, int issued, int returned) {
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body(Map.of("issued", issued, "returned", returned))
                .put("/elections/{id}/ballots", election.idText())
                .then().statusCode(200);
    }

    private static int logRecords(ListedElection election) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/count", election.idText())
                .then().statusCode(200).extract().path("logRecords");
    }

    /** The election's count.closed.v1 on congress.elections.v1: key = the congress, valid against our schema. */
    private static JsonNode published(ListedElection election) throws Exception {
        try (TopicReader reader = TopicReader.of(RealInfrastructure.kafka().bootstrapServers(),
                ElectionEvents.TOPIC)) {
            ConsumerRecord<String, String> record = reader.awaitRecord(r -> congress.equals(r.key())
                    && ElectionEvents.COUNT_CLOSED.equals(TopicReader.header(r, "ce_type"))
                    && r.value().contains(election.idText()), Duration.ofSeconds(60));
            EventSchemas.assertCloudEvent(record, ElectionEvents.COUNT_CLOSED, "/dangbo/congress-service");
            EventSchemas.assertValid(Path.of("src/main/resources/META-INF/resources/events/schemas",
                    ElectionEvents.COUNT_CLOSED + ".json"), record.value());
            return JSON.readTree(record.value());
        }
    }
}

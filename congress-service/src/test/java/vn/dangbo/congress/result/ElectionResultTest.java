package vn.dangbo.congress.result;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.counting.CountClosed;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.result.ResultFixtures.CellCongress;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A closed count is declared by the regulation in its closing transaction, published on congress.elections.v1, and
 * what the congress decides on open seats is recorded. The closed counts are written through the repositories
 * (the counting package's closing is another helper's), then {@link CountClosed} is fired as counting fires it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "congress"),
        restrictToAnnotatedClass = false)
class ElectionResultTest {

    @Inject
    ElectionRepository elections;

    @Inject
    CandidateRepository candidates;

    @Inject
    Event<CountClosed> countClosed;

    @Test
    void aCountIsDeclaredOnItsBaseATieGoesToARunoffAndTheApprovalGivesThePositions() throws Exception {
        CellCongress congress = ResultFixtures.cellCongress(10);
        String officeOfficer = RealInfrastructure.tokens().officer(congress.office().idText());
        String cellOfficer = RealInfrastructure.tokens().officer(congress.cell().idText());
        Map<String, Candidate> list = ResultFixtures.names("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
                "Phạm Văn Dũng", "Hoàng Thị Em");
        // the convening committee's plan names Em for secretary: not elected to the committee, the post waits
        given().auth().oauth2(officeOfficer).contentType(ContentType.JSON)
                .body("""
                        {"holders": [{"office": "SECRETARY", "memberId": "%s", "fullName": "Hoàng Thị Em"}]}
                        """.formatted(list.get("Hoàng Thị Em").memberId))
                .put("/congresses/{id}/personnel-plan", congress.congressId())
                .then().statusCode(200);

        try (TopicReader reader = ResultFixtures.elections()) {
            UUID committee = close(congress.id(), Office.CELL_COMMITTEE, Electorate.CONGRESS, 1, 3, 10,
                    votes(list, 9, 7, 6, 6, 5));

            JsonPath result = result(committee);
            assertEquals(10, result.getInt("base.base"));
            assertEquals(10, result.getInt("base.convened"));
            assertEquals("RESULT_DECLARED", result.getString("status"));
            assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình"), result.getList("elected.fullName"));
            assertEquals(List.of("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Văn Dũng", "Hoàng Thị Em"),
                    result.getList("candidates.fullName"), "highest first");
            assertEquals(List.of("ELECTED", "ELECTED", "TIED", "TIED", "NOT_ELECTED"),
                    result.getList("candidates.outcome"));
            assertEquals(3, result.getInt("tie.seat"));
            assertEquals(List.of("Lê Văn Cường", "Phạm Văn Dũng"), result.getList("tie.candidates.fullName"));
            assertEquals(1, result.getInt("vacantSeats"));
            assertEquals(90.0f, result.getFloat("candidates[0].percentOfBase"));
            assertTrue(result.getString("note").contains("Ghế thứ 3: 2 người bằng phiếu"), result.getString("note"));
            assertTrue(result.getString("note").contains("Hoàng Thị Em (dự kiến Bí thư) không trúng cử Chi ủy"),
                    result.getString("note"));

            JsonNode declared = ResultFixtures.published(reader, congress.id(), ElectionEvents.RESULT_DECLARED);
            ResultFixtures.assertHeaderParties(declared, congress);
            assertEquals(committee.toString(), declared.at("/election/id").asText());
            assertEquals("CELL_COMMITTEE", declared.at("/election/office").asText());
            assertEquals("Chi ủy", declared.at("/election/title").asText());
            assertEquals(10, declared.at("/figures/validBallots").asInt());
            assertEquals(10, declared.at("/base/base").asInt());
            assertEquals("Nguyễn Văn An", declared.at("/candidates/0/fullName").asText());
            assertEquals("90.00", declared.at("/candidates/0/percentOfBase").asText());
            assertEquals("ELECTED", declared.at("/candidates/0/outcome").asText());
            assertEquals(9, declared.at("/candidates/0/votes").asInt());
            assertEquals("TIED", declared.at("/candidates/2/outcome").asText());
            assertEquals(1, declared.at("/vacantSeats").asInt());
            assertEquals(3, declared.at("/tie/seat").asInt());
            assertEquals(2, declared.at("/tie/candidates").size());
            assertTrue(declared.at("/note").asText().contains("bầu lại"));
            assertTrue(declared.at("/logLastHash").asText().startsWith("9f2c0b5e"));
            assertTrue(declared.at("/tellers").isArray());
            JsonNode runoffNeeded = ResultFixtures.published(reader, congress.id(), ElectionEvents.RUNOFF_NEEDED);
            assertEquals(3, runoffNeeded.at("/tie/seat").asInt());
            assertEquals("Lê Văn Cường", runoffNeeded.at("/tie/candidates/0/fullName").asText());

            // the runoff among the tied: a new election, round 2, for the one open seat
            JsonPath runoff = given().auth().oauth2(cellOfficer)
                    .post("/elections/{id}/runoff", committee)
                    .then().statusCode(201).extract().jsonPath();
            assertEquals(2, runoff.getInt("roundNo"));
            assertEquals(1, runoff.getInt("seats"));
            assertEquals(2, runoff.getList("candidateIds").size());
            given().auth().oauth2(cellOfficer).post("/elections/{id}/runoff", committee)
                    .then().statusCode(409);
            UUID runoffId = UUID.fromString(runoff.getString("electionId"));
            closeOpened(runoffId, 10, Map.of("Lê Văn Cường", 7, "Phạm Văn Dũng", 3));
            assertEquals(List.of("Lê Văn Cường"), result(runoffId).getList("elected.fullName"));
            assertEquals("RUNOFF", result(committee).getString("decision.decision"));

            // the results cannot go up while the secretary's ballot waits for the higher committee
            given().auth().oauth2(cellOfficer).post("/congresses/{id}/election-results/submission", congress.id())
                    .then().statusCode(409).body("detail", containsString("chờ ý kiến chỉ đạo"));
            // nor can the secretary's ballot be opened by the ordinary way
            given().auth().oauth2(cellOfficer).contentType(ContentType.JSON)
                    .body(Map.of("office", "SECRETARY", "seats", 1))
                    .post("/congresses/{id}/elections", congress.id())
                    .then().statusCode(409).body("detail", containsString("chờ ý kiến chỉ đạo"));
            given().auth().oauth2(officeOfficer).contentType(ContentType.JSON)
                    .body("""
                            {"office": "SECRETARY", "number": "15-CV/ĐU", "directedOn": "2020-03-20",
                             "text": "Đồng ý để đại hội bầu Bí thư trong số các đồng chí trúng cử Chi ủy"}
                            """)
                    .post("/congresses/{id}/higher-direction", congress.id())
                    .then().statusCode(200)
                    .body("awaitingDirection", org.hamcrest.Matchers.is(false))
                    .body("directionNumber", org.hamcrest.Matchers.is("15-CV/ĐU"));

            Map<String, Candidate> secretaryList = ResultFixtures.names("Nguyễn Văn An");
            secretaryList.get("Nguyễn Văn An").memberId = list.get("Nguyễn Văn An").memberId;
            UUID secretary = close(congress.id(), Office.SECRETARY, Electorate.CONGRESS, 1, 1, 10,
                    votes(secretaryList, 8));
            assertEquals(List.of("Nguyễn Văn An"), result(secretary).getList("elected.fullName"));

            JsonPath submitted = given().auth().oauth2(cellOfficer)
                    .post("/congresses/{id}/election-results/submission", congress.id())
                    .then().statusCode(200).extract().jsonPath();
            assertEquals("SUBMITTED", submitted.getString("status"));
            JsonNode submission = ResultFixtures.published(reader, congress.id(), ElectionEvents.RESULTS_SUBMITTED);
            ResultFixtures.assertHeaderParties(submission, congress);
            assertEquals(3, submission.at("/results").size(), "the committee, its runoff and the secretary");
            assertEquals(10, submission.at("/results/0/base/base").asInt());
            assertEquals("SECRETARY", submission.at("/results/2/election/office").asText());

            // the approval is the committee above the cell's: not the cell's own officer
            String approval = """
                    {"decisionNumber": "125-QĐ/ĐU", "approvedOn": "2020-03-25"}
                    """;
            given().auth().oauth2(cellOfficer).contentType(ContentType.JSON).body(approval)
                    .post("/congresses/{id}/election-results/approval", congress.id())
                    .then().statusCode(403);
            given().auth().oauth2(officeOfficer).contentType(ContentType.JSON).body("{\"approvedOn\": \"2020-03-25\"}")
                    .post("/congresses/{id}/election-results/approval", congress.id())
                    .then().statusCode(400).body(containsString("decisionNumber"));
            given().auth().oauth2(officeOfficer).contentType(ContentType.JSON).body(approval)
                    .post("/congresses/{id}/election-results/approval", congress.id())
                    .then().statusCode(200).body("status", org.hamcrest.Matchers.is("APPROVED"));
            given().auth().oauth2(officeOfficer).contentType(ContentType.JSON).body(approval)
                    .post("/congresses/{id}/election-results/approval", congress.id())
                    .then().statusCode(409).body("detail", containsString("125-QĐ/ĐU"));

            JsonNode approved = ResultFixtures.published(reader, congress.id(), ElectionEvents.RESULTS_APPROVED);
            assertEquals("125-QĐ/ĐU", approved.at("/decisionNumber").asText());
            assertEquals("2020-03-25", approved.at("/approvedOn").asText());
            assertEquals(congress.office().idText(), approved.at("/approvingBody/id").asText());
            assertEquals("Đảng bộ Văn phòng UBND tỉnh", approved.at("/approvingBody/name").asText());
            Map<String, String> positions = new LinkedHashMap<>();
            for (JsonNode p : approved.get("positions")) {
                assertEquals(congress.cell().idText(), p.get("organisationId").asText(),
                        "a cell's committee and secretary are the cell's positions");
                positions.merge(p.get("fullName").asText(), p.get("role").asText(), (a, b) -> a + "+" + b);
            }
            assertEquals(Map.of("Nguyễn Văn An", "COMMITTEE_MEMBER+SECRETARY", "Trần Thị Bình", "COMMITTEE_MEMBER",
                    "Lê Văn Cường", "COMMITTEE_MEMBER"), positions);
            assertEquals(list.get("Nguyễn Văn An").memberId.toString(), approved.at("/positions/0/memberId").asText());
        }

        JsonPath results = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/congresses/{id}/election-results", congress.id())
                .then().statusCode(200).extract().jsonPath();
        assertEquals("APPROVED", results.getString("status"));
        assertEquals("125-QĐ/ĐU", results.getString("decisionNumber"));
        assertEquals(3, results.getList("results").size());
        assertEquals(4, results.getList("positions").size());
    }

    @Test
    void openSeatsAreDecidedByTheCongressAndASecretaryIsBallotedAtMostThreeTimes() {
        CellCongress congress = ResultFixtures.cellCongress(10);
        String officer = RealInfrastructure.tokens().officer(congress.cell().idText());

        // 5 seats, 3 above half the base of 10: 3 elected, 2 open until the congress decides
        UUID committee = close(congress.id(), Office.CELL_COMMITTEE, Electorate.CONGRESS, 1, 5, 10,
                votes(ResultFixtures.names("A Một", "B Hai", "C Ba", "D Bốn", "E Năm", "G Sáu"), 9, 8, 7, 5, 4, 3));
        JsonPath result = result(committee);
        assertEquals(3, result.getList("elected").size());
        assertEquals(2, result.getInt("vacantSeats"));
        assertTrue(result.getString("note").startsWith("Còn 2 ghế chưa có người trúng cử"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"decision\": \"PICK_ONE\"}")
                .post("/elections/{id}/vacancy-decision", committee)
                .then().statusCode(422).body(containsString("decision"));
        given().auth().oauth2(officer).post("/elections/{id}/runoff", committee)
                .then().statusCode(409);
        given().auth().oauth2(officer).contentType(ContentType.JSON)
                .body("{\"decision\": \"LEAVE_VACANT\", \"reason\": \"Đại hội biểu quyết để khuyết 2 ủy viên\"}")
                .post("/elections/{id}/vacancy-decision", committee)
                .then().statusCode(200)
                .body("decision", org.hamcrest.Matchers.is("LEAVE_VACANT"))
                .body("decidedBy", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"decision\": \"ANOTHER_ROUND\"}")
                .post("/elections/{id}/vacancy-decision", committee)
                .then().statusCode(409);

        // a secretary not elected: another round, up to the rule set's 3; a 4th is refused
        UUID round = close(congress.id(), Office.SECRETARY, Electorate.CONGRESS, 1, 1, 10,
                votes(ResultFixtures.names("A Một"), 4));
        for (int roundNo = 2; roundNo <= 3; roundNo++) {
            JsonPath decision = given().auth().oauth2(officer).contentType(ContentType.JSON)
                    .body("{\"decision\": \"ANOTHER_ROUND\"}")
                    .post("/elections/{id}/vacancy-decision", round)
                    .then().statusCode(200).extract().jsonPath();
            UUID next = UUID.fromString(decision.getString("nextElectionId"));
            Election opened = QuarkusTransaction.requiringNew().call(() -> elections.findById(next));
            assertEquals(roundNo, opened.roundNo);
            assertEquals("NOMINATING", opened.status.name());
            assertEquals(round, opened.previousElectionId);
            addAndClose(next, "A Một", 4);
            round = next;
        }
        assertTrue(result(round).getString("note").contains("cấp trên chỉ định"));
        given().auth().oauth2(officer).contentType(ContentType.JSON).body("{\"decision\": \"ANOTHER_ROUND\"}")
                .post("/elections/{id}/vacancy-decision", round)
                .then().statusCode(422)
                .body("errors[0].field", org.hamcrest.Matchers.is("decision"))
                .body("detail", containsString("cấp trên chỉ định, không bầu lần thứ 4"));

        // the results may go up: the vacancy decided, the secretary appointed by the higher committee
        given().auth().oauth2(officer).post("/congresses/{id}/election-results/submission", congress.id())
                .then().statusCode(200);
    }

    @Test
    void theNewCommitteesFirstMeetingCountsOnTheCommitteesMembers() {
        CellCongress congress = ResultFixtures.cellCongress(10);
        close(congress.id(), Office.PARTY_COMMITTEE, Electorate.CONGRESS, 1, 3, 10,
                votes(ResultFixtures.names("A Một", "B Hai", "C Ba"), 9, 8, 7));
        UUID standing = close(congress.id(), Office.STANDING_COMMITTEE, Electorate.NEW_COMMITTEE, 1, 1, 3,
                votes(ResultFixtures.names("A Một", "B Hai"), 2, 1));
        JsonPath result = result(standing);
        assertEquals(3, result.getInt("base.base"));
        assertEquals(0, result.getList("base.exclusions").size());
        assertEquals(List.of("A Một"), result.getList("elected.fullName"));
        assertEquals(66.67f, result.getFloat("elected[0].percentOfBase"));
        given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/result", UUID.randomUUID())
                .then().statusCode(404);
    }

    private static Map<Candidate, Integer> votes(Map<String, Candidate> list, int... each) {
        Map<Candidate, Integer> votes = new LinkedHashMap<>();
        int i = 0;
        for (Candidate candidate : list.values()) {
            votes.put(candidate, each[i++]);
        }
        return votes;
    }

    /** Writes a closed count and fires CountClosed in the same transaction, as counting's closing does. */
    private UUID close(UUID congressId, Office office, Electorate electorate, int roundNo, int seats, int ballots,
            Map<Candidate, Integer> votes) {
        Election election = ResultFixtures.closedCount(congressId, office, electorate, roundNo, seats, 0, ballots,
                votes);
        QuarkusTransaction.requiringNew().run(() -> {
            elections.persist(election);
            votes.keySet().forEach(candidates::persist);
            elections.flush();
            countClosed.fire(new CountClosed(election.id));
        });
        return election.id;
    }

    /** Closes an opened election whose list is drawn: its candidates get these votes. */
    private void closeOpened(UUID electionId, int ballots, Map<String, Integer> votes) {
        QuarkusTransaction.requiringNew().run(() -> {
            Election election = elections.findById(electionId);
            election.ballotKind = candidates.onList(electionId).size() > election.seats ? BallotKind.STRIKE_OUT
                    : BallotKind.AGREE_DISAGREE;
            ResultFixtures.close(election, ballots);
            for (Candidate candidate : candidates.onList(electionId)) {
                candidate.votes = votes.get(candidate.fullName);
            }
            elections.flush();
            countClosed.fire(new CountClosed(electionId));
        });
    }

    /** Another round's list (one name) and its closed count. */
    private void addAndClose(UUID electionId, String fullName, int votes) {
        QuarkusTransaction.requiringNew().run(() -> {
            Candidate candidate = ResultFixtures.names(fullName).get(fullName);
            candidate.electionId = electionId;
            candidate.position = 1;
            candidates.persist(candidate);
        });
        closeOpened(electionId, 10, Map.of(fullName, votes));
    }

    private static JsonPath result(UUID electionId) {
        JsonPath result = given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/result", electionId)
                .then().statusCode(200).extract().jsonPath();
        assertNotNull(result.get("declaredAt"));
        return result;
    }
}

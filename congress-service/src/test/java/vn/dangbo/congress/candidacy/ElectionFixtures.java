package vn.dangbo.congress.candidacy;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * Elections over the API as an office runs them, with the registry's members named as a ballot prints them; and the
 * declared result the result package writes, stood in for here (this package's tests need a result, not how it is
 * reached).
 */
@ApplicationScoped
public class ElectionFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ElectionRepository elections;
    private final CandidateRepository candidates;

    public ElectionFixtures(ElectionRepository elections, CandidateRepository candidates) {
        this.elections = elections;
        this.candidates = candidates;
    }

    /** The result declared: these members ELECTED, the others NOT_ELECTED (as the result package writes it). */
    public void declare(String electionId, List<UUID> elected) {
        QuarkusTransaction.requiringNew().run(() -> {
            Election election = elections.findById(UUID.fromString(electionId));
            election.status = ElectionStatus.RESULT_DECLARED;
            for (Candidate c : candidates.ofElection(election.id)) {
                c.outcome = elected.contains(c.memberId) ? "ELECTED" : "NOT_ELECTED";
            }
        });
    }

    /** A member of the cell with this name, as the registry publishes it (checked against its schema). */
    public static UUID member(Org cell, String fullName, boolean full, String sex, String birthMonth) {
        UUID id = UUID.randomUUID();
        try {
            ObjectNode data = (ObjectNode) JSON.readTree(RegistryFixtures.memberRegisteredData(id, cell, full, sex,
                    birthMonth, null, 0));
            ((ObjectNode) data.get("member")).put("fullName", fullName);
            RegistryFixtures.send(RegistryFixtures.MEMBERS_TOPIC, null, RegistryFixtures.event(
                    RegistryFixtures.MEMBER_REGISTERED, id.toString(), data.toString()));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** A round of rule set 2020, reference month 4/2020 for cells and the committee: cells 4/2020, committee 6/2020. */
    public static String round(Org committee) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"conveningCommitteeId": "%s", "ruleSetId": "2020",
                         "ageReferenceMonths": {"CELL": "2020-04", "GRASSROOTS": "2020-04"},
                         "cellWindow": {"from": "2020-04-01", "to": "2020-04-30"},
                         "committeeWindow": {"from": "2020-06-01", "to": "2020-06-30"},
                         "cellTerm": "2020-2022", "committeeTerm": "2020-2025"}
                        """.formatted(committee.id()))
                .post("/rounds")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String congress(String round, Org organisation, String startDate, int days, String term) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "%s",
                         "days": %d, "term": "%s"}
                        """.formatted(round, organisation.id(), startDate, days, term))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static void stateStructure(String congress, String body) {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body(body)
                .put("/congresses/{id}/election-structure", congress)
                .then().statusCode(200);
    }

    /** Convenes an all-member congress from the roll and checks these members in (attendance). */
    public static void checkIn(String congress, List<UUID> members) {
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .post("/congresses/{id}/attendance/convocation", congress)
                .then().statusCode(200);
        for (UUID member : members) {
            given().auth().oauth2(RealInfrastructure.tokens().admin())
                    .post("/congresses/{id}/attendance/{memberId}/check-in", congress, member)
                    .then().statusCode(200);
        }
    }

    public static ValidatableResponse openElection(String congress, String office, int seats) {
        return post("/congresses/{id}/elections", congress, """
                {"office": "%s", "seats": %d}""".formatted(office, seats));
    }

    public static ValidatableResponse nominate(String election, UUID member, String source) {
        return post("/elections/{id}/candidates", election, """
                {"memberId": "%s", "source": "%s", "nominatedBy": "Đồng chí Ngô Văn Hùng"}""".formatted(member, source));
    }

    public static ValidatableResponse opinionBallot(String election, String candidate, int present, int agree) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body("""
                        {"present": %d, "agree": %d}""".formatted(present, agree))
                .post("/elections/{id}/candidates/{candidateId}/opinion-ballot", election, candidate)
                .then();
    }

    public static ValidatableResponse withdraw(String election, String candidate, boolean approved) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body("""
                        {"reason": "Lý do sức khỏe", "approved": %s, "decidedBy": "Đại hội biểu quyết giơ tay"}"""
                        .formatted(approved))
                .post("/elections/{id}/candidates/{candidateId}/withdrawal", election, candidate)
                .then();
    }

    public static ValidatableResponse list(String election) {
        return given().auth().oauth2(RealInfrastructure.tokens().viewer())
                .get("/elections/{id}/list", election)
                .then().statusCode(200);
    }

    public static ValidatableResponse approveList(String election) {
        return post("/elections/{id}/list/approval", election, "{}");
    }

    static ValidatableResponse post(String path, String id, String body) {
        return given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON).body(body)
                .post(path, id)
                .then();
    }
}

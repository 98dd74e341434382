package vn.dangbo.congress.counting;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.CandidateSource;
import vn.dangbo.congress.election.CandidateStatus;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionRepository;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.election.Office;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;

/**
 * A congress scheduled over the API, and elections whose list is approved. The candidate lists are built in
 * parallel by the candidacy work, so an election and its ON_LIST candidates (status LIST_APPROVED, a ballot kind)
 * are written here straight through the repositories; the end-to-end test goes through the real flow.
 */
@ApplicationScoped
public class CountingFixtures {

    /** An election with its printed list, in order. */
    public record ListedElection(UUID id, UUID congressId, List<UUID> candidates) {
        public String idText() {
            return id.toString();
        }
    }

    private static final AtomicInteger ROUND_NO = new AtomicInteger();

    private final ElectionRepository elections;
    private final CandidateRepository candidates;

    public CountingFixtures(ElectionRepository elections, CandidateRepository candidates) {
        this.elections = elections;
        this.candidates = candidates;
    }

    /**
     * The congress of a cell of ten full members under {@code office}, scheduled by the office's officer, its members
     * convened from the roll (the result declared when a count closes needs the vote base).
     */
    public static String congress(Org office) {
        Org cell = RegistryFixtures.cell(office, "Chi bộ Văn phòng");
        RegistryFixtures.awaitKnown(cell);
        RegistryFixtures.members(cell, 10, 0);
        RegistryFixtures.awaitCounts(cell, 10, 0);
        String round = RoundFixtures.withoutPilot(office);
        String token = RealInfrastructure.tokens().officer(office.idText());
        String congress = given().auth().oauth2(token)
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-04-15",
                         "days": 1, "term": "2020-2022"}
                        """.formatted(round, cell.id()))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(token)
                .post("/congresses/{id}/attendance/convocation", congress)
                .then().statusCode(200);
        return congress;
    }

    public static Org office(String name) {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, name);
        RegistryFixtures.awaitKnown(bloc, office);
        return office;
    }

    /** A committee of three tellers (T1 the head), each ballot entered by {@code perBallot} of them. */
    public static void committee(Org office, String congressId, int perBallot) {
        given().auth().oauth2(RealInfrastructure.tokens().officer(office.idText()))
                .contentType(ContentType.JSON)
                .body("""
                        {"tellersPerBallot": %d, "tellers": [
                          {"code": "T1", "fullName": "Phạm Thị Hoa", "role": "HEAD"},
                          {"code": "T2", "fullName": "Đỗ Văn Nam", "role": "MEMBER"},
                          {"code": "T3", "fullName": "Vũ Thị Lan", "role": "MEMBER"}]}
                        """.formatted(perBallot))
                .put("/congresses/{id}/counting-committee", congressId)
                .then().statusCode(200);
    }

    /** An election of {@code seats} on a list of the given names, LIST_APPROVED with the ballot kind. */
    public ListedElection listed(String congressId, Office office, int seats, BallotKind kind, String... names) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Election election = new Election();
            election.id = UUID.randomUUID();
            election.congressId = UUID.fromString(congressId);
            election.office = office;
            election.electorate = Electorate.CONGRESS;
            election.roundNo = ROUND_NO.incrementAndGet();
            election.seats = seats;
            election.ballotKind = kind;
            election.status = ElectionStatus.LIST_APPROVED;
            elections.persist(election);
            List<UUID> ids = new ArrayList<>();
            int position = 0;
            for (String name : names) {
                Candidate candidate = new Candidate();
                candidate.id = UUID.randomUUID();
                candidate.electionId = election.id;
                candidate.memberId = UUID.randomUUID();
                candidate.fullName = name;
                candidate.source = CandidateSource.COMMITTEE_LIST;
                candidate.status = CandidateStatus.ON_LIST;
                candidate.position = ++position;
                candidate.createdAt = OffsetDateTime.now();
                candidates.persist(candidate);
                ids.add(candidate.id);
            }
            return new ListedElection(election.id, election.congressId, List.copyOf(ids));
        });
    }
}

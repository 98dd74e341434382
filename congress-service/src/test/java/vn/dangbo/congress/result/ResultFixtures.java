package vn.dangbo.congress.result;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dangbo.congress.RegistryFixtures;
import vn.dangbo.congress.RegistryFixtures.Org;
import vn.dangbo.congress.RoundFixtures;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateSource;
import vn.dangbo.congress.election.CandidateStatus;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.election.Office;
import vn.dangbo.testsupport.kafka.TopicReader;
import vn.dangbo.testsupport.quarkus.RealInfrastructure;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * A cell's congress with its members on the roll, and closed counts written straight through the entities (the
 * counting package's closing is not this package's): an election with its figures and COUNT_CLOSED, its candidates
 * with their votes.
 */
final class ResultFixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A bloc, a grassroots committee and its cell with {@code fullMembers} full members and one probationary. */
    record CellCongress(Org bloc, Org office, Org cell, String congressId) {
        UUID id() {
            return UUID.fromString(congressId);
        }
    }

    private ResultFixtures() {
    }

    static CellCongress cellCongress(int fullMembers) {
        Org bloc = RegistryFixtures.bloc("Đảng bộ Khối các cơ quan tỉnh");
        Org office = RegistryFixtures.grassrootsCommittee(bloc, "Đảng bộ Văn phòng UBND tỉnh");
        Org cell = RegistryFixtures.cell(office, "Chi bộ Tổng hợp");
        RegistryFixtures.awaitKnown(bloc, office, cell);
        RegistryFixtures.members(cell, fullMembers, 1);
        RegistryFixtures.awaitCounts(cell, fullMembers, 1);
        String round = RoundFixtures.seed(office, cell);
        String id = given().auth().oauth2(RealInfrastructure.tokens().admin())
                .contentType(ContentType.JSON)
                .body("""
                        {"roundId": "%s", "organisationId": "%s", "kind": "ALL_MEMBER", "startDate": "2020-03-20",
                         "days": 1, "pilot": true, "term": "2020-2022"}
                        """.formatted(round, cell.id()))
                .post("/congresses")
                .then().statusCode(201)
                .extract().path("id");
        // the members on the roll are convened: the base is theirs
        given().auth().oauth2(RealInfrastructure.tokens().admin())
                .post("/congresses/{id}/attendance/convocation", id)
                .then().statusCode(200);
        return new CellCongress(bloc, office, cell, id);
    }

    /** A closed count: the election with its reconciled figures and its list with the votes. */
    static Election closedCount(UUID congressId, Office office, Electorate electorate, int roundNo, int seats,
            int alternateSeats, int ballots, Map<Candidate, Integer> votes) {
        Election election = new Election();
        election.id = UUID.randomUUID();
        election.congressId = congressId;
        election.office = office;
        election.electorate = electorate;
        election.roundNo = roundNo;
        election.seats = seats;
        election.alternateSeats = alternateSeats;
        election.ballotKind = votes.size() > seats ? BallotKind.STRIKE_OUT : BallotKind.AGREE_DISAGREE;
        close(election, ballots);
        int position = 1;
        for (Map.Entry<Candidate, Integer> entry : votes.entrySet()) {
            Candidate candidate = entry.getKey();
            candidate.electionId = election.id;
            candidate.position = position++;
            candidate.votes = entry.getValue();
        }
        return election;
    }

    /** Closes the count (a list approved on the way fixes the ballot kind: a runoff's list is longer than its seats). */
    static void close(Election election, int ballots) {
        if (election.ballotKind == null) {
            election.ballotKind = BallotKind.STRIKE_OUT;
        }
        election.status = ElectionStatus.COUNT_CLOSED;
        election.ballotsIssued = ballots;
        election.ballotsReturned = ballots;
        election.validBallots = ballots;
        election.invalidBallots = 0;
        election.logLastHash = "9f2c0b5e7d1a4c3b8e6f0a2d4c6b8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b";
        election.countClosedAt = OffsetDateTime.now();
    }

    /** Names on a list in printed order, each with a new member id, to be given votes. */
    static Map<String, Candidate> names(String... fullNames) {
        Map<String, Candidate> list = new LinkedHashMap<>();
        for (String fullName : fullNames) {
            Candidate candidate = new Candidate();
            candidate.id = UUID.randomUUID();
            candidate.memberId = UUID.randomUUID();
            candidate.fullName = fullName;
            candidate.source = CandidateSource.COMMITTEE_LIST;
            candidate.status = CandidateStatus.ON_LIST;
            list.put(fullName, candidate);
        }
        return list;
    }

    /** The election event of this type for the congress, its data valid against this service's schema. */
    static JsonNode published(TopicReader reader, UUID congressId, String type) throws Exception {
        ConsumerRecord<String, String> record = reader.awaitRecord(r -> congressId.toString().equals(r.key())
                && type.equals(TopicReader.header(r, "ce_type")), Duration.ofSeconds(60));
        EventSchemas.assertCloudEvent(record, type, "/dangbo/congress-service");
        Path schema = Path.of("src/main/resources/META-INF/resources/events/schemas", type + ".json");
        assertTrue(schema.toFile().isFile(), "schema file " + schema.toAbsolutePath());
        EventSchemas.assertValid(schema, record.value());
        return JSON.readTree(record.value());
    }

    static TopicReader elections() {
        return TopicReader.of(RealInfrastructure.kafka().bootstrapServers(), ElectionEvents.TOPIC);
    }

    static void assertHeaderParties(JsonNode data, CellCongress congress) {
        assertEquals(congress.congressId(), data.at("/congress/id").asText());
        assertEquals("ALL_MEMBER", data.at("/congress/kind").asText());
        assertEquals("2020-2022", data.at("/congress/term").asText());
        // a cell's congress is convened by its committee, whose own higher body heads the documents
        assertEquals(congress.office().idText(), data.at("/convener/id").asText());
        assertTrue(data.has("higherBody"));
    }
}

package vn.dangbo.congress.election;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.election.ElectionEvents.Base;
import vn.dangbo.congress.election.ElectionEvents.Candidate;
import vn.dangbo.congress.election.ElectionEvents.CandidateVotes;
import vn.dangbo.congress.election.ElectionEvents.CongressRef;
import vn.dangbo.congress.election.ElectionEvents.Convener;
import vn.dangbo.congress.election.ElectionEvents.CountClosed;
import vn.dangbo.congress.election.ElectionEvents.ElectionRef;
import vn.dangbo.congress.election.ElectionEvents.ElectionResult;
import vn.dangbo.congress.election.ElectionEvents.Exclusion;
import vn.dangbo.congress.election.ElectionEvents.Figures;
import vn.dangbo.congress.election.ElectionEvents.HigherBody;
import vn.dangbo.congress.election.ElectionEvents.ListApproved;
import vn.dangbo.congress.election.ElectionEvents.Position;
import vn.dangbo.congress.election.ElectionEvents.ResultDeclared;
import vn.dangbo.congress.election.ElectionEvents.ResultsApproved;
import vn.dangbo.congress.election.ElectionEvents.ResultsSubmitted;
import vn.dangbo.congress.election.ElectionEvents.RunoffNeeded;
import vn.dangbo.congress.election.ElectionEvents.Teller;
import vn.dangbo.congress.election.ElectionEvents.Tie;
import vn.dangbo.testsupport.schema.EventSchemas;

/**
 * The published schemas of {@code congress.elections.v1} describe exactly the {@link ElectionEvents} records as the
 * service serialises them: each sample fills every field (nulls where the contract allows them), and every schema
 * forbids unknown properties, so a record field the schema lacks, or a schema property the record lacks, fails here.
 */
class ElectionEventSchemasTest {

    /** The kit's Jackson settings (quarkus.jackson.write-dates-as-timestamps=false) on Quarkus' modules. */
    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final Path SCHEMAS = Path.of("src/main/resources/META-INF/resources/events/schemas");
    private static final Path ASYNCAPI = Path.of("src/main/resources/META-INF/resources/events/asyncapi.yaml");

    private static final CongressRef CONGRESS = new CongressRef(UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), "Chi bộ Phòng Tổng hợp", "CELL", "ALL_MEMBER", LocalDate.of(2020, 5, 20),
            LocalDate.of(2020, 5, 20), "2020-2022");
    // a cell's congress is convened by the committee above it
    private static final Convener CONVENER = new Convener(UUID.randomUUID(), "Đảng bộ Văn phòng UBND tỉnh", "ĐU",
            "GRASSROOTS_COMMITTEE");
    private static final HigherBody HIGHER = new HigherBody(UUID.randomUUID(),
            "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh");
    private static final ElectionRef COMMITTEE = new ElectionRef(UUID.randomUUID(), "CELL_COMMITTEE", "Chi ủy",
            "CONGRESS", 1, 3, 0, "STRIKE_OUT");
    private static final ElectionRef SECRETARY = new ElectionRef(UUID.randomUUID(), "SECRETARY", "Bí thư Chi bộ",
            "CONGRESS", 1, 1, 0, "AGREE_DISAGREE");
    private static final Figures FIGURES = new Figures(11, 11, 10, 1);
    private static final Base BASE = new Base(12, List.of(
            new Exclusion("EXEMPTED_ABSENT", "Đảng viên được miễn sinh hoạt đảng vắng mặt", 1, null),
            new Exclusion("ABSENT_WITH_APPROVAL", "Đảng viên vắng mặt suốt thời gian đại hội có lý do",
                    1, "Chi ủy Chi bộ Phòng Tổng hợp")), 10);
    private static final List<Teller> TELLERS = List.of(new Teller("T1", "Nguyễn Văn An", "Trưởng ban"),
            new Teller("T2", "Trần Thị Bình", "Thành viên"));
    private static final String HASH = "9f2c4e0a7b1d3c5e9f2c4e0a7b1d3c5e9f2c4e0a7b1d3c5e9f2c4e0a7b1d3c5e";

    @Test
    void anApprovedListWithItsPrintedNamesMatchesItsSchema() throws Exception {
        assertMatches(ElectionEvents.LIST_APPROVED, listApproved());
        assertMatches(ElectionEvents.LIST_APPROVED, new ListApproved(CONGRESS, CONVENER, null, SECRETARY,
                List.of(new Candidate(UUID.randomUUID(), UUID.randomUUID(), "Lê Văn Cường", 1)), 10, 3, "", 1));
    }

    @Test
    void aClosedCountCarriesVotesWithoutPercentOrOutcome() throws Exception {
        assertMatches(ElectionEvents.COUNT_CLOSED, new CountClosed(CONGRESS, CONVENER, HIGHER, COMMITTEE, FIGURES,
                List.of(votes("Lê Văn Cường", 6, null, null), votes("Phạm Thị Dung", 5, null, null)), TELLERS, HASH,
                OffsetDateTime.of(2020, 5, 20, 10, 30, 0, 0, ZoneOffset.ofHours(7))));
    }

    @Test
    void aDeclaredResultWithOrWithoutATieMatchesItsSchema() throws Exception {
        List<CandidateVotes> decided = List.of(votes("Lê Văn Cường", 6, "60.00", "ELECTED"),
                votes("Phạm Thị Dung", 5, "50.00", "NOT_ELECTED"));
        assertMatches(ElectionEvents.RESULT_DECLARED, new ResultDeclared(CONGRESS, CONVENER, HIGHER, COMMITTEE,
                FIGURES, BASE, decided, 2, null, null, TELLERS, HASH));
        Tie tie = tie();
        assertMatches(ElectionEvents.RESULT_DECLARED, new ResultDeclared(CONGRESS, CONVENER, null, COMMITTEE,
                FIGURES, BASE, tie.candidates(), 1, tie, "Bầu lại trong số những người bằng phiếu nhau", TELLERS,
                HASH));
    }

    @Test
    void aRunoffNamesTheSeatAndTheTied() throws Exception {
        assertMatches(ElectionEvents.RUNOFF_NEEDED, new RunoffNeeded(CONGRESS, CONVENER, HIGHER, COMMITTEE, tie()));
    }

    @Test
    void theSubmittedResultsListEveryElection() throws Exception {
        assertMatches(ElectionEvents.RESULTS_SUBMITTED, new ResultsSubmitted(CONGRESS, CONVENER, HIGHER, List.of(
                new ElectionResult(COMMITTEE, FIGURES, BASE,
                        List.of(votes("Lê Văn Cường", 6, "60.00", "ELECTED")), 2, HASH),
                new ElectionResult(SECRETARY, FIGURES, BASE,
                        List.of(votes("Lê Văn Cường", 9, "90.00", "ELECTED")), 0, HASH))));
    }

    @Test
    void theApprovalGivesPositionsFromItsDate() throws Exception {
        assertMatches(ElectionEvents.RESULTS_APPROVED, resultsApproved());
    }

    @Test
    void aNationalIdIsRefusedWhereverItIsSlippedIn() throws Exception {
        ObjectNode list = JSON.valueToTree(listApproved());
        ((ObjectNode) list.withArray("/candidates").get(0)).put("nationalId", "066090001234");
        assertRefused(ElectionEvents.LIST_APPROVED, list, "nationalId");

        ObjectNode approved = JSON.valueToTree(resultsApproved());
        ((ObjectNode) approved.withArray("/positions").get(0)).put("nationalId", "066090001234");
        assertRefused(ElectionEvents.RESULTS_APPROVED, approved, "nationalId");

        ObjectNode runoff = JSON.valueToTree(new RunoffNeeded(CONGRESS, CONVENER, HIGHER, COMMITTEE, tie()));
        ((ObjectNode) runoff.withArray("/tie/candidates").get(0)).put("birthDate", "1970-01-01");
        assertRefused(ElectionEvents.RUNOFF_NEEDED, runoff, "birthDate");
    }

    @Test
    void anOutcomeOutsideTheContractIsRefused() throws Exception {
        ObjectNode declared = JSON.valueToTree(new ResultDeclared(CONGRESS, CONVENER, HIGHER, COMMITTEE, FIGURES,
                BASE, List.of(votes("Lê Văn Cường", 6, "60.00", "ELECTED")), 2, null, null, TELLERS, HASH));
        ((ObjectNode) declared.withArray("/candidates").get(0)).put("outcome", "WON");
        assertRefused(ElectionEvents.RESULT_DECLARED, declared, "outcome");
    }

    @Test
    void everyElectionEventTypeHasItsSchemaAndIsListedOnTheElectionsChannel() throws Exception {
        String asyncapi = Files.readString(ASYNCAPI, StandardCharsets.UTF_8);
        assertTrue(asyncapi.contains("address: " + ElectionEvents.TOPIC), "channel " + ElectionEvents.TOPIC);
        List<String> types = eventTypes();
        assertEquals(6, types.size(), "event types declared in ElectionEvents: " + types);
        for (String type : types) {
            Path schema = SCHEMAS.resolve(type + ".json");
            assertTrue(Files.isRegularFile(schema), "schema file " + schema.toAbsolutePath());
            assertTrue(Files.readString(schema).contains("\"$id\": \"urn:dangbo:event:" + type + "\""),
                    "$id of " + schema.getFileName());
            assertTrue(asyncapi.contains("name: " + type), type + " in the AsyncAPI document");
            assertTrue(asyncapi.contains("$ref: 'schemas/" + type + ".json'"), type + "'s payload in the AsyncAPI");
        }
    }

    private static ListApproved listApproved() {
        return new ListApproved(CONGRESS, CONVENER, HIGHER, COMMITTEE, List.of(
                new Candidate(UUID.randomUUID(), UUID.randomUUID(), "Lê Văn Cường", 1),
                new Candidate(UUID.randomUUID(), UUID.randomUUID(), "Phạm Thị Dung", 2),
                new Candidate(UUID.randomUUID(), UUID.randomUUID(), "Hoàng Văn Em", 3),
                new Candidate(UUID.randomUUID(), UUID.randomUUID(), "Vũ Thị Giang", 4)), 10, 3, "CU-", 1);
    }

    private static ResultsApproved resultsApproved() {
        return new ResultsApproved(CONGRESS, CONVENER, HIGHER, "125-QĐ/ĐUK", LocalDate.of(2020, 6, 2), List.of(
                new Position(UUID.randomUUID(), "Lê Văn Cường", CONVENER.id(), "SECRETARY"),
                new Position(UUID.randomUUID(), "Phạm Thị Dung", CONVENER.id(), "COMMITTEE_MEMBER")));
    }

    private static Tie tie() {
        return new Tie(3, List.of(votes("Hoàng Văn Em", 6, "60.00", "TIED"), votes("Vũ Thị Giang", 6, "60.00",
                "TIED")));
    }

    private static CandidateVotes votes(String name, int votes, String percent, String outcome) {
        return new CandidateVotes(UUID.randomUUID(), UUID.randomUUID(), name, votes, percent, outcome);
    }

    private static void assertMatches(String type, Object event) throws IOException {
        String json = JSON.writeValueAsString(event);
        EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), json);
    }

    private static void assertRefused(String type, ObjectNode payload, String offending) throws IOException {
        String json = JSON.writeValueAsString(payload);
        AssertionError refused = assertThrows(AssertionError.class,
                () -> EventSchemas.assertValid(SCHEMAS.resolve(type + ".json"), json));
        assertTrue(refused.getMessage().contains(offending), refused.getMessage());
    }

    private static List<String> eventTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field field : ElectionEvents.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class
                    && !field.getName().equals("TOPIC")) {
                types.add((String) field.get(null));
            }
        }
        return types;
    }
}

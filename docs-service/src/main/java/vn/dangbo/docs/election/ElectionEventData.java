package vn.dangbo.docs.election;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * What the documents need of the events of {@code congress.elections.v1}, read from their JSON: the contract is
 * congress-service's schema files, not its Java. Fields the documents do not print are ignored, so the producer
 * may add fields without breaking this consumer. Plain Java.
 */
public final class ElectionEventData {

    public static final String TOPIC = "congress.elections.v1";
    public static final String LIST_APPROVED = "vn.dangbo.congress.election.list.approved.v1";
    public static final String RESULT_DECLARED = "vn.dangbo.congress.election.result.declared.v1";
    public static final String RESULTS_SUBMITTED = "vn.dangbo.congress.election.results.submitted.v1";

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);

    private ElectionEventData() {
    }

    /**
     * @param organisationId the organisation whose congress it is: it names the meeting and the bodies elected,
     *                       while the convener (for a cell, the committee above it) issues the documents; absent
     *                       from an older event, in which case the convener is that organisation
     */
    public record Congress(UUID id, UUID organisationId, String organisationName, String organisationType,
            String kind, String startDate, String endDate, String term) {

        /** The organisation whose congress it is, shaped as a convener ("Chi bộ I" at a cell's congress). */
        public Convener holder(Convener convener) {
            return organisationId == null || organisationId.equals(convener.id()) ? convener
                    : new Convener(organisationId, organisationName, null, organisationType);
        }

        /** The body above {@link #holder}: the convener itself when the two differ (a cell under its committee). */
        public HigherBody holderHigher(Convener convener, HigherBody higherBody) {
            return organisationId == null || organisationId.equals(convener.id()) ? higherBody
                    : new HigherBody(convener.id(), convener.name());
        }

        /** A delegate congress counts delegates, an all-member one members. */
        public boolean delegate() {
            return "DELEGATE".equals(kind);
        }
    }

    public record Convener(UUID id, String name, String shortCode, String type) {

        /** A cell (chi bộ) issues in its own name; a committee through its đảng ủy. */
        public boolean cell() {
            return OrganisationType.parse(type).map(OrganisationType::holdsMembers).orElse(false);
        }
    }

    public record HigherBody(UUID id, String name) {
    }

    public record Election(UUID id, String office, String title, String electorate, int roundNo, int seats,
            int alternateSeats, String ballotKind) {

        public boolean strikeOut() {
            return "STRIKE_OUT".equals(ballotKind);
        }

        public boolean delegation() {
            return "DELEGATION".equals(office);
        }
    }

    public record Candidate(String fullName, int position) {
    }

    public record ListApproved(Congress congress, Convener convener, HigherBody higherBody, Election election,
            List<Candidate> candidates, int voters, int spareBallots, String serialPrefix, int firstSerial) {
    }

    public record Figures(int ballotsIssued, int ballotsReturned, int validBallots, int invalidBallots) {
    }

    public record CandidateVotes(String fullName, int votes, String percentOfBase, String outcome) {
    }

    public record Teller(String code, String fullName, String role) {
    }

    public record Exclusion(String code, String label, int count, String approvedBy) {
    }

    public record Base(int convened, List<Exclusion> exclusions, int base) {
    }

    public record Tie(int seat, List<CandidateVotes> candidates) {
    }

    public record ResultDeclared(Congress congress, Convener convener, HigherBody higherBody, Election election,
            Figures figures, Base base, List<CandidateVotes> candidates, int vacantSeats, Tie tie, String note,
            List<Teller> tellers, String logLastHash) {
    }

    public record ElectionResult(Election election, Figures figures, Base base, List<CandidateVotes> candidates,
            int vacantSeats, String logLastHash) {
    }

    public record ResultsSubmitted(Congress congress, Convener convener, HigherBody higherBody,
            List<ElectionResult> results) {
    }

    public static ListApproved listApproved(IncomingEvent event) {
        ListApproved data = read(event, ListApproved.class);
        require(event, data.congress(), data.convener(), data.election(), data.candidates(), data.serialPrefix());
        return data;
    }

    public static ResultDeclared resultDeclared(IncomingEvent event) {
        ResultDeclared data = read(event, ResultDeclared.class);
        require(event, data.congress(), data.convener(), data.election(), data.figures(), data.base(),
                data.candidates(), data.tellers(), data.logLastHash());
        return data;
    }

    public static ResultsSubmitted resultsSubmitted(IncomingEvent event) {
        ResultsSubmitted data = read(event, ResultsSubmitted.class);
        require(event, data.congress(), data.convener(), data.results());
        for (ElectionResult r : data.results()) {
            require(event, r.election(), r.figures(), r.base(), r.candidates(), r.logLastHash());
        }
        return data;
    }

    private static <T> T read(IncomingEvent event, Class<T> type) {
        JsonNode data = event.data();
        try {
            return JSON.treeToValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") does not follow its "
                    + "schema: " + e.getMessage());
        }
    }

    private static void require(IncomingEvent event, Object... parts) {
        for (Object part : parts) {
            if (part == null) {
                throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") lacks a part its "
                        + "schema requires (congress, convener, election, the lists or the figures)");
            }
        }
    }
}

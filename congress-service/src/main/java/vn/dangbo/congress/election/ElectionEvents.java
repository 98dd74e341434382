package vn.dangbo.congress.election;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The election events of {@code congress.elections.v1}, keyed by the congress: a congress' elections follow one
 * another (the secretary is chosen among the committee just elected), so a subscriber must see them in order.
 * Each event carries what the documents service needs to print without calling back (the convener and its higher
 * body for the header). Names only: no national ID, phone or birth date of a candidate goes out. Schemas:
 * {@code /events/schemas/<type>.json}.
 */
public final class ElectionEvents {

    public static final String TOPIC = "congress.elections.v1";
    /** The congress approved a candidate list: the ballots can be printed. */
    public static final String LIST_APPROVED = "vn.dangbo.congress.election.list.approved.v1";
    /** The counting committee closed a count: every figure reconciles. */
    public static final String COUNT_CLOSED = "vn.dangbo.congress.election.count.closed.v1";
    /** The result by the regulation, from the closed count and the vote base. */
    public static final String RESULT_DECLARED = "vn.dangbo.congress.election.result.declared.v1";
    /** A tie for the last seat: the congress votes again among the tied. */
    public static final String RUNOFF_NEEDED = "vn.dangbo.congress.election.runoff.needed.v1";
    /** The congress submits its results to the higher committee (the submission asking for approval). */
    public static final String RESULTS_SUBMITTED = "vn.dangbo.congress.election.results.submitted.v1";
    /** The higher committee approved the results (chuẩn y): the elected take their positions. */
    public static final String RESULTS_APPROVED = "vn.dangbo.congress.election.results.approved.v1";

    private ElectionEvents() {
    }

    /**
     * The congress the election is held at, with the organisation whose congress it is (it names the meeting and
     * the bodies: "Đại hội Chi bộ I", "Chi ủy Chi bộ I"), which for a cell is not the convener.
     */
    public record CongressRef(UUID id, UUID roundId, UUID organisationId, String organisationName,
            String organisationType, String kind, LocalDate startDate, LocalDate endDate, String term) {
    }

    /** The organisation that convenes the congress (top left of its documents, where the stamp goes). */
    public record Convener(UUID id, String name, String shortCode, String type) {
    }

    /** The convener's higher body (the upper line of a document's header); null at the top of the tree. */
    public record HigherBody(UUID id, String name) {
    }

    /**
     * One election (one ballot, lần bầu).
     *
     * @param office         the body or post elected (Office name: CELL_COMMITTEE, PARTY_COMMITTEE,
     *                       STANDING_COMMITTEE, SECRETARY, DEPUTY_SECRETARY, INSPECTION_COMMISSION,
     *                       INSPECTION_CHAIR, DELEGATION)
     * @param title          the body as a ballot names it, in Vietnamese (e.g. "Ban Chấp hành Đảng bộ")
     * @param electorate     CONGRESS or NEW_COMMITTEE (the new committee's first meeting)
     * @param roundNo        1 for the first ballot, 2 for a second one or a runoff, ...
     * @param seats          the number to elect (the delegates, for a delegation)
     * @param alternateSeats alternates elected on the same list (a delegation), else 0
     * @param ballotKind     STRIKE_OUT (a list with surplus: names are struck out) or AGREE_DISAGREE
     */
    public record ElectionRef(UUID id, String office, String title, String electorate, int roundNo, int seats,
            int alternateSeats, String ballotKind) {
    }

    /** A name on the printed list, in its printed order (from 1). */
    public record Candidate(UUID candidateId, UUID memberId, String fullName, int position) {
    }

    /**
     * @param voters         who receive a ballot (the base's convened voters present)
     * @param spareBallots   printed over the voters
     * @param serialPrefix   printed before each ballot's serial number
     * @param firstSerial    the first serial number; the ballots are numbered firstSerial..firstSerial+voters+spares-1
     */
    public record ListApproved(CongressRef congress, Convener convener, HigherBody higherBody, ElectionRef election,
            List<Candidate> candidates, int voters, int spareBallots, String serialPrefix, int firstSerial) {
    }

    /** The reconciled figures of a count. */
    public record Figures(int ballotsIssued, int ballotsReturned, int validBallots, int invalidBallots) {
    }

    /**
     * A candidate's votes.
     *
     * @param percentOfBase the votes over the base, two decimals rounded half up, as text ("54.55"); null before
     *                      the result
     * @param outcome       ELECTED, ALTERNATE, TIED, NOT_ELECTED; null before the result
     */
    public record CandidateVotes(UUID candidateId, UUID memberId, String fullName, int votes, String percentOfBase,
            String outcome) {
    }

    /** A teller of the counting committee (ban kiểm phiếu), as the minutes name them. */
    public record Teller(String code, String fullName, String role) {
    }

    /**
     * @param logLastHash the last hash of the election's tamper-evident log, printed in the counting minutes
     */
    public record CountClosed(CongressRef congress, Convener convener, HigherBody higherBody, ElectionRef election,
            Figures figures, List<CandidateVotes> votes, List<Teller> tellers, String logLastHash,
            OffsetDateTime closedAt) {
    }

    /** One exclusion from the base: the rule set's code and label, how many, who approved them. */
    public record Exclusion(String code, String label, int count, String approvedBy) {
    }

    /** The vote base (more than half of it elects): who was convened, who is left out and why. */
    public record Base(int convened, List<Exclusion> exclusions, int base) {
    }

    /** A tie for seat {@code seat} (1-based) among these candidates. */
    public record Tie(int seat, List<CandidateVotes> candidates) {
    }

    /**
     * @param candidates  every candidate, highest votes first, with percent and outcome
     * @param vacantSeats seats left open (fewer than the seats above half the base, or a tie)
     * @param tie         the tie for the last seat, or null
     * @param note        what the congress must do next, in Vietnamese (another round, the higher committee's
     *                    direction, "cấp trên chỉ định"), or null
     */
    public record ResultDeclared(CongressRef congress, Convener convener, HigherBody higherBody,
            ElectionRef election, Figures figures, Base base, List<CandidateVotes> candidates, int vacantSeats,
            Tie tie, String note, List<Teller> tellers, String logLastHash) {
    }

    public record RunoffNeeded(CongressRef congress, Convener convener, HigherBody higherBody, ElectionRef election,
            Tie tie) {
    }

    /** One election's declared result as the submission and the congress minutes list it. */
    public record ElectionResult(ElectionRef election, Figures figures, Base base, List<CandidateVotes> candidates,
            int vacantSeats, String logLastHash) {
    }

    public record ResultsSubmitted(CongressRef congress, Convener convener, HigherBody higherBody,
            List<ElectionResult> results) {
    }

    /**
     * A position the approval gives: the registry assigns it from {@code approvedOn}, ending the previous
     * holder's.
     *
     * @param organisationId the organisation whose body it is (the convener)
     * @param role           the registry's role: SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER,
     *                       STANDING_COMMITTEE_MEMBER, INSPECTION_COMMISSION_MEMBER, INSPECTION_COMMISSION_CHAIR
     */
    public record Position(UUID memberId, String fullName, UUID organisationId, String role) {
    }

    /**
     * @param decisionNumber the higher committee's decision (e.g. "125-QĐ/ĐUK")
     * @param approvingBody  the higher committee that approved
     * @param positions      every position the approved results give, for the registry
     */
    public record ResultsApproved(CongressRef congress, Convener convener, HigherBody approvingBody,
            String decisionNumber, LocalDate approvedOn, List<Position> positions) {
    }
}

package vn.dangbo.registry.approval;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;
import vn.dangbo.registry.member.PositionHandOver;

/**
 * The higher committee's approval of a congress' election results (chuẩn y), read from congress-service's
 * {@code congress.elections.v1} as its schema defines it (no congress-service type: the contract is the JSON Schema):
 * the elected take their positions from the approval's day and the previous holders' end
 * ({@link PositionHandOver}). What cannot be applied for one member is recorded with the approval and the rest
 * still applies; only an event that is not an approval at all (malformed) is refused, to the dead-letter topic.
 */
@ApplicationScoped
public class ResultsApprovals {

    /** congress-service's election events (ElectionEvents.TOPIC), key = congress id. */
    public static final String TOPIC = "congress.elections.v1";
    public static final String RESULTS_APPROVED = "vn.dangbo.congress.election.results.approved.v1";
    /** The longest decision reference a position keeps (member_position.decision_reference). */
    private static final int DECISION_REFERENCE_LENGTH = 200;

    private static final Logger LOG = Logger.getLogger(ResultsApprovals.class);

    private final PositionHandOver handOver;
    private final PositionApprovalRepository approvals;

    public ResultsApprovals(PositionHandOver handOver, PositionApprovalRepository approvals) {
        this.handOver = handOver;
        this.approvals = approvals;
    }

    /** @return the approval as recorded, or null for another type of election event (not the registry's business) */
    @Transactional(Transactional.TxType.MANDATORY)
    public PositionApproval apply(IncomingEvent event) {
        if (!RESULTS_APPROVED.equals(event.type())) {
            LOG.debugf("results approvals: ignoring event %s of type %s", event.id(), event.type());
            return null;
        }
        if (approvals.recorded(event.id())) {
            return null; // applied before, behind a wiped inbox: the positions are there already
        }
        String decisionNumber = nfcStripped(text(event, "/decisionNumber"));
        LocalDate approvedOn = date(event, "/approvedOn");
        List<PositionHandOver.Appointment> appointments = new ArrayList<>();
        JsonNode positions = event.required("/positions");
        if (!positions.isArray()) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type()
                    + "): /positions is not a list");
        }
        for (int i = 0; i < positions.size(); i++) {
            String at = "/positions/" + i;
            appointments.add(new PositionHandOver.Appointment(uuid(event, at + "/memberId"),
                    nfcStripped(text(event, at + "/fullName")), uuid(event, at + "/organisationId"),
                    text(event, at + "/role")));
        }
        PositionHandOver.Outcome outcome = handOver.apply(new PositionHandOver.Approval(
                decisionReference(decisionNumber), approvedOn, event.source(), appointments));

        PositionApproval approval = new PositionApproval();
        approval.id = UUID.randomUUID();
        approval.eventId = event.id();
        approval.congressId = uuid(event, "/congress/id");
        approval.organisationId = uuid(event, "/convener/id");
        approval.organisationName = nfcStripped(text(event, "/convener/name"));
        JsonNode approvingBody = event.data().at("/approvingBody/name");
        approval.approvingBody = approvingBody.isTextual() ? nfcStripped(approvingBody.asText()) : null;
        approval.decisionNumber = decisionNumber;
        approval.approvedOn = approvedOn;
        approval.assigned = outcome.assigned();
        approval.ended = outcome.ended();
        approval.alreadyHeld = outcome.alreadyHeld();
        approval.appliedAt = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        for (PositionHandOver.Problem p : outcome.problems()) {
            PositionApproval.Problem problem = new PositionApproval.Problem();
            problem.memberId = p.memberId();
            problem.fullName = p.fullName();
            problem.organisationId = p.organisationId();
            problem.role = p.role();
            problem.message = p.message();
            approval.problems.add(problem);
        }
        approvals.persist(approval);
        if (!outcome.problems().isEmpty()) {
            LOG.warnf("approval %s of congress %s (event %s): %d position(s) not applied: %s", decisionNumber,
                    approval.congressId, event.id(), outcome.problems().size(),
                    outcome.problems().stream().map(PositionHandOver.Problem::message).toList());
        }
        return approval;
    }

    /** As a position records its decision: "Quyết định số 125-QĐ/ĐUK chuẩn y kết quả bầu cử". */
    static String decisionReference(String decisionNumber) {
        String reference = "Quyết định số " + decisionNumber + " chuẩn y kết quả bầu cử";
        return reference.length() <= DECISION_REFERENCE_LENGTH ? reference
                : reference.substring(0, DECISION_REFERENCE_LENGTH);
    }

    private static String text(IncomingEvent event, String pointer) {
        JsonNode node = event.required(pointer);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + "): " + pointer
                    + " is not a text");
        }
        return node.asText();
    }

    private static UUID uuid(IncomingEvent event, String pointer) {
        try {
            return UUID.fromString(text(event, pointer));
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + "): " + pointer
                    + " is not a UUID");
        }
    }

    private static LocalDate date(IncomingEvent event, String pointer) {
        try {
            return LocalDate.parse(text(event, pointer));
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + "): " + pointer
                    + " is not a date");
        }
    }
}

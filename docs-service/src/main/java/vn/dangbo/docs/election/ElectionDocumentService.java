package vn.dangbo.docs.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dangbo.docs.document.DocumentIssuing;
import vn.dangbo.docs.document.DocumentService;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/**
 * Issues the documents of a congress' elections from their templates, as {@code POST /documents} would (so an
 * office's override of a template applies): the ballots of an approved list, the counting minutes of a declared
 * result, and for the submitted results the submission and the congress minutes' election part. Each at most once
 * per event and type (see {@link #issueOnce}); the other election events are recorded (inbox) and ignored.
 */
@ApplicationScoped
public class ElectionDocumentService {

    private static final Logger LOG = Logger.getLogger(ElectionDocumentService.class);

    private final DocumentService documents;
    private final DocumentIssuing issuing;
    private final BallotPapers ballots;
    private final ElectionPapers papers;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    public ElectionDocumentService(DocumentService documents, DocumentIssuing issuing, BallotPapers ballots,
            ElectionPapers papers,
            @ConfigProperty(name = "dangbo.docs.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.documents = documents;
        this.issuing = issuing;
        this.ballots = ballots;
        this.papers = papers;
        this.zone = zone;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        String createdBy = "event:" + event.source();
        ZonedDateTime at = time(event);
        try {
            switch (event.type()) {
                case ElectionEventData.LIST_APPROVED -> {
                    var list = ElectionEventData.listApproved(event);
                    issueOnce(event, DocumentType.BALLOT, () -> {
                        BallotPapers.Ballots b = ballots.ballots(list, event.id(), at.toLocalDate(), createdBy);
                        issuing.issue(b.issue(), b.copies());
                    });
                }
                case ElectionEventData.RESULT_DECLARED -> {
                    var result = ElectionEventData.resultDeclared(event);
                    issueOnce(event, DocumentType.MINUTES,
                            () -> issuing.issue(papers.countingMinutes(result, event.id(), at, createdBy)));
                }
                case ElectionEventData.RESULTS_SUBMITTED -> {
                    var submitted = ElectionEventData.resultsSubmitted(event);
                    issueOnce(event, DocumentType.SUBMISSION, () -> issuing.issue(
                            papers.submission(submitted, event.id(), at.toLocalDate(), createdBy)));
                    issueOnce(event, DocumentType.MINUTES, () -> issuing.issue(
                            papers.congressMinutes(submitted, event.id(), at.toLocalDate(), createdBy)));
                }
                default -> LOG.debugf("election event %s of type %s: nothing to issue", event.id(), event.type());
            }
        } catch (DateTimeParseException e) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") has a date that is not "
                    + "ISO 8601: " + e.getMessage());
        }
    }

    /**
     * Issues the document unless the event issued one of its type already: even without the inbox (a replay, a
     * second replica) one event issues each type once, and the unique (event, type) index backs this check.
     */
    private void issueOnce(IncomingEvent event, DocumentType type, Runnable issue) {
        if (documents.issuedFor(event.id(), type.code()).isEmpty()) {
            issue.run();
        }
    }

    private ZonedDateTime time(IncomingEvent event) {
        OffsetDateTime time = event.time() == null ? OffsetDateTime.now(clock) : event.time();
        return time.atZoneSameInstant(zone);
    }
}

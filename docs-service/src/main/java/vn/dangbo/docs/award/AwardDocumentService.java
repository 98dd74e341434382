package vn.dangbo.docs.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.dangbo.docs.document.DocumentIssuing;
import vn.dangbo.docs.document.DocumentService;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.kit.messaging.IncomingEvent;

/**
 * Issues the documents of an award from their templates, as {@code POST /documents} would (so an office's override
 * of a template applies): for a decided award the decision with its annexed list and a certificate per recipient,
 * numbered in annex order; for a form reserved to a higher body the submission to it. Each at most once per event,
 * type and subject (see {@link #issueOnce}); the other award events are recorded (inbox) and ignored.
 */
@ApplicationScoped
public class AwardDocumentService {

    private static final Logger LOG = Logger.getLogger(AwardDocumentService.class);

    private final DocumentService documents;
    private final DocumentIssuing issuing;
    private final AwardPapers papers;

    public AwardDocumentService(DocumentService documents, DocumentIssuing issuing, AwardPapers papers) {
        this.documents = documents;
        this.issuing = issuing;
        this.papers = papers;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        String createdBy = "event:" + event.source();
        switch (event.type()) {
            case AwardEventData.AWARD_DECIDED -> {
                var decided = AwardEventData.awardDecided(event);
                long started = System.nanoTime();
                // the decision first: its number is cited by nothing else, but a reader of the register finds it
                // before the certificates it orders
                issueOnce(event, papers.decision(decided, event.id(), createdBy));
                for (TemplateIssue certificate : papers.certificates(decided, event.id(), createdBy)) {
                    issueOnce(event, certificate);
                }
                LOG.infof("award decision %s: the decision and %d certificates in %d ms", decided.decision().id(),
                        decided.recipients().size(), (System.nanoTime() - started) / 1_000_000);
            }
            case AwardEventData.AWARD_PROPOSED ->
                    issueOnce(event, papers.submission(AwardEventData.awardProposed(event), event.id(), createdBy));
            default -> LOG.debugf("award event %s of type %s: nothing to issue", event.id(), event.type());
        }
    }

    /**
     * Issues the document unless the event issued one of its type about the same subject already: even without the
     * inbox (a replay, a second replica) one event issues each once, and the unique (event, type, subject) index
     * backs this check.
     */
    private void issueOnce(IncomingEvent event, TemplateIssue issue) {
        if (documents.issuedFor(event.id(), issue.type().code(), issue.relatedTo()).isEmpty()) {
            issuing.issue(issue);
        }
    }
}

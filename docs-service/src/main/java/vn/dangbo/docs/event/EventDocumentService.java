package vn.dangbo.docs.event;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dangbo.docs.document.DocumentIssuing;
import vn.dangbo.docs.document.DocumentService;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.kit.messaging.IncomingEvent;

/**
 * Issues the documents of the movement's gatherings and tournament from their templates, as {@code POST /documents}
 * would (so an office's override of a template applies): a requested batch of invitations as ONE invitation document
 * of one copy per invitee, a published programme, a closed attendance's attendee list, a published schedule, a
 * completed tournament's result notice. Each at most once per event, type and subject (see {@link #issueOnce}); the
 * other events of those topics are recorded (inbox) and ignored.
 */
@ApplicationScoped
public class EventDocumentService {

    private static final Logger LOG = Logger.getLogger(EventDocumentService.class);

    private final DocumentService documents;
    private final DocumentIssuing issuing;
    private final GatheringPapers gatherings;
    private final TournamentPapers tournaments;
    private final ZoneId zone;

    public EventDocumentService(DocumentService documents, DocumentIssuing issuing, GatheringPapers gatherings,
            TournamentPapers tournaments,
            @ConfigProperty(name = "dangbo.docs.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.documents = documents;
        this.issuing = issuing;
        this.gatherings = gatherings;
        this.tournaments = tournaments;
        this.zone = zone;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        String by = "event:" + event.source();
        switch (event.type()) {
            case EventData.INVITATIONS_REQUESTED -> {
                var requested = EventData.invitationsRequested(event);
                long started = System.nanoTime();
                var batch = gatherings.invitations(requested, event.id(), issuedOn(event), by);
                issueOnce(event, batch.issue(), batch.copies());
                LOG.infof("invitation batch %s: %d invitations in %d ms", requested.batchId(), batch.copies().size(),
                        (System.nanoTime() - started) / 1_000_000);
            }
            case EventData.PROGRAMME_PUBLISHED -> issueOnce(event, gatherings.programme(
                    EventData.programmePublished(event), event.id(), issuedOn(event), by), null);
            case EventData.ATTENDANCE_CLOSED -> {
                var closed = EventData.attendanceClosed(event);
                LocalDate on = EventData.instant(event, closed.closedAt()).atZoneSameInstant(zone).toLocalDate();
                issueOnce(event, gatherings.attendeeList(closed, event.id(), on, by), null);
            }
            case EventData.SCHEDULE_PUBLISHED -> issueOnce(event, tournaments.schedule(
                    EventData.schedulePublished(event), event.id(), issuedOn(event), by), null);
            case EventData.TOURNAMENT_COMPLETED -> {
                var completed = EventData.tournamentCompleted(event);
                issueOnce(event, tournaments.resultNotice(completed, LocalDate.parse(completed.completedOn()),
                        event.id(), by), null);
            }
            default -> LOG.debugf("event %s of type %s: nothing to issue", event.id(), event.type());
        }
    }

    /** The day the event was published, in the documents' zone; today when it carries no time. */
    private LocalDate issuedOn(IncomingEvent event) {
        OffsetDateTime time = event.time() != null ? event.time() : OffsetDateTime.now();
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    /**
     * Issues the document unless the event issued one of its type about the same subject already: even without the
     * inbox (a replay, a second replica) one event issues each once, and the unique (event, type, subject) index
     * backs this check.
     *
     * @param copies one addressee per copy (the invitations), or null for a single copy
     */
    private void issueOnce(IncomingEvent event, TemplateIssue issue, List<Map<String, Object>> copies) {
        if (documents.issuedFor(event.id(), issue.type().code(), issue.relatedTo()).isPresent()) {
            return;
        }
        if (copies == null) {
            issuing.issue(issue);
        } else {
            issuing.issue(issue, copies);
        }
    }
}

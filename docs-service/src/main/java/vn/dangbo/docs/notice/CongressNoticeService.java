package vn.dangbo.docs.notice;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dangbo.docs.document.DocumentIssuing;
import vn.dangbo.docs.document.DocumentService;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/**
 * Issues the documents of a scheduled congress from their templates, as {@code POST /documents} would (so an
 * office's override of a template applies): the notice, the programme from the event's agenda and, for an all-member
 * congress, the attendee list from the members the event names. Each at most once per event (see {@link #apply});
 * other congress events are recorded (inbox) and ignored.
 */
@ApplicationScoped
public class CongressNoticeService {

    static final String SCHEDULED = "vn.dangbo.congress.congress.scheduled.v1";

    private static final Logger LOG = Logger.getLogger(CongressNoticeService.class);

    private final DocumentService documents;
    private final DocumentIssuing issuing;
    private final CongressNoticeValues values;
    private final CongressPapers papers;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    public CongressNoticeService(DocumentService documents, DocumentIssuing issuing, CongressNoticeValues values,
            CongressPapers papers,
            @ConfigProperty(name = "dangbo.docs.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.documents = documents;
        this.issuing = issuing;
        this.values = values;
        this.papers = papers;
        this.zone = zone;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!SCHEDULED.equals(event.type())) {
            LOG.debugf("congress event %s of type %s: nothing to issue", event.id(), event.type());
            return;
        }
        CongressNotice congress = noticeOf(event);
        String createdBy = "event:" + event.source();
        issueOnce(event, DocumentType.NOTICE, () -> values.issue(congress, event.id(), createdBy));
        List<CongressPapers.AgendaItem> agenda = agendaOf(event);
        if (agenda.isEmpty()) {
            LOG.debugf("congress event %s carries no agenda (published before it did): no programme", event.id());
        } else {
            issueOnce(event, DocumentType.PROGRAMME, () -> papers.programme(congress, agenda, event.id(), createdBy));
        }
        List<CongressPapers.Attendee> attendees = attendeesOf(event);
        if (congress.kind() == CongressNotice.Kind.ALL_MEMBER && !attendees.isEmpty()) {
            issueOnce(event, DocumentType.ATTENDEE_LIST,
                    () -> papers.attendeeList(congress, attendees, event.id(), createdBy));
        }
    }

    /**
     * Issues the document unless the event issued one of its type already: even without the inbox (a replay, a
     * second replica) one event issues each type once, and the unique (event, type) index backs this check.
     */
    private void issueOnce(IncomingEvent event, DocumentType type, Supplier<TemplateIssue> issue) {
        if (documents.issuedFor(event.id(), type.code()).isEmpty()) {
            issuing.issue(issue.get());
        }
    }

    /** The agenda in its numbered order; empty for an event published before the producer carried it. */
    List<CongressPapers.AgendaItem> agendaOf(IncomingEvent event) {
        List<CongressPapers.AgendaItem> agenda = new ArrayList<>();
        for (JsonNode item : event.data().path("agenda")) {
            agenda.add(new CongressPapers.AgendaItem(item.path("number").asInt(), text(event, item, "text")));
        }
        agenda.sort(Comparator.comparingInt(CongressPapers.AgendaItem::number));
        return agenda;
    }

    /** The members expected; empty for a delegate congress (null) or an event published before the producer carried it. */
    List<CongressPapers.Attendee> attendeesOf(IncomingEvent event) {
        List<CongressPapers.Attendee> attendees = new ArrayList<>();
        for (JsonNode attendee : event.data().path("attendees")) {
            attendees.add(new CongressPapers.Attendee(text(event, attendee, "fullName"),
                    "PROBATIONARY".equals(attendee.path("status").asText()), text(event, attendee, "cellName")));
        }
        return attendees;
    }

    private static String text(IncomingEvent event, JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") has an agenda item or "
                    + "attendee without " + field);
        }
        return value.asText();
    }

    /** The notice's facts from the event data, failing with the reason when the producer's contract is broken. */
    CongressNotice noticeOf(IncomingEvent event) {
        try {
            JsonNode higherBody = event.data().path("higherBody");
            JsonNode shortCode = event.data().path("convener").path("shortCode");
            // optional: events published before the producer carried it have none
            JsonNode convenerType = event.data().path("convener").path("type");
            OffsetDateTime time = event.time() == null ? OffsetDateTime.now(clock) : event.time();
            return new CongressNotice(
                    uuid(event, "/congress/id"),
                    uuid(event, "/congress/organisationId"),
                    event.required("/congress/organisationName").asText(),
                    event.required("/congress/organisationType").asText(),
                    CongressNotice.Kind.valueOf(event.required("/congress/kind").asText()),
                    LocalDate.parse(event.required("/congress/startDate").asText()),
                    LocalDate.parse(event.required("/congress/endDate").asText()),
                    event.required("/congress/days").asInt(),
                    event.required("/congress/pilot").asBoolean(),
                    event.required("/congress/term").asText(),
                    uuid(event, "/convener/id"),
                    event.required("/convener/name").asText(),
                    convenerType.isTextual() ? convenerType.asText() : null,
                    shortCode.isTextual() ? shortCode.asText() : null,
                    higherBody.path("name").isTextual() ? higherBody.path("name").asText() : null,
                    time.atZoneSameInstant(zone).toLocalDate());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new InvalidEventException("event " + event.id() + " (" + event.type() + ") is not a valid congress: "
                    + e.getMessage());
        }
    }

    private static UUID uuid(IncomingEvent event, String pointer) {
        return UUID.fromString(event.required(pointer).asText());
    }
}

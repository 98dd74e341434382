package vn.dangbo.docs.notice;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.dangbo.docs.document.DocumentIssuing;
import vn.dangbo.docs.document.DocumentService;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/**
 * Issues the notice of a scheduled congress from the notice template, as {@code POST /documents} would (so an
 * office's override of the template applies); other congress events are recorded (inbox) and ignored.
 */
@ApplicationScoped
public class CongressNoticeService {

    static final String SCHEDULED = "vn.dangbo.congress.congress.scheduled.v1";

    private static final Logger LOG = Logger.getLogger(CongressNoticeService.class);

    private final DocumentService documents;
    private final DocumentIssuing issuing;
    private final CongressNoticeValues values;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    public CongressNoticeService(DocumentService documents, DocumentIssuing issuing, CongressNoticeValues values,
            @ConfigProperty(name = "dangbo.docs.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.documents = documents;
        this.issuing = issuing;
        this.values = values;
        this.zone = zone;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (!SCHEDULED.equals(event.type())) {
            LOG.debugf("congress event %s of type %s: nothing to issue", event.id(), event.type());
            return;
        }
        if (documents.issuedFor(event.id()).isPresent()) {
            return; // issued already: one event, one document, even without the inbox
        }
        issuing.issue(values.issue(noticeOf(event), event.id(), "event:" + event.source()));
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

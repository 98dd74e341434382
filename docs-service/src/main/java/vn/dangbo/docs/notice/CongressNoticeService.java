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
import vn.dangbo.docs.document.DocumentRecords.NewDocument;
import vn.dangbo.docs.document.DocumentService;
import vn.dangbo.docs.numbering.DocumentNumbering;
import vn.dangbo.docs.rendering.DocumentNumber;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/** Issues the notice of a scheduled congress; other congress events are recorded (inbox) and ignored. */
@ApplicationScoped
public class CongressNoticeService {

    static final String SCHEDULED = "vn.dangbo.congress.congress.scheduled.v1";

    private static final Logger LOG = Logger.getLogger(CongressNoticeService.class);

    private final DocumentService documents;
    private final DocumentNumbering numbering;
    private final NoticeComposer composer;
    private final ZoneId zone;
    private final Clock clock = Clock.systemUTC();

    public CongressNoticeService(DocumentService documents, DocumentNumbering numbering, NoticeComposer composer,
            @ConfigProperty(name = "dangbo.docs.zone", defaultValue = "Asia/Ho_Chi_Minh") ZoneId zone) {
        this.documents = documents;
        this.numbering = numbering;
        this.composer = composer;
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
        CongressNotice notice = noticeOf(event);
        int number = numbering.next(notice.convenerId(), NoticeComposer.TYPE_CODE, notice.term());
        String symbol = DocumentNumber.symbol(number, NoticeComposer.TYPE_CODE, NoticeComposer.issuerCode(notice));
        PartyDocument content = composer.compose(notice, symbol);
        // the convener's own notice run (TB), not the congress run: the notice is issued before the congress, by
        // the organisation convening it, among its other notices
        documents.issue(new NewDocument(NoticeComposer.TYPE_CODE, number, symbol, notice.convenerId(),
                notice.convenerName(), NoticeComposer.title(notice), notice.congressId().toString(), event.id(),
                java.util.List.of(content), "event:" + event.source(), notice.term(), NoticeComposer.TYPE_CODE,
                notice.issuedOn()));
    }

    /** The notice's facts from the event data, failing with the reason when the producer's contract is broken. */
    CongressNotice noticeOf(IncomingEvent event) {
        try {
            JsonNode higherBody = event.data().path("higherBody");
            JsonNode shortCode = event.data().path("convener").path("shortCode");
            OffsetDateTime time = event.time() == null ? OffsetDateTime.now(clock) : event.time();
            return new CongressNotice(
                    uuid(event, "/congress/id"),
                    uuid(event, "/congress/organisationId"),
                    event.required("/congress/organisationName").asText(),
                    CongressNotice.Kind.valueOf(event.required("/congress/kind").asText()),
                    LocalDate.parse(event.required("/congress/startDate").asText()),
                    LocalDate.parse(event.required("/congress/endDate").asText()),
                    event.required("/congress/days").asInt(),
                    event.required("/congress/pilot").asBoolean(),
                    event.required("/congress/term").asText(),
                    uuid(event, "/convener/id"),
                    event.required("/convener/name").asText(),
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

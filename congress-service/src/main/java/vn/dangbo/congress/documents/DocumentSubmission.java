package vn.dangbo.congress.documents;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.dangbo.congress.checklist.Checklist;
import vn.dangbo.congress.checklist.ChecklistCatalogue;
import vn.dangbo.congress.checklist.ChecklistRules;
import vn.dangbo.congress.checklist.CongressLevel;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.congress.CongressStatus;
import vn.dangbo.congress.plandata.VietnamDay;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/**
 * A document docs-service issued for a congress ({@code relatedTo} = the congress id) is that congress' checklist
 * item, submitted; voided, it is owed again. Which item: {@link ChecklistRules#matchIssued}. Documents of no item (a
 * notice, an invitation) and documents of no congress are recorded by the inbox and change nothing.
 */
@ApplicationScoped
public class DocumentSubmission {

    static final String ISSUED = "vn.dangbo.docs.document.issued.v1";
    static final String VOIDED = "vn.dangbo.docs.document.voided.v1";
    private static final Logger LOG = Logger.getLogger(DocumentSubmission.class);

    private final CongressDocumentRepository documents;
    private final CongressRepository congresses;
    private final RoundService rounds;
    private final ChecklistCatalogue checklists;
    private final DocumentChanges changes;

    public DocumentSubmission(CongressDocumentRepository documents, CongressRepository congresses, RoundService rounds,
            ChecklistCatalogue checklists, DocumentChanges changes) {
        this.documents = documents;
        this.congresses = congresses;
        this.rounds = rounds;
        this.checklists = checklists;
        this.changes = changes;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        if (ISSUED.equals(event.type())) {
            issued(event);
        } else if (VOIDED.equals(event.type())) {
            voided(event);
        }
    }

    private void issued(IncomingEvent event) {
        UUID documentId = uuid(event, "/document/id");
        Optional<Congress> congress = relatedCongress(event);
        if (congress.isEmpty() || congress.get().roundId == null
                || congress.get().status == CongressStatus.CANCELLED) {
            return;
        }
        if (documents.submittedAs(documentId).isPresent()) {
            return; // the same document again (a replay): it counts once
        }
        Congress c = congress.get();
        CongressRound round = rounds.get(c.roundId);
        CongressLevel level = c.organisationId.equals(round.conveningCommitteeId) ? CongressLevel.COMMITTEE
                : CongressLevel.CELL;
        Checklist plan = checklists.find(round.checklistId).orElseThrow();
        String type = event.required("/document/type").asText();
        String title = event.required("/document/title").asText();
        LocalDate issuedOn = issuedOn(event);
        Optional<CongressDocument> item = ChecklistRules.matchIssued(plan, level, c.startDate, type, title, issuedOn)
                .flatMap(d -> documents.find(c.id, d.code()));
        if (item.isEmpty()) {
            LOG.debugf("document %s (%s) of congress %s is no checklist item", documentId, type, c.id);
            return;
        }
        CongressDocument document = item.get();
        if (document.status == DocumentStatus.APPROVED) {
            return; // approved already: a later copy changes nothing
        }
        document.status = DocumentStatus.SUBMITTED;
        document.submittedOn = issuedOn;
        document.documentId = documentId;
        document.documentSymbol = event.required("/document/symbol").asText();
        changes.record(document, DocumentEvents.SUBMITTED, DocumentEvents.Submitted::new);
    }

    private void voided(IncomingEvent event) {
        documents.submittedAs(uuid(event, "/document/id"))
                .filter(d -> d.status == DocumentStatus.SUBMITTED)
                .ifPresent(d -> {
                    d.status = DocumentStatus.DUE;
                    d.submittedOn = null;
                    d.documentId = null;
                    d.documentSymbol = null;
                });
    }

    private Optional<Congress> relatedCongress(IncomingEvent event) {
        JsonNode relatedTo = event.data().path("document").path("relatedTo");
        if (!relatedTo.isTextual()) {
            return Optional.empty();
        }
        try {
            return congresses.findByIdOptional(UUID.fromString(relatedTo.asText()));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty(); // related to something other than a congress
        }
    }

    private static LocalDate issuedOn(IncomingEvent event) {
        JsonNode issuedOn = event.data().path("document").path("issuedOn");
        if (issuedOn.isTextual()) {
            return LocalDate.parse(issuedOn.asText());
        }
        if (event.time() == null) {
            throw new InvalidEventException("event " + event.id() + ": a document without issuedOn nor time");
        }
        return event.time().atZoneSameInstant(VietnamDay.ZONE).toLocalDate();
    }

    private static UUID uuid(IncomingEvent event, String pointer) {
        try {
            return UUID.fromString(event.required(pointer).asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidEventException("event " + event.id() + ": " + pointer + " is not an id");
        }
    }
}

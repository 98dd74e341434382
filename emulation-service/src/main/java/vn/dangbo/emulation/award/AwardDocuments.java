package vn.dangbo.emulation.award;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.nomination.Nomination;
import vn.dangbo.emulation.nomination.NominationState;
import vn.dangbo.emulation.document.IssuedDocuments;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.messaging.IncomingEvent;
import vn.dangbo.kit.messaging.InvalidEventException;

/**
 * What docs-service issued for awards ({@code docs.documents.v1}): the decision's number (QĐ, relatedTo = the
 * decision), each certificate's number (GK, relatedTo = the award: the award becomes CERTIFIED), the proposal's
 * (TTr). Any other document is none of emulation's business; the inbox has recorded it, nothing else happens.
 * Runs in the consumer's transaction.
 */
@ApplicationScoped
public class AwardDocuments implements IssuedDocuments {

    static final String ISSUED = "vn.dangbo.docs.document.issued.v1";
    private static final String ACTOR = "docs-service";
    private static final Logger LOG = Logger.getLogger(AwardDocuments.class);

    private final AwardRepository awards;
    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final AwardEvents events;
    private final ChangeRecorder changes;

    public AwardDocuments(AwardRepository awards, MovementRepository movements, MovementSettingsStore settings,
            AwardEvents events, ChangeRecorder changes) {
        this.awards = awards;
        this.movements = movements;
        this.settings = settings;
        this.events = events;
        this.changes = changes;
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!ISSUED.equals(event.type())) {
            return;
        }
        JsonNode document = event.required("/document");
        Optional<UUID> relatedTo = uuid(document.path("relatedTo").asText(null));
        if (relatedTo.isEmpty()) {
            return;
        }
        String type = document.path("type").asText();
        switch (type) {
            case "QĐ" -> awards.decision(relatedTo.get()).ifPresent(d -> decisionIssued(d, document, event));
            case "GK" -> awards.award(relatedTo.get()).ifPresent(a -> certificateIssued(a, document, event));
            case "TTr" -> awards.proposal(relatedTo.get()).ifPresent(p -> proposalIssued(p, document, event));
            default -> LOG.debugf("document %s of type %s concerns no award", event.id(), type);
        }
    }

    private void decisionIssued(AwardDecision decision, JsonNode document, IncomingEvent event) {
        Issued before = new Issued(decision.documentId, decision.documentNumber, decision.documentSymbol,
                decision.issuedOn);
        decision.documentId = documentId(document, event);
        decision.documentNumber = document.path("number").asInt();
        decision.documentSymbol = document.path("symbol").asText();
        decision.issuedOn = issuedOn(document, event);
        changes.record(Change.of(decision.id).audit("award-decision", "ISSUED", before,
                () -> new Issued(decision.documentId, decision.documentNumber, decision.documentSymbol,
                        decision.issuedOn), ACTOR));
    }

    private void certificateIssued(Award award, JsonNode document, IncomingEvent event) {
        Nomination n = awards.nomination(award.movementId, award.id);
        AwardRecords.AwardResponse old = AwardViews.award(n, award);
        Issued before = new Issued(award.certificateDocumentId, award.certificateNumber, award.certificateSymbol,
                award.certificateIssuedOn);
        award.certificateDocumentId = documentId(document, event);
        award.certificateNumber = document.path("number").asInt();
        award.certificateSymbol = document.path("symbol").asText();
        award.certificateIssuedOn = issuedOn(document, event);
        if (n.state != NominationState.DECIDED) {
            // revoked meanwhile, or a certificate issued again: the number is kept, the state stays as it is
            changes.record(Change.of(award.id).audit("award-certificate", "ISSUED", before, () -> new Issued(
                    award.certificateDocumentId, award.certificateNumber, award.certificateSymbol,
                    award.certificateIssuedOn), ACTOR));
            return;
        }
        n.moveTo(NominationState.CERTIFIED);
        Movement movement = movements.require(award.movementId);
        AwardSettings.Form form = settings.section(movement, AwardsSection.NAME, AwardSettings.class)
                .formOf(award.formCode);
        AwardDecision decision = award.decisionId == null ? null : awards.decision(award.decisionId).orElse(null);
        changes.record(Change.of(award.id)
                .event(AwardEvents.TOPIC, AwardEvents.CERTIFIED, () -> new AwardEvents.CertificateIssued(
                        events.movement(movement), events.award(n, form, award, decision),
                        new AwardEvents.Certificate(award.certificateDocumentId, award.certificateNumber,
                                award.certificateSymbol, award.certificateIssuedOn)))
                .audit("nomination", "CERTIFIED", old, () -> AwardViews.award(n, award), ACTOR));
    }

    private void proposalIssued(AwardProposal proposal, JsonNode document, IncomingEvent event) {
        Issued before = new Issued(proposal.documentId, null, proposal.documentSymbol, null);
        proposal.documentId = documentId(document, event);
        proposal.documentSymbol = document.path("symbol").asText();
        changes.record(Change.of(proposal.id).audit("award-proposal", "ISSUED", before,
                () -> new Issued(proposal.documentId, null, proposal.documentSymbol, issuedOn(document, event)),
                ACTOR));
    }

    /** A document as emulation keeps it, in the audit trail. */
    record Issued(UUID documentId, Integer number, String symbol, LocalDate issuedOn) {
    }

    private static UUID documentId(JsonNode document, IncomingEvent event) {
        return uuid(document.path("id").asText(null)).orElseThrow(() -> new InvalidEventException("event "
                + event.id() + ": /document/id is not an id"));
    }

    private static LocalDate issuedOn(JsonNode document, IncomingEvent event) {
        JsonNode issuedOn = document.path("issuedOn");
        if (issuedOn.isTextual()) {
            return LocalDate.parse(issuedOn.asText());
        }
        return event.time() == null ? null : event.time().toLocalDate();
    }

    private static Optional<UUID> uuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

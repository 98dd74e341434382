package vn.dangbo.emulation.gathering;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.emulation.document.IssuedDocuments;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.messaging.IncomingEvent;

/**
 * The programme (CTr) docs-service printed for a publication ({@code docs.documents.v1}, relatedTo = the
 * publication's id): its number and link are kept on the publication. Other documents are not the programme's.
 * Runs in the consumer's transaction.
 */
@ApplicationScoped
public class ProgrammeDocuments implements IssuedDocuments {

    static final String ISSUED = "vn.dangbo.docs.document.issued.v1";
    static final String PROGRAMME = "CTr";

    private final GatheringRepository gatherings;
    private final ChangeRecorder changes;

    public ProgrammeDocuments(GatheringRepository gatherings, ChangeRecorder changes) {
        this.gatherings = gatherings;
        this.changes = changes;
    }

    /** The document as the publication keeps it, in the audit trail. */
    record Issued(UUID documentId, Integer number, String symbol, LocalDate issuedOn, String contentUrl) {
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!ISSUED.equals(event.type())) {
            return;
        }
        JsonNode document = event.required("/document");
        if (!PROGRAMME.equals(document.path("type").asText())) {
            return;
        }
        UUID relatedTo = uuid(document.path("relatedTo").asText(null));
        ProgrammePublication p = relatedTo == null ? null
                : gatherings.find(ProgrammePublication.class, relatedTo).orElse(null);
        if (p == null) {
            return;
        }
        Issued before = new Issued(p.documentId, p.documentNumber, p.documentSymbol, p.issuedOn, p.contentUrl);
        p.documentId = uuid(document.path("id").asText(null));
        p.documentNumber = document.path("number").isInt() ? document.path("number").asInt() : null;
        p.documentSymbol = document.path("symbol").asText(null);
        p.issuedOn = document.path("issuedOn").isTextual() ? LocalDate.parse(document.path("issuedOn").asText())
                : event.time() == null ? null : event.time().toLocalDate();
        p.contentUrl = document.path("contentUrl").asText(null);
        changes.record(Change.of(p.gatheringId).audit("programme", "ISSUED", before,
                () -> new Issued(p.documentId, p.documentNumber, p.documentSymbol, p.issuedOn, p.contentUrl),
                "docs-service"));
    }

    private static UUID uuid(String text) {
        if (text == null) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

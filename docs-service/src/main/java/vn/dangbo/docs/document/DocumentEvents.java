package vn.dangbo.docs.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The events of {@code docs.documents.v1}; schema: {@code /events/schemas/vn.dangbo.docs.document.issued.v1.json}.
 * Key and subject = document id.
 */
public final class DocumentEvents {

    public static final String TOPIC = "docs.documents.v1";
    public static final String ISSUED = "vn.dangbo.docs.document.issued.v1";
    public static final String VOIDED = "vn.dangbo.docs.document.voided.v1";

    private DocumentEvents() {
    }

    public record DocumentState(UUID id, String type, int number, String symbol, String title, UUID issuerId,
            String issuerName, String term, String run, LocalDate issuedOn, String relatedTo, String status,
            String voidReason, long version, String pdfSha256, String docxSha256, int copies, OffsetDateTime createdAt,
            String contentUrl) {

        static DocumentState of(IssuedDocument d) {
            return new DocumentState(d.id, d.type, d.number, d.symbol, d.title, d.issuerId, d.issuerName, d.term,
                    d.runKey, d.issuedOn, d.relatedTo, d.status, d.voidReason, d.version, d.pdfSha256, d.docxSha256,
                    d.copies, d.createdAt, "/documents/" + d.id + "/content");
        }
    }

    public record Issued(DocumentState document) {
    }

    /** The document was voided; its number stays taken. */
    public record Voided(DocumentState document) {
    }
}

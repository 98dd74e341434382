package vn.dangbo.docs.document;

import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dangbo.docs.rendering.PartyDocument;

/** What the document API and the issuing features exchange (entities never leave the service). */
public final class DocumentRecords {

    private DocumentRecords() {
    }

    /** A document's metadata; its content is at {@code /documents/{id}/content}. */
    public record DocumentSummary(UUID id, String type, int number, String symbol, String title, UUID issuerId,
            String issuerName, String relatedTo, OffsetDateTime createdAt) {

        static DocumentSummary of(IssuedDocument d) {
            return new DocumentSummary(d.id, d.type, d.number, d.symbol, d.title, d.issuerId, d.issuerName,
                    d.relatedTo, d.createdAt);
        }
    }

    /**
     * A document to issue, already numbered.
     *
     * @param sourceEventId the CloudEvents id it answers, or null when a person issues it
     */
    public record NewDocument(String type, int number, String symbol, UUID issuerId, String issuerName, String title,
            String relatedTo, String sourceEventId, PartyDocument content, String createdBy) {
    }

    /** Rendered bytes ready to download. */
    public record RenderedDocument(byte[] bytes, DocumentFormat format, String fileName) {
    }
}

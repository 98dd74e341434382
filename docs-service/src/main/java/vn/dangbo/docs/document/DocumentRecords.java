package vn.dangbo.docs.document;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.docs.rendering.PartyDocument;

/** What the document API and the issuing features exchange (entities never leave the service). */
public final class DocumentRecords {

    private DocumentRecords() {
    }

    /**
     * A document's metadata; its content is at {@code /documents/{id}/content}.
     *
     * @param version    incremented by every change (issue = 0, void = 1)
     * @param pdfSha256  hex SHA-256 of the PDF as issued (what {@code /content?format=pdf} returns)
     * @param docxSha256 hex SHA-256 of the DOCX as issued
     * @param copies     individually addressed copies (a batch of invitations), else 1
     */
    public record DocumentSummary(UUID id, String type, int number, String symbol, String title, UUID issuerId,
            String issuerName, String term, String run, LocalDate issuedOn, String relatedTo, String status,
            String voidReason, OffsetDateTime voidedAt, String voidedBy, long version, String pdfSha256,
            String docxSha256, int copies, String createdBy, OffsetDateTime createdAt) {

        static DocumentSummary of(IssuedDocument d) {
            return new DocumentSummary(d.id, d.type, d.number, d.symbol, d.title, d.issuerId, d.issuerName, d.term,
                    d.runKey, d.issuedOn, d.relatedTo, d.status, d.voidReason, d.voidedAt, d.voidedBy, d.version,
                    d.pdfSha256, d.docxSha256, d.copies, d.createdBy, d.createdAt);
        }
    }

    /**
     * A document to issue, already numbered.
     *
     * @param sourceEventId the CloudEvents id it answers, or null when a person issues it
     * @param copies        the content of each copy: one for an ordinary document, one per addressee for a batch
     */
    public record NewDocument(String type, int number, String symbol, UUID issuerId, String issuerName, String title,
            String relatedTo, String sourceEventId, List<PartyDocument> copies, String createdBy, String term,
            String runKey, LocalDate issuedOn) {

        /** An ordinary, single-copy document. */
        public NewDocument(String type, int number, String symbol, UUID issuerId, String issuerName, String title,
                String relatedTo, String sourceEventId, PartyDocument content, String createdBy) {
            this(type, number, symbol, issuerId, issuerName, title, relatedTo, sourceEventId, List.of(content),
                    createdBy, null, null, null);
        }

        public NewDocument {
            copies = List.copyOf(copies);
            if (copies.isEmpty()) {
                throw new IllegalArgumentException("a document has at least one copy");
            }
        }
    }

    /** What a listing may filter on; null = any. {@code from}/{@code to} bound the printed date, inclusive. */
    public record DocumentFilter(String relatedTo, String type, UUID issuerId, LocalDate from, LocalDate to) {
    }

    /** Rendered bytes ready to download. */
    public record RenderedDocument(byte[] bytes, String mediaType, String fileName) {
    }

    /** One entry of the numbering register: every number allocated in a run, issued or voided. */
    public record RegisterEntry(int number, String symbol, String status, UUID documentId, String title,
            LocalDate issuedOn, String voidReason) {
    }

    /** Why a document is voided; its number stays in the register. */
    public record VoidRequest(@jakarta.validation.constraints.NotBlank String reason) {
    }
}

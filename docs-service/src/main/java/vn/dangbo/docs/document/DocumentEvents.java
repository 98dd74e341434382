package vn.dangbo.docs.document;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The events of {@code docs.documents.v1}; schema: {@code /events/schemas/vn.dangbo.docs.document.issued.v1.json}.
 * Key and subject = document id.
 */
public final class DocumentEvents {

    public static final String TOPIC = "docs.documents.v1";
    public static final String ISSUED = "vn.dangbo.docs.document.issued.v1";

    private DocumentEvents() {
    }

    public record DocumentState(UUID id, String type, int number, String symbol, String title, UUID issuerId,
            String issuerName, String relatedTo, OffsetDateTime createdAt, String contentUrl) {

        static DocumentState of(IssuedDocument d) {
            return new DocumentState(d.id, d.type, d.number, d.symbol, d.title, d.issuerId, d.issuerName, d.relatedTo,
                    d.createdAt, "/documents/" + d.id + "/content");
        }
    }

    public record Issued(DocumentState document) {
    }
}

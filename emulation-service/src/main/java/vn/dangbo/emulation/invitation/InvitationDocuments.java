package vn.dangbo.emulation.invitation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.emulation.document.IssuedDocuments;
import vn.dangbo.emulation.invitation.InvitationRecords.BatchResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.messaging.IncomingEvent;

/**
 * docs-service's batch document of invitations (GM, relatedTo = the batch) on {@code docs.documents.v1}: its number
 * and content recorded on the batch. Any other document is not the invitations'. In the consumer's transaction.
 */
@ApplicationScoped
public class InvitationDocuments implements IssuedDocuments {

    static final String ISSUED = "vn.dangbo.docs.document.issued.v1";
    static final String BATCH_TYPE = "GM";

    private final InvitationRepository repository;
    private final ChangeRecorder changes;

    public InvitationDocuments(InvitationRepository repository, ChangeRecorder changes) {
        this.repository = repository;
        this.changes = changes;
    }

    @Override
    public void apply(IncomingEvent event) {
        if (!ISSUED.equals(event.type())) {
            return;
        }
        JsonNode document = event.data().path("document");
        if (!BATCH_TYPE.equals(document.path("type").asText()) || !document.path("relatedTo").isTextual()) {
            return;
        }
        UUID batchId = uuid(document.path("relatedTo").asText());
        UUID documentId = uuid(document.path("id").asText());
        if (batchId == null || documentId == null) {
            return;
        }
        repository.batch(batchId).ifPresent(batch -> {
            BatchResponse before = InvitationIssuing.view(batch);
            batch.documentId = documentId;
            batch.documentNumber = document.path("number").isInt() ? document.path("number").asInt() : null;
            batch.documentSymbol = document.path("symbol").asText(null);
            batch.documentIssuedOn = document.path("issuedOn").isTextual()
                    ? LocalDate.parse(document.path("issuedOn").asText()) : null;
            batch.documentContentUrl = document.path("contentUrl").asText(null);
            changes.record(Change.of(batch.id).audit("invitation-batch", "ISSUED", before,
                    () -> InvitationIssuing.view(batch), "docs-service"));
        });
    }

    private static UUID uuid(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

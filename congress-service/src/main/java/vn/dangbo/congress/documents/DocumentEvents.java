package vn.dangbo.congress.documents;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The checklist events of {@code congress.congresses.v1}, keyed by the congress (the aggregate the document belongs
 * to, so a subscriber sees a congress' events in order). Schemas: {@code /events/schemas/<type>.json}. No officer's
 * name goes out: who approved is in the audit trail, not on the topic.
 */
public final class DocumentEvents {

    public static final String TOPIC = "congress.congresses.v1";
    public static final String SUBMITTED = "vn.dangbo.congress.document.submitted.v1";
    public static final String APPROVED = "vn.dangbo.congress.document.approved.v1";
    public static final String OVERDUE = "vn.dangbo.congress.document.overdue.v1";

    private DocumentEvents() {
    }

    /** A checklist item as published: the congress it belongs to, the document, its deadline and where it stands. */
    public record DocumentState(UUID congressId, UUID roundId, UUID organisationId, String organisationName,
            String code, String kind, String name, String body, LocalDate dueDate, String status,
            LocalDate submittedOn, UUID documentId, String documentSymbol, LocalDate approvedOn, long version) {
    }

    public record Submitted(DocumentState document) {
    }

    public record Approved(DocumentState document) {
    }

    /** @param daysLate whole days past the due date on the day it was found overdue */
    public record Overdue(DocumentState document, long daysLate) {
    }
}

package vn.dangbo.congress.documents;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.checklist.ChecklistRules;

/** Requests and responses of the checklist API (entities never leave the service). */
public final class DocumentRecords {

    private DocumentRecords() {
    }

    /** @param approvedOn the day the body above approved the draft; today when absent */
    public record ApproveDocumentRequest(LocalDate approvedOn) {
    }

    /**
     * A document handed in outside docs-service (on paper).
     *
     * @param submittedOn    the day it reached the body above; today when absent
     * @param documentSymbol its number as cited, e.g. 05-BC/CB
     */
    public record SubmitDocumentRequest(LocalDate submittedOn, @Size(max = 100) String documentSymbol) {
    }

    /** A checklist item; {@code overdue} as of today in Vietnam. */
    public record DocumentResponse(UUID congressId, String code, String kind, String name, String body,
            LocalDate dueDate, String status, boolean overdue, LocalDate submittedOn, UUID documentId,
            String documentSymbol, LocalDate approvedOn, String approvedBy) {

        static DocumentResponse of(CongressDocument d, LocalDate today) {
            return new DocumentResponse(d.congressId, d.code, d.kind.name(), d.name, d.body, d.dueDate,
                    d.status.name(), ChecklistRules.isPastDue(d.dueDate, d.isDone(), today), d.submittedOn,
                    d.documentId, d.documentSymbol, d.approvedOn, d.approvedBy);
        }
    }

    /** An overdue item with its congress, for the lists per round and per organisation. */
    public record OverdueDocument(UUID congressId, UUID roundId, UUID organisationId, String organisationName,
            LocalDate congressStartDate, String code, String kind, String name, String body, LocalDate dueDate,
            String status, long daysLate) {
    }

    /** A page of overdue items and how many there are in all. */
    public record OverduePage(long total, List<OverdueDocument> items) {
    }
}

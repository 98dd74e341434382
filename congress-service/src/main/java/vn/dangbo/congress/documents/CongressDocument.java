package vn.dangbo.congress.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import vn.dangbo.congress.checklist.ChecklistRules;
import vn.dangbo.congress.checklist.DocumentKind;

/** One document a congress owes the body above (its checklist item), with where it stands. */
@Entity
@Table(name = "congress_document")
@IdClass(CongressDocument.Key.class)
public class CongressDocument {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;

    /** The plan's code of the document, e.g. {@code political-report}. */
    @Id
    public String code;

    /** Its place in the plan's list. */
    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentKind kind;

    @Column(nullable = false)
    public String name;

    /** The body approving the draft or receiving the after-report. */
    @Column(nullable = false)
    public String body;

    /** Null while the round has not set the date its deadline hangs on. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DocumentStatus status;

    @Column(name = "submitted_on")
    public LocalDate submittedOn;

    /** The docs-service document that was submitted, when it came from there. */
    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "document_symbol")
    public String documentSymbol;

    @Column(name = "approved_on")
    public LocalDate approvedOn;

    @Column(name = "approved_by")
    public String approvedBy;

    /** The due date whose overdue event went out; another due date (the congress moved) may go out again. */
    @Column(name = "overdue_announced_for")
    public LocalDate overdueAnnouncedFor;

    /** Raised on every change a subscribed calendar should see (calendar SEQUENCE). */
    @Column(nullable = false)
    public int sequence;

    @Version
    public long version;

    public boolean isDone() {
        return ChecklistRules.isDone(kind, status != DocumentStatus.DUE, status == DocumentStatus.APPROVED);
    }

    public static class Key implements Serializable {

        public UUID congressId;
        public String code;

        public Key() {
        }

        public Key(UUID congressId, String code) {
            this.congressId = congressId;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(congressId, k.congressId) && Objects.equals(code, k.code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(congressId, code);
        }
    }
}

package vn.dangbo.emulation.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The bloc's proposal (tờ trình) of a form a higher body awards, and that body's decision once recorded. */
@Entity
@Table(name = "award_proposal")
public class AwardProposal {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(name = "form_code", nullable = false)
    public String formCode;

    @Column(name = "proposed_to", nullable = false)
    public String proposedTo;

    @Column(name = "proposed_on", nullable = false)
    public LocalDate proposedOn;

    @Column(nullable = false)
    public String reason;

    @Column(name = "proposed_by", nullable = false)
    public String proposedBy;

    /** The higher body's decision number (e.g. 1234-QĐ/TU), once recorded. */
    @Column(name = "outcome_number")
    public String outcomeNumber;

    @Column(name = "outcome_decided_on")
    public LocalDate outcomeDecidedOn;

    /** The TTr docs-service issued for it. */
    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "document_symbol")
    public String documentSymbol;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}

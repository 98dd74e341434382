package vn.dangbo.emulation.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One request to docs-service for the invitations of the people added or changed since their last one; docs-service
 * answers with one batch document (GM, one number) whose copies are the invitations.
 */
@Entity
@Table(name = "invitation_batch")
public class InvitationBatch {

    @Id
    public UUID id;

    @Column(name = "gathering_id", nullable = false)
    public UUID gatheringId;

    @Column(name = "invitation_count", nullable = false)
    public int count;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "document_id")
    public UUID documentId;

    @Column(name = "document_number")
    public Integer documentNumber;

    @Column(name = "document_symbol")
    public String documentSymbol;

    @Column(name = "document_issued_on")
    public LocalDate documentIssuedOn;

    @Column(name = "document_content_url")
    public String documentContentUrl;

    @Version
    @Column(nullable = false)
    public long version;
}

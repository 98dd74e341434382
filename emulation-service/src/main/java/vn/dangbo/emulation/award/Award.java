package vn.dangbo.emulation.award;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The award a nomination became; its id is the nomination's (the certificate's relatedTo). Where it stands is the
 * nomination's state; this row holds the decision or proposal it came from and the certificate.
 */
@Entity
@Table(name = "award")
public class Award {

    @Id
    @Column(name = "nomination_id")
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(name = "form_code", nullable = false)
    public String formCode;

    @Column(name = "counts_toward_quota", nullable = false)
    public boolean countsTowardQuota;

    @Column(name = "decision_id")
    public UUID decisionId;

    @Column(name = "proposal_id")
    public UUID proposalId;

    @Column(name = "certificate_document_id")
    public UUID certificateDocumentId;

    @Column(name = "certificate_number")
    public Integer certificateNumber;

    @Column(name = "certificate_symbol")
    public String certificateSymbol;

    @Column(name = "certificate_issued_on")
    public LocalDate certificateIssuedOn;

    @Column(name = "presented_at")
    public Instant presentedAt;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}

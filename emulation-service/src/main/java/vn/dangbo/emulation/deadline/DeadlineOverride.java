package vn.dangbo.emulation.deadline;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The office lets an organisation (or all, when null) hand in after the deadline, until a moment, with a reason. */
@Entity
@Table(name = "deadline_override")
public class DeadlineOverride {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeadlineKind kind;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(nullable = false)
    public Instant until;

    @Column(nullable = false)
    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime recordedAt;

    public DeadlineRules.Override rule() {
        return new DeadlineRules.Override(organisationId, until, reason);
    }
}

package vn.dangbo.registry.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One step of a member's history (member_event); never changed once written. */
@Entity
@Table(name = "member_event")
public class MemberHistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LifecycleStep kind;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    @Column(name = "decision_reference")
    public String decisionReference;

    /** The member's cell after this step. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** The cell of temporary attachment after this step. */
    @Column(name = "attached_to")
    public UUID attachedTo;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    /** The step as recorded now by {@code actor}. */
    static MemberHistoryEntry of(UUID memberId, MemberLifecycle.Step step, String decisionReference, String actor) {
        MemberHistoryEntry entry = new MemberHistoryEntry();
        entry.memberId = memberId;
        entry.kind = step.kind();
        entry.effectiveDate = step.effectiveDate();
        entry.decisionReference = decisionReference;
        entry.organisationId = step.organisationId();
        entry.attachedTo = step.attachedTo();
        entry.recordedAt = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        entry.recordedBy = actor;
        return entry;
    }

    public MemberLifecycle.Step step() {
        return new MemberLifecycle.Step(kind, effectiveDate, organisationId, attachedTo);
    }
}

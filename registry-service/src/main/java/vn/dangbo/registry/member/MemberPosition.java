package vn.dangbo.registry.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A position (chức vụ) a member holds or held in a party body, the organisation whose committee or cell it is,
 * over {@code [startedOn, endedOn)}; {@code endedOn} is null while it is held.
 */
@Entity
@Table(name = "member_position")
public class MemberPosition {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    public Member member;

    /** The party body: the committee or cell whose position it is. */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public PositionRole role;

    @Column(name = "started_on", nullable = false, updatable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "decision_reference", updatable = false)
    public String decisionReference;

    @Column(name = "end_decision_reference")
    public String endDecisionReference;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;

    public boolean current() {
        return endedOn == null;
    }

    PositionRules.Held held() {
        return new PositionRules.Held(id, member.id, member.fullName, role, organisationId, startedOn, endedOn);
    }
}

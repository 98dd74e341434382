package vn.dangbo.registry.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An approval of a congress' election results (chuẩn y) as the registry applied it; never changed once written. */
@Entity
@Table(name = "position_approval")
public class PositionApproval {

    @Id
    public UUID id;

    /** The CloudEvent id: the approval is recorded once, however often the event arrives. */
    @Column(name = "event_id", nullable = false, updatable = false)
    public String eventId;

    @Column(name = "congress_id", nullable = false, updatable = false)
    public UUID congressId;

    /** The congress' convener, whose bodies were elected. */
    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "organisation_name", nullable = false, updatable = false)
    public String organisationName;

    @Column(name = "approving_body", updatable = false)
    public String approvingBody;

    @Column(name = "decision_number", nullable = false, updatable = false)
    public String decisionNumber;

    @Column(name = "approved_on", nullable = false, updatable = false)
    public LocalDate approvedOn;

    @Column(nullable = false, updatable = false)
    public int assigned;

    @Column(nullable = false, updatable = false)
    public int ended;

    @Column(name = "already_held", nullable = false, updatable = false)
    public int alreadyHeld;

    @Column(name = "applied_at", nullable = false, updatable = false)
    public OffsetDateTime appliedAt;

    /** The positions it could not give or end, in the order found. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "position_approval_problem", joinColumns = @JoinColumn(name = "approval_id"))
    @OrderColumn(name = "line")
    public List<Problem> problems = new ArrayList<>();

    @Embeddable
    public static class Problem {

        @Column(name = "member_id")
        public UUID memberId;

        @Column(name = "full_name")
        public String fullName;

        @Column(name = "organisation_id")
        public UUID organisationId;

        @Column(name = "role")
        public String role;

        @Column(name = "message", nullable = false)
        public String message;
    }
}

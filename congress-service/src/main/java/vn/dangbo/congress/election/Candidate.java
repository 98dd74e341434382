package vn.dangbo.congress.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A candidate of one election. */
@Entity
@Table(name = "election_candidate")
public class Candidate {

    @Id
    public UUID id;

    @Column(name = "election_id", nullable = false)
    public UUID electionId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CandidateSource source;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CandidateStatus status;

    /** The place on the printed list (from 1), set when the list is approved. */
    @Column
    public Integer position;

    /** The votes of the closed count; null before it. */
    @Column
    public Integer votes;

    /** The votes over the base as declared, e.g. {@code 54.55}; null before the result. */
    @Column(name = "percent_of_base")
    public java.math.BigDecimal percentOfBase;

    /** ELECTED, ALTERNATE, TIED or NOT_ELECTED, from the declared result (never set by hand); null before it. */
    @Column
    public String outcome;

    /** Who proposed the name, as the presidium records it (e.g. the delegate nominating from the floor). */
    @Column(name = "nominated_by")
    public String nominatedBy;

    /** The user who entered the nomination. */
    @Column(name = "entered_by")
    public String enteredBy;

    /** Why the name is REFUSED (the opinion ballot's tally), in Vietnamese. */
    @Column(name = "refusal_reason")
    public String refusalReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Version
    public long version;
}

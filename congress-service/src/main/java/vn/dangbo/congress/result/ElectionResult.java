package vn.dangbo.congress.result;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The declared result of one election: the base it was declared on, what is left open, what was decided. */
@Entity
@Table(name = "election_result")
public class ElectionResult {

    @Id
    @Column(name = "election_id")
    public UUID electionId;

    @Column(nullable = false)
    public int convened;

    @Column(nullable = false)
    public int base;

    /** The exclusions from the base as declared, a JSON array (see {@link BaseExclusions}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String exclusions;

    @Column(name = "vacant_seats", nullable = false)
    public int vacantSeats;

    @Column(name = "vacant_alternate_seats", nullable = false)
    public int vacantAlternateSeats;

    /** The first open seat of a tie, null without one. */
    @Column(name = "tie_seat")
    public Integer tieSeat;

    @Column(name = "tie_open_seats")
    public Integer tieOpenSeats;

    @Column(name = "tie_alternate")
    public Boolean tieAlternate;

    /** What the congress must do next, in Vietnamese; null when every seat is filled. */
    @Column
    public String note;

    @Column(name = "declared_at", nullable = false)
    public OffsetDateTime declaredAt;

    /** The congress' decision on the seats left open; null before it. */
    @Column
    public String decision;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** The runoff or the next round opened by the decision. */
    @Column(name = "next_election_id")
    public UUID nextElectionId;

    @Version
    public long version;

    /** Whether the congress has seats to decide on: a tie, seats or alternates' places left open. */
    public boolean leavesSeatsOpen() {
        return tieSeat != null || vacantSeats > 0 || vacantAlternateSeats > 0;
    }
}

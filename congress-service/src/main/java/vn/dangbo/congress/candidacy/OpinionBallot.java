package vn.dangbo.congress.candidacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The opinion ballot on a name from outside the convening committee's list: its tally as entered. */
@Entity
@Table(name = "candidate_opinion_ballot")
public class OpinionBallot {

    @Id
    @Column(name = "candidate_id")
    public UUID candidateId;

    @Column(nullable = false)
    public int present;

    @Column(nullable = false)
    public int agree;

    /** The rule set's threshold it was held under: more than this share of those present. */
    @Column(name = "threshold_percent", nullable = false)
    public int thresholdPercent;

    @Column(nullable = false)
    public boolean accepted;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;
}

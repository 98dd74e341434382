package vn.dangbo.congress.candidacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A request to withdraw from a list and the congress' decision on it. */
@Entity
@Table(name = "candidate_withdrawal")
public class Withdrawal {

    @Id
    public UUID id;

    @Column(name = "candidate_id", nullable = false)
    public UUID candidateId;

    @Column(nullable = false)
    public String reason;

    /** Approved: the name leaves the list; refused: it stays. */
    @Column(nullable = false)
    public boolean approved;

    /** Who decided, as entered (e.g. "Đại hội biểu quyết giơ tay"). */
    @Column(name = "decided_by", nullable = false)
    public String decidedBy;

    /** The user who entered the decision. */
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;
}

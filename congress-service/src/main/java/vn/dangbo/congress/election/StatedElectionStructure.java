package vn.dangbo.congress.election;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** The structure an office stated for its congress, kept for the elections (part 2). */
@Entity
@Table(name = "congress_election_structure")
public class StatedElectionStructure {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;

    @Column(name = "committee_size")
    public Integer committeeSize;

    @Column(name = "standing_committee_size")
    public Integer standingCommitteeSize;

    @Column(name = "deputy_secretaries", nullable = false)
    public int deputySecretaries;

    @Column(name = "inspection_commission_size")
    public Integer inspectionCommissionSize;

    @Column(name = "stated_by", nullable = false)
    public String statedBy;

    @Column(name = "stated_at", nullable = false)
    public Instant statedAt;

    @Version
    public long version;

    public StatedStructure sizes() {
        return new StatedStructure(committeeSize, standingCommitteeSize, deputySecretaries, inspectionCommissionSize);
    }
}

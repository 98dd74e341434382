package vn.dangbo.congress.counting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The counting committee (ban kiểm phiếu) of one congress; its tellers are {@link Teller} rows. */
@Entity
@Table(name = "counting_committee")
public class CountingCommittee {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;

    /** Independent entries that must agree before a ballot is final. */
    @Column(name = "tellers_per_ballot", nullable = false)
    public int tellersPerBallot;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}

package vn.dangbo.congress.counting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/**
 * The count of one election: ballots issued and returned, and the head of its log. Every write of the count locks
 * this row first, so the log's appends are serialised per election and elections count in parallel.
 */
@Entity
@Table(name = "election_count")
public class ElectionCount {

    @Id
    @Column(name = "election_id")
    public UUID electionId;

    @Column(name = "congress_id", nullable = false)
    public UUID congressId;

    @Column(name = "tellers_per_ballot", nullable = false)
    public int tellersPerBallot;

    @Column(name = "ballots_issued")
    public Integer ballotsIssued;

    @Column(name = "ballots_returned")
    public Integer ballotsReturned;

    /** Set by the first entry: ballot by ballot or by counting groups, never both in one election. */
    @Enumerated(EnumType.STRING)
    @Column
    public CountingMode mode;

    /** Set by the closing, under the lock: no write after it. */
    @Column(nullable = false)
    public boolean closed;

    @Column(name = "last_seq", nullable = false)
    public long lastSeq;

    @Column(name = "last_hash", nullable = false)
    public String lastHash;

    @Version
    public long version;
}

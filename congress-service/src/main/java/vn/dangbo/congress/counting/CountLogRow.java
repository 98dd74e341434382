package vn.dangbo.congress.counting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/** One record of an election's hash-chained count log (written once, never changed). */
@Entity
@Table(name = "count_log")
@IdClass(CountLogRow.Key.class)
public class CountLogRow {

    @Id
    @Column(name = "election_id")
    public UUID electionId;

    @Id
    @Column
    public long seq;

    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String payload;

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static class Key implements Serializable {
        public UUID electionId;
        public long seq;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && seq == k.seq && Objects.equals(electionId, k.electionId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(electionId, seq);
        }
    }
}

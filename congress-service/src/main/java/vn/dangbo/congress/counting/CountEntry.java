package vn.dangbo.congress.counting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One teller's entry of one returned ballot (by serial) or one counting group's tally (by code). */
@Entity
@Table(name = "count_entry")
public class CountEntry {

    @Id
    public UUID id;

    @Column(name = "election_id", nullable = false)
    public UUID electionId;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false)
    public UnitKind unitKind;

    @Column(name = "teller_code", nullable = false)
    public String tellerCode;

    /** Canonical JSON ({@link BallotContent#canonical()} or {@link GroupTally#canonical()}). */
    @Column(nullable = false)
    public String content;

    /** The log record that holds this entry. */
    @Column(name = "log_seq", nullable = false)
    public long logSeq;

    @Column(name = "entered_by", nullable = false)
    public String enteredBy;

    @Column(name = "entered_at", nullable = false)
    public OffsetDateTime enteredAt;
}

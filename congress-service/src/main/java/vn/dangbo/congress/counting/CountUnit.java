package vn.dangbo.congress.counting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Where one returned ballot or counting group stands, with its agreed or settled content. */
@Entity
@Table(name = "count_unit")
public class CountUnit {

    @Id
    public UUID id;

    @Column(name = "election_id", nullable = false)
    public UUID electionId;

    @Column(nullable = false)
    public String unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_kind", nullable = false)
    public UnitKind unitKind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitStatus status;

    /** The content the tellers agreed on or the committee settled; null while undecided or ruled invalid. */
    @Column
    public String content;

    /** Who decided for the committee (a settlement or a ruling). */
    @Column(name = "decided_by")
    public String decidedBy;

    @Column
    public String reason;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}

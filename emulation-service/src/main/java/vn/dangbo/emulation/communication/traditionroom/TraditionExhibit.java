package vn.dangbo.emulation.communication.traditionroom;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An exhibit of the tradition room, catalogued: what it is, where it comes from, the period it shows. */
@Entity
@Table(name = "tradition_exhibit")
public class TraditionExhibit {

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String kind;

    /** Where it was collected from (the donor, the archive). */
    @Column(nullable = false)
    public String source;

    /** The period it shows, as written (e.g. 1959-1975). */
    @Column(nullable = false)
    public String period;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}

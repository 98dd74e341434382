package vn.dangbo.emulation.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An emulation movement (phong trào / đợt thi đua) a bloc committee runs, launched from a plan. */
@Entity
@Table(name = "movement")
public class Movement {

    @Id
    public UUID id;

    @Column(name = "bloc_id", nullable = false)
    public UUID blocId;

    @Column(name = "plan_id", nullable = false)
    public String planId;

    @Column(nullable = false)
    public String name;

    /** Thời gian thi đua, both days inclusive. */
    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(nullable = false)
    public String zone;

    /** The plan's sections as copied at launch, then as the office changed them (read through MovementSettings). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String settings;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    public ZoneId zoneId() {
        return ZoneId.of(zone);
    }

    /** @return true when the day lies in the movement's period (both ends included) */
    public boolean inPeriod(LocalDate day) {
        return day != null && !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}

package vn.dangbo.emulation.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * An event of the movement's plan other deadlines hang on (the meeting, the seminar, the tournament's finals).
 * {@code onDate} null: not fixed yet; the window bounds it and a deadline anchored to it falls at the window's end.
 */
@Entity
@Table(name = "movement_anchor")
@IdClass(MovementAnchor.Key.class)
public class MovementAnchor {

    public static final String MEETING = "MEETING";
    public static final String SEMINAR = "SEMINAR";
    public static final String TOURNAMENT_FINALS = "TOURNAMENT_FINALS";

    @Id
    @Column(name = "movement_id")
    public UUID movementId;

    @Id
    public String key;

    @Column(nullable = false)
    public String label;

    @Column(name = "on_date")
    public LocalDate onDate;

    @Column(name = "window_from")
    public LocalDate windowFrom;

    @Column(name = "window_to")
    public LocalDate windowTo;

    @Version
    @Column(nullable = false)
    public long version;

    /** The day deadlines anchored here count from: the date once fixed, else the last day of its window. */
    public LocalDate effectiveDate() {
        return onDate != null ? onDate : windowTo;
    }

    public static class Key implements Serializable {
        public UUID movementId;
        public String key;

        public Key() {
        }

        public Key(UUID movementId, String key) {
            this.movementId = movementId;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(movementId, k.movementId) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(movementId, key);
        }
    }
}

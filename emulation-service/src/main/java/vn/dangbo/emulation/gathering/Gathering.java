package vn.dangbo.emulation.gathering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * The plan's seminar (hội thảo, §II.3) or commemoration meeting (gặp mặt kỷ niệm, §II.7): "event" in the API and on
 * {@code emulation.events.v1}, "gathering" in the code, where an event is a CloudEvent. One of each kind per movement.
 */
@Entity
@Table(name = "gathering")
public class Gathering {

    public enum Kind {
        /** Hội thảo (Tọa đàm) chuyên đề. */
        SEMINAR,
        /** Gặp mặt kỷ niệm. */
        MEETING
    }

    public enum State {
        SCHEDULED,
        /** Attendance closed: the counts are final and the attendee list issued. */
        CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    @Column(name = "starts_at", nullable = false)
    public LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public LocalTime endsAt;

    @Column(nullable = false)
    public String venue;

    @Column(nullable = false)
    public String organiser;

    @Column(name = "planned_count", nullable = false)
    public int plannedCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Version
    @Column(nullable = false)
    public long version;
}

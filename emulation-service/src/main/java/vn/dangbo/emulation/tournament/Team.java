package vn.dangbo.emulation.tournament;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** A team of the tournament: one grassroots organisation's, or a joint team of up to 3 cells short of players. */
@Entity
@Table(name = "team")
public class Team {

    public enum State {
        REGISTERED,
        WITHDRAWN
    }

    @Id
    public UUID id;

    @Column(name = "tournament_id", nullable = false)
    public UUID tournamentId;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** The draw's seed, 1 = strongest; null before the draw or unseeded. */
    public Integer seed;

    /** The draw's group (A, B...); null before the draw or in a knockout-only tournament. */
    @Column(name = "group_code")
    public String groupCode;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "registered_by")
    public String registeredBy;

    @Column(name = "withdrawn_at")
    public java.time.Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdraw_reason")
    public String withdrawReason;
}

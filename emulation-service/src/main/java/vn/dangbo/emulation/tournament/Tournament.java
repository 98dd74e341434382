package vn.dangbo.emulation.tournament;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The movement's air-volleyball tournament (giải bóng chuyền hơi, §II.5). Its rules are data of this tournament
 * ({@link TournamentRules} as JSON): the plan says "Điều lệ sẽ có thông báo cụ thể sau".
 */
@Entity
@Table(name = "tournament")
public class Tournament {

    public enum State {
        /** Teams register and withdraw; the rules may change. */
        REGISTRATION,
        DRAWN,
        SCHEDULED,
        COMPLETED
    }

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String venue;

    /** {@link TournamentRules} as JSON text (read with {@code TournamentRules.read}, written with {@code write}). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String rules;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Version
    @Column(nullable = false)
    public long version;

    /** The lot's seed of the last draw (the same seed and teams draw the same); null before the draw. */
    @Column(name = "draw_random_seed")
    public Long drawRandomSeed;

    public TournamentRules rules() {
        return TournamentRules.read(rules);
    }
}

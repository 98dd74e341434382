package vn.dangbo.emulation.tournament;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A match of the draw, in a group or in the knockout. A knockout side may not be known yet: {@code homeSource} says
 * where it comes from ("A1" = group A's winner, "W12" = the winner of match 12, "L13" = its loser).
 */
@Entity
@Table(name = "tournament_match")
public class TournamentMatch {

    public enum Stage {
        GROUP,
        KNOCKOUT,
        THIRD_PLACE
    }

    public enum State {
        PENDING,
        PLAYED,
        /** One side did not play: the other wins by the rules' forfeit score. */
        FORFEIT,
        /** Neither side played: both lose, no winner advances. */
        DOUBLE_FORFEIT
    }

    @Id
    public UUID id;

    @Column(name = "tournament_id", nullable = false)
    public UUID tournamentId;

    /** The schedule's order, from 1: the number printed on the schedule and used in "W12". */
    @Column(nullable = false)
    public int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Stage stage;

    @Column(name = "group_code")
    public String groupCode;

    /** The knockout round (1 = first ... the final last); in a group, the group's round. */
    @Column(nullable = false)
    public int round;

    @Column(name = "home_team_id")
    public UUID homeTeamId;

    @Column(name = "away_team_id")
    public UUID awayTeamId;

    @Column(name = "home_source")
    public String homeSource;

    @Column(name = "away_source")
    public String awaySource;

    public Integer court;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** The set scores as entered, JSON [{"home": 21, "away": 15}, ...]; null before the match. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String sets;

    @Column(name = "winner_team_id")
    public UUID winnerTeamId;

    @Version
    @Column(nullable = false)
    public long version;
}

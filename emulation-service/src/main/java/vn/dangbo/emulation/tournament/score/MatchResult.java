package vn.dangbo.emulation.tournament.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.dangbo.emulation.tournament.TournamentMatch;

/** One version of a match's result: the first entered, then every correction (kept, never overwritten). */
@Entity
@Table(name = "match_result")
public class MatchResult {

    @Id
    public UUID id;

    @Column(name = "match_id", nullable = false)
    public UUID matchId;

    /** 1 = the first result; each correction the next. */
    @Column(nullable = false)
    public int revision;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TournamentMatch.State state;

    /** [{"home": 21, "away": 15}, ...] */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String sets;

    @Column(name = "winner_team_id")
    public UUID winnerTeamId;

    /** HOME, AWAY or BOTH: the side that did not play; null for a match played. */
    public String forfeited;

    public String note;

    /** The warnings of the score when entered, a JSON array of strings. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String warnings;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}

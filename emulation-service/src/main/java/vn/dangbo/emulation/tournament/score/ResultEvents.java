package vn.dangbo.emulation.tournament.score;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.tournament.standing.SetScore;

/**
 * {@code result.recorded.v1} (a match's first result, a forfeit, a walkover) and {@code result.corrected.v1} (a later
 * one, with the result it replaces) on {@code emulation.tournaments.v1}, key = tournament id: a tournament's results
 * stay in order. Shaped as their schemas in {@code META-INF/resources/events/schemas/}.
 */
public final class ResultEvents {

    public static final String TOPIC = "emulation.tournaments.v1";
    public static final String RECORDED = "vn.dangbo.emulation.result.recorded.v1";
    public static final String CORRECTED = "vn.dangbo.emulation.result.corrected.v1";

    public record TournamentRef(UUID id, String name) {
    }

    public record TeamRef(UUID id, String name) {
    }

    /** A side is null when nobody came to it (a walkover after a double forfeit). */
    public record MatchData(UUID id, int number, String stage, String group, int round, TeamRef home, TeamRef away,
            List<SetScore> sets, TeamRef winner, String state, String forfeited) {
    }

    public record Previous(String state, List<SetScore> sets, TeamRef winner) {
    }

    public record Recorded(TournamentRef tournament, MatchData match, Instant recordedAt) {
    }

    public record Corrected(TournamentRef tournament, MatchData match, Previous previous, Instant recordedAt) {
    }

    private ResultEvents() {
    }
}

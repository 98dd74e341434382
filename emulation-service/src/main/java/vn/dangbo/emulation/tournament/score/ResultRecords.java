package vn.dangbo.emulation.tournament.score;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.tournament.standing.SetScore;

/** What the results' API takes and answers. */
public final class ResultRecords {

    private ResultRecords() {
    }

    /** A match's set scores, in the order played: [{home, away}]. */
    public record ResultRequest(@NotEmpty @Size(max = 9) List<@NotNull SetScore> sets, @Size(max = 1000) String note) {
    }

    /** The side that did not play: HOME, AWAY, or BOTH (a double forfeit). */
    public enum Forfeited {
        HOME,
        AWAY,
        BOTH
    }

    public record ForfeitRequest(@NotNull Forfeited side, @NotBlank @Size(max = 1000) String reason) {
    }

    public record TeamRef(UUID id, String name) {
    }

    /** A match with its current result; a side not known yet shows its source ("A1", "W12"). */
    public record MatchView(UUID id, int number, String stage, String group, int round, TeamRef home, TeamRef away,
            String homeSource, String awaySource, String state, List<SetScore> sets, TeamRef winner, long version) {
    }

    /**
     * @param revision   1 for the first result, 2.. for its corrections
     * @param warnings   the unusual sets (Vietnamese): the result is recorded all the same
     */
    public record ResultResponse(MatchView match, int revision, boolean correction, List<String> warnings) {
    }

    public record Version(int revision, String state, List<SetScore> sets, TeamRef winner, Forfeited forfeited,
            String note, List<String> warnings, String recordedBy, Instant recordedAt) {
    }

    /** Every result the match was given, the first first. */
    public record HistoryResponse(UUID matchId, int number, List<Version> versions) {
    }
}

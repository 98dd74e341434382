package vn.dangbo.emulation.tournament.standing;

import java.util.List;
import java.util.UUID;

/** What the standings and the ranking answer. */
public final class StandingRecords {

    private StandingRecords() {
    }

    /**
     * One group's table.
     *
     * @param complete every match of the group is decided: its places are final and fill the knockout's sides
     */
    public record GroupStanding(String code, boolean complete, int matchesDecided, int matches,
            List<StandingsRules.Row> rows) {
    }

    public record StandingsResponse(UUID tournamentId, List<GroupStanding> groups) {
    }

    public record RankedTeam(int rank, UUID teamId, String name, List<String> organisations) {
    }

    /** The final ranking, empty until the final (and the third-place match) are decided. */
    public record RankingResponse(UUID tournamentId, String state, boolean completed, List<RankedTeam> ranking) {
    }
}

package vn.dangbo.emulation.tournament;

import jakarta.validation.constraints.Size;
import java.util.UUID;

/** The tournament API's requests and responses. */
public final class TournamentRecords {

    private TournamentRecords() {
    }

    /** Both optional: the section's name and venue otherwise. */
    public record CreateTournamentRequest(@Size(max = 500) String name, @Size(max = 500) String venue) {
    }

    /** {@code teamCount}: the teams registered now (withdrawn ones not counted). */
    public record TournamentResponse(UUID id, UUID movementId, String name, String venue, Tournament.State state,
            TournamentRules rules, long teamCount, long version) {
    }
}

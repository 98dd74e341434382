package vn.dangbo.emulation.tournament.draw;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dangbo.emulation.tournament.draw.DrawEvents.DrawnGroup;
import vn.dangbo.emulation.tournament.draw.DrawEvents.DrawnSide;
import vn.dangbo.emulation.tournament.draw.DrawEvents.Ref;
import vn.dangbo.emulation.tournament.standing.SetScore;

/** The draw's API: the request, the groups, the matches. */
public final class DrawRecords {

    private DrawRecords() {
    }

    /**
     * @param seeds      team ids in seed order (seed 1 first); the others are placed by the lot
     * @param randomSeed the lot's seed, to draw again what was drawn; none: a new random one (recorded)
     */
    public record DrawRequest(List<UUID> seeds, Long randomSeed) {
    }

    public record GroupsResponse(UUID tournamentId, String state, String format, Long randomSeed,
            List<DrawnGroup> groups) {
    }

    public record DrawResponse(UUID tournamentId, String state, String format, long randomSeed,
            List<DrawnGroup> groups, List<MatchResponse> matches) {
    }

    /**
     * A match by number: its sides (a team, or its source and label while unknown), when and where once scheduled
     * (the movement's local time; {@code time} "07:30"), its result once played.
     */
    public record MatchResponse(UUID id, int number, String stage, String group, int round, DrawnSide home,
            DrawnSide away, Integer court, LocalDate date, String time, OffsetDateTime startsAt, String state,
            @Schema(implementation = SetScore[].class, nullable = true,
                    description = "The points of each set, once played") JsonNode sets,
            Ref winner) {
    }
}

package vn.dangbo.emulation.tournament.standing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import vn.dangbo.emulation.plan.MovementPlans;

/** A match's sets as stored (JSON [{"home": 21, "away": 15}]) and back. */
public final class MatchSets {

    private MatchSets() {
    }

    public static List<SetScore> read(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return List.of(MovementPlans.JSON.readValue(json, SetScore[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a match's sets are not readable: " + json, e);
        }
    }

    public static String write(List<SetScore> sets) {
        try {
            return MovementPlans.JSON.writeValueAsString(sets);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.dangbo.emulation.tournament.draw;

import java.util.List;
import java.util.UUID;

/**
 * {@code draw.made.v1} on {@code emulation.tournaments.v1} (key = the tournament's id, so its events stay in order):
 * the groups with their teams and the knockout bracket, each side a team or the source it will come from.
 */
public final class DrawEvents {

    public static final String TOPIC = "emulation.tournaments.v1";
    public static final String DRAW_MADE = "vn.dangbo.emulation.draw.made.v1";

    private DrawEvents() {
    }

    public record Ref(UUID id, String name) {
    }

    /** @param seed the office's seed (1 = strongest), null for a team placed by the lot */
    public record DrawnTeam(UUID id, String name, Integer seed) {
    }

    public record DrawnGroup(String code, List<DrawnTeam> teams) {
    }

    /** @param team the team when known; else {@code source} ("A1", "W12") and its {@code label} ("Nhất bảng A") */
    public record DrawnSide(Ref team, String source, String label) {
    }

    public record BracketMatch(int number, String stage, int round, DrawnSide home, DrawnSide away) {
    }

    /**
     * @param groupMatches the number of group matches (their pairs follow from the groups: a round robin)
     * @param bracket      the knockout matches and the third-place match, by number
     */
    public record DrawMade(Ref movement, Ref tournament, String format, long randomSeed, List<DrawnGroup> groups,
            int groupMatches, List<BracketMatch> bracket) {
    }
}

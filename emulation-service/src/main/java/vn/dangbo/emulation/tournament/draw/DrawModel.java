package vn.dangbo.emulation.tournament.draw;

import java.util.List;
import java.util.UUID;

/**
 * What a draw makes, as plain values: the groups and the matches of the group stage and the knockout, each side
 * either a known team or the source it will come from ("A1" = group A's winner, "W12"/"L12" = match 12's
 * winner/loser), so the scores can fill it in later.
 */
public final class DrawModel {

    private DrawModel() {
    }

    public enum Stage {
        GROUP,
        KNOCKOUT,
        THIRD_PLACE
    }

    /** A side of a match: a team already known, or where it comes from. */
    public record Side(UUID teamId, String source) {

        public static Side team(UUID teamId) {
            return new Side(teamId, null);
        }

        public static Side from(String source) {
            return new Side(null, source);
        }
    }

    /** @param round in a group, the group's round; in the knockout, 1 = its first round ... the final last */
    public record PlannedMatch(int number, Stage stage, String group, int round, Side home, Side away) {
    }

    /** @param teams in seeding order (the group's strongest first) */
    public record Group(String code, List<UUID> teams) {
    }

    /**
     * @param randomSeed the seed of the lot drawn for the teams the office did not seed: the same seed and teams
     *                   draw the same again
     * @param seeds      the office's seeds, in order (seed 1 first)
     */
    public record Draw(long randomSeed, List<UUID> seeds, List<Group> groups, List<PlannedMatch> matches) {
    }
}

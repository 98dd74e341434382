package vn.dangbo.emulation.tournament.standing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The final ranking: the final's winner first and its loser second, the third-place match's winner and loser third
 * and fourth (without that match both semi-finals' losers share third), then the other teams by the stage they
 * reached: the knockout's later rounds first, then the groups' places (every group's third before any fourth). Teams
 * who went out at the same stage share its rank, listed by name.
 */
public final class RankingRules {

    /** A knockout or third-place match. */
    public record Match(TournamentMatch.Stage stage, int round, UUID homeId, UUID awayId, TournamentMatch.State state,
            UUID winnerId) {

        boolean decided() {
            return state != TournamentMatch.State.PENDING;
        }

        List<UUID> sides() {
            List<UUID> sides = new ArrayList<>();
            if (homeId != null) {
                sides.add(homeId);
            }
            if (awayId != null) {
                sides.add(awayId);
            }
            return sides;
        }

        Optional<UUID> loser() {
            return winnerId == null ? Optional.empty()
                    : Optional.ofNullable(winnerId.equals(homeId) ? awayId : homeId);
        }
    }

    public record Rank(int rank, UUID teamId) {
    }

    private RankingRules() {
    }

    /** The final: the knockout's last round. */
    public static Optional<Match> finalMatch(List<Match> matches) {
        return matches.stream().filter(m -> m.stage() == TournamentMatch.Stage.KNOCKOUT)
                .max(Comparator.comparingInt(Match::round));
    }

    /** The tournament is over once its final and its third-place match (if it has one) are decided. */
    public static boolean complete(List<Match> matches) {
        Optional<Match> last = finalMatch(matches);
        return last.isPresent() && last.get().decided() && matches.stream()
                .filter(m -> m.stage() == TournamentMatch.Stage.THIRD_PLACE).allMatch(Match::decided);
    }

    /**
     * @param matches the knockout and third-place matches
     * @param groups  each group's final order (empty for a knockout-only tournament)
     * @param names   every team's name
     */
    public static List<Rank> ranking(List<Match> matches, List<List<UUID>> groups, Map<UUID, String> names) {
        List<Level> levels = new ArrayList<>();
        Optional<Match> last = finalMatch(matches);
        last.ifPresent(f -> placings(f, levels));
        matches.stream().filter(m -> m.stage() == TournamentMatch.Stage.THIRD_PLACE)
                .forEach(m -> placings(m, levels));
        int finalRound = last.map(Match::round).orElse(0);
        for (int round = finalRound - 1; round >= 1; round--) {
            int r = round;
            Set<UUID> out = new LinkedHashSet<>();
            matches.stream().filter(m -> m.stage() == TournamentMatch.Stage.KNOCKOUT && m.round() == r)
                    .forEach(m -> m.sides().stream().filter(t -> !t.equals(m.winnerId())).forEach(out::add));
            levels.add(new Level(new ArrayList<>(out), 0));
        }
        int places = groups.stream().mapToInt(List::size).max().orElse(0);
        for (int place = 0; place < places; place++) {
            List<UUID> level = new ArrayList<>();
            for (List<UUID> group : groups) {
                if (place < group.size()) {
                    level.add(group.get(place));
                }
            }
            levels.add(new Level(level, 0));
        }
        Set<UUID> placed = new HashSet<>();
        List<Rank> ranking = new ArrayList<>();
        Comparator<UUID> byName = Comparator.comparing(id -> names.getOrDefault(id, ""), VietnameseText.collator());
        int position = 0;
        for (Level level : levels) {
            List<UUID> fresh = level.teams().stream().filter(placed::add).sorted(byName).toList();
            int rank = position + 1;
            fresh.forEach(id -> ranking.add(new Rank(rank, id)));
            position += Math.max(fresh.size(), level.places());
        }
        return ranking;
    }

    /**
     * Teams who went out at the same stage, and the places that stage holds even when nobody fills them: the final's
     * second place stays empty when its winner had nobody to play (a walkover), the third is then still third.
     */
    private record Level(List<UUID> teams, int places) {
    }

    /** A deciding match's winner then loser, or both sides level when neither won (a double forfeit). */
    private static void placings(Match m, List<Level> levels) {
        if (m.winnerId() != null) {
            levels.add(new Level(List.of(m.winnerId()), 1));
            levels.add(new Level(m.loser().map(List::of).orElse(List.of()), 1));
        } else {
            levels.add(new Level(m.sides(), 2));
        }
    }
}

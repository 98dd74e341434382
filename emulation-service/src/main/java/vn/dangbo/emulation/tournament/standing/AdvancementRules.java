package vn.dangbo.emulation.tournament.standing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dangbo.emulation.tournament.TournamentMatch;

/**
 * Who a knockout side is, from where the draw said it comes: "A1" is group A's first once every match of group A is
 * decided, "W12"/"L12" the winner/loser of knockout match 12 once it is decided. A double forfeit sends nobody on
 * (the side is void), and a match with a void side is a walkover for the other side (or no match at all when both
 * are void).
 */
public final class AdvancementRules {

    private static final Pattern SOURCE = Pattern.compile("([A-Z]+)([0-9]+)");

    public enum Kind {
        /** The team is known. */
        KNOWN,
        /** Nobody comes from there: a double forfeit, or a group with fewer teams than the place. */
        VOID,
        /** Not known yet: the group or the match it comes from is not decided. */
        PENDING
    }

    public record Side(Kind kind, UUID teamId) {

        static final Side VOID = new Side(Kind.VOID, null);
        static final Side PENDING = new Side(Kind.PENDING, null);

        static Side of(UUID teamId) {
            return teamId == null ? VOID : new Side(Kind.KNOWN, teamId);
        }
    }

    /** A match as the advancement sees it. */
    public record Match(int number, TournamentMatch.Stage stage, UUID homeId, UUID awayId,
            TournamentMatch.State state, UUID winnerId) {

        boolean decided() {
            return state != TournamentMatch.State.PENDING;
        }

        Optional<UUID> loserId() {
            if (state == TournamentMatch.State.DOUBLE_FORFEIT || winnerId == null) {
                return Optional.empty();
            }
            return Optional.ofNullable(winnerId.equals(homeId) ? awayId : homeId);
        }
    }

    private AdvancementRules() {
    }

    /**
     * @param source         "A1", "W12", "L12"
     * @param completeGroups the final order of each group whose every match is decided (absent: not complete)
     * @param matches        the tournament's matches by number
     */
    public static Side resolve(String source, Map<String, List<UUID>> completeGroups, Map<Integer, Match> matches) {
        Matcher m = SOURCE.matcher(source == null ? "" : source);
        if (!m.matches()) {
            return Side.PENDING;
        }
        String letters = m.group(1);
        int number = Integer.parseInt(m.group(2));
        Match fed = matches.get(number);
        // "W"/"L" name a knockout match; a group may also be called W or L (the 23rd, the 12th): its place then
        if (("W".equals(letters) || "L".equals(letters)) && fed != null
                && fed.stage() != TournamentMatch.Stage.GROUP) {
            if (!fed.decided()) {
                return Side.PENDING;
            }
            return Side.of("W".equals(letters) ? fed.winnerId() : fed.loserId().orElse(null));
        }
        List<UUID> group = completeGroups.get(letters);
        if (group == null) {
            return Side.PENDING;
        }
        return number >= 1 && number <= group.size() ? Side.of(group.get(number - 1)) : Side.VOID;
    }

    /** A source as the office reads it: "Nhất bảng A", "Hạng 3 bảng C", "Thắng trận 12", "Thua trận 12". */
    public static String label(String source) {
        Matcher m = SOURCE.matcher(source == null ? "" : source);
        if (!m.matches()) {
            return source;
        }
        String letters = m.group(1);
        int number = Integer.parseInt(m.group(2));
        if ("W".equals(letters) || "L".equals(letters)) {
            return ("W".equals(letters) ? "Thắng" : "Thua") + " trận " + number;
        }
        String place = number == 1 ? "Nhất" : number == 2 ? "Nhì" : "Hạng " + number;
        return place + " bảng " + letters;
    }

    /**
     * What a match whose sides are both settled but one or both void becomes: a walkover won by the side that
     * came (FORFEIT), or, when nobody came, a double forfeit. Empty while a side is pending or both are known.
     */
    public static Optional<TournamentMatch.State> walkover(Side home, Side away) {
        if (home.kind() == Kind.PENDING || away.kind() == Kind.PENDING
                || (home.kind() == Kind.KNOWN && away.kind() == Kind.KNOWN)) {
            return Optional.empty();
        }
        return Optional.of(home.kind() == Kind.VOID && away.kind() == Kind.VOID
                ? TournamentMatch.State.DOUBLE_FORFEIT : TournamentMatch.State.FORFEIT);
    }
}

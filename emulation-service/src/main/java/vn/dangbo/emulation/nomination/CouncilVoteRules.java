package vn.dangbo.emulation.nomination;

import java.util.ArrayList;
import java.util.List;

/**
 * The emulation council's vote on a nomination (Hội đồng Thi đua - Khen thưởng bỏ phiếu), entered as a tally: the
 * nomination is approved when the votes for reach the movement's threshold — a percent of all the council's members
 * or of those present, "at least" or "strictly above" (settings section {@code council}). Plain functions.
 */
public final class CouncilVoteRules {

    /** What the threshold is a percent of. */
    public enum Base {
        /** Tổng số thành viên Hội đồng. */
        ALL_MEMBERS,
        /** Số thành viên có mặt. */
        PRESENT
    }

    /** The council as the movement's settings describe it. */
    public record Council(int members, Base base, int percent, boolean strictlyAbove) {
    }

    /** The tally the office enters. */
    public record Tally(int membersPresent, int votesFor, int votesAgainst) {
    }

    /**
     * @param baseCount     the number the percent is taken of
     * @param votesRequired the fewest votes for that approve
     */
    public record Outcome(boolean approved, int baseCount, int votesRequired) {
    }

    private CouncilVoteRules() {
    }

    /** @return what makes the tally impossible ("field: message"); empty when votes ≤ present ≤ members */
    public static List<String> problems(Council council, Tally tally) {
        List<String> problems = new ArrayList<>();
        if (tally.membersPresent() < 1) {
            problems.add("membersPresent: phải có ít nhất 1 thành viên Hội đồng có mặt");
        } else if (tally.membersPresent() > council.members()) {
            problems.add("membersPresent: " + tally.membersPresent() + " thành viên có mặt, nhiều hơn số thành viên "
                    + "Hội đồng (" + council.members() + ")");
        }
        if (tally.votesFor() < 0) {
            problems.add("votesFor: không được âm");
        }
        if (tally.votesAgainst() < 0) {
            problems.add("votesAgainst: không được âm");
        }
        if (tally.votesFor() >= 0 && tally.votesAgainst() >= 0
                && tally.votesFor() + tally.votesAgainst() > tally.membersPresent()) {
            problems.add("votesFor: " + tally.votesFor() + " phiếu đồng ý và " + tally.votesAgainst()
                    + " phiếu không đồng ý, nhiều hơn số thành viên có mặt (" + tally.membersPresent() + ")");
        }
        return problems;
    }

    /** The outcome of a tally without {@link #problems}. */
    public static Outcome conclude(Council council, Tally tally) {
        int base = council.base() == Base.PRESENT ? tally.membersPresent() : council.members();
        int required = votesRequired(council, base);
        return new Outcome(tally.votesFor() >= required, base, required);
    }

    /** The fewest votes for that reach {@code percent} of {@code base}: "trên 50%" of 8 is 5, "từ 50%" of 8 is 4. */
    public static int votesRequired(Council council, int base) {
        int scaled = council.percent() * base;
        return council.strictlyAbove() ? scaled / 100 + 1 : (scaled + 99) / 100;
    }

    /** "trên 50% tổng số thành viên Hội đồng (7): ít nhất 4 phiếu", for messages and the history. */
    public static String describe(Council council, Outcome outcome) {
        return (council.strictlyAbove() ? "trên " : "từ ") + council.percent() + "% "
                + (council.base() == Base.PRESENT ? "số thành viên có mặt" : "tổng số thành viên Hội đồng")
                + " (" + outcome.baseCount() + "): ít nhất " + outcome.votesRequired() + " phiếu đồng ý";
    }
}

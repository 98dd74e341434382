package vn.dangbo.congress.result;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.ruleset.RuleSet;

/**
 * The result of an election by the regulation (190-QĐ/TW Art. 30, 18; 244-QĐ/TW Art. 32, 20), from the votes and
 * the base alone: nobody is ever marked elected by hand. Elected: more than the rule set's share of the base
 * (half: votes × 2 > base), highest first, up to the seats. A tie across the last seat is never broken here: the
 * tied wait for a runoff among them. On a delegation's one list the delegates come first, the next ones above
 * half the base are the alternates in order.
 */
public final class ResultRules {

    public enum Outcome {
        ELECTED, ALTERNATE, TIED, NOT_ELECTED
    }

    /** A candidate's votes; {@code position} (the printed place) orders equal votes for display only. */
    public record Votes(UUID candidateId, String fullName, int votes, int position) {
    }

    public record Ranked(UUID candidateId, String fullName, int votes, BigDecimal percentOfBase, Outcome outcome) {
    }

    /**
     * Equal votes across the last seat of the delegates (or of the alternates): a runoff among {@code candidates}.
     *
     * @param seat      the first open seat, 1-based (for alternates: counted after the delegates' seats)
     * @param openSeats how many of the tied the runoff elects
     * @param alternate whether the tie is for the alternates' seats
     */
    public record Tie(int seat, int openSeats, boolean alternate, List<Ranked> candidates) {
    }

    /**
     * @param candidates           highest votes first
     * @param vacantSeats          seats (delegates) not filled: nobody above half for them, or a tie
     * @param vacantAlternateSeats alternates' seats not filled
     * @param tie                  the tie across the last seat, or null
     */
    public record Declaration(List<Ranked> candidates, int seats, int alternateSeats, int vacantSeats,
            int vacantAlternateSeats, Tie tie) {

        public List<Ranked> elected() {
            return candidates.stream().filter(c -> c.outcome() == Outcome.ELECTED).toList();
        }

        public List<Ranked> alternates() {
            return candidates.stream().filter(c -> c.outcome() == Outcome.ALTERNATE).toList();
        }
    }

    private ResultRules() {
    }

    /** Whether {@code votes} is more than the rule set's share of the base (50: votes × 2 > base). */
    public static boolean aboveThreshold(int votes, int base, RuleSet.VoteBase rules) {
        return (long) votes * 100 > (long) base * rules.electedAbovePercentOfBase();
    }

    /** The votes over the base in percent, to the rule set's decimals, rounded half up (6 of 11: 54.55). */
    public static BigDecimal percentOfBase(int votes, int base, RuleSet.Elections rules) {
        return BigDecimal.valueOf(votes).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(base), rules.percentDecimals(), RoundingMode.HALF_UP);
    }

    /**
     * Declares the result of one count.
     *
     * @param seats          the seats (the delegates, for a delegation)
     * @param alternateSeats the alternates elected on the same list, else 0
     * @throws IllegalArgumentException for a base of 0 or less (nobody convened: no result can be declared)
     */
    public static Declaration declare(int seats, int alternateSeats, int base, List<Votes> votes, RuleSet rules) {
        if (base <= 0) {
            throw new IllegalArgumentException("base " + base);
        }
        List<Votes> ranked = votes.stream()
                .sorted(Comparator.comparingInt(Votes::votes).reversed().thenComparingInt(Votes::position))
                .toList();
        int total = seats + alternateSeats;
        List<Ranked> out = new ArrayList<>();
        int slot = 0;
        int elected = 0;
        int alternates = 0;
        Tie tie = null;
        int i = 0;
        while (i < ranked.size()) {
            int groupVotes = ranked.get(i).votes();
            int end = i;
            while (end < ranked.size() && ranked.get(end).votes() == groupVotes) {
                end++;
            }
            List<Votes> group = ranked.subList(i, end);
            int size = group.size();
            boolean above = aboveThreshold(groupVotes, base, rules.voteBase());
            Outcome outcome;
            if (!above || slot >= total) {
                outcome = Outcome.NOT_ELECTED;
            } else if (slot + size <= seats) {
                outcome = Outcome.ELECTED;
                elected += size;
            } else if (slot >= seats && slot + size <= total) {
                outcome = Outcome.ALTERNATE;
                alternates += size;
            } else {
                outcome = Outcome.TIED;
            }
            List<Ranked> rankedGroup = group.stream().map(v -> new Ranked(v.candidateId(), v.fullName(), v.votes(),
                    percentOfBase(v.votes(), base, rules.elections()), outcome)).toList();
            if (outcome == Outcome.TIED && tie == null) {
                boolean alternate = slot >= seats;
                int limit = alternate ? total : seats;
                tie = new Tie(slot + 1, limit - slot, alternate, rankedGroup);
            }
            if (outcome == Outcome.TIED && slot < seats) {
                // those the runoff leaves out rank above every lower name: the alternates' first places are theirs
                alternates += Math.min(slot + size, total) - seats;
            }
            out.addAll(rankedGroup);
            if (above) {
                slot += size;
            }
            i = end;
        }
        return new Declaration(List.copyOf(out), seats, alternateSeats, seats - elected, alternateSeats - alternates,
                tie);
    }

    /**
     * Whether the office may be balloted once more after {@code roundNo} rounds: a secretary not elected after the
     * rule set's rounds (3) is appointed by the higher committee (cấp trên chỉ định).
     *
     * @return why not, or empty
     */
    public static Optional<String> anotherRoundProblem(Office office, int roundNo, RuleSet.Elections rules) {
        if (office == Office.SECRETARY && roundNo >= rules.secretaryMaxRounds()) {
            return Optional.of("Đã bầu Bí thư " + roundNo + " lần không có người trúng cử: cấp trên chỉ định, "
                    + "không bầu lần thứ " + (roundNo + 1));
        }
        return Optional.empty();
    }

    /** What the congress must do next, in Vietnamese, or null when every seat is filled. */
    public static String note(Office office, int roundNo, Declaration declaration, RuleSet.Elections rules) {
        List<String> parts = new ArrayList<>();
        Tie tie = declaration.tie();
        if (tie != null) {
            parts.add((tie.alternate() ? "Suất đại biểu dự khuyết thứ " + (tie.seat() - declaration.seats())
                    : "Ghế thứ " + tie.seat())
                    + ": " + tie.candidates().size() + " người bằng phiếu (" + names(tie.candidates()) + ", "
                    + tie.candidates().get(0).votes() + " phiếu), bầu lại trong số những người này để chọn "
                    + tie.openSeats() + " người" + (!tie.alternate() && declaration.alternateSeats() > 0
                    ? " (người còn lại là đại biểu dự khuyết, xếp trước những người ít phiếu hơn)" : ""));
        }
        int openByThreshold = declaration.vacantSeats() - (tie != null && !tie.alternate() ? tie.openSeats() : 0);
        if (openByThreshold > 0) {
            Optional<String> noMoreRounds = anotherRoundProblem(office, roundNo, rules);
            if (noMoreRounds.isPresent() && declaration.elected().isEmpty()) {
                parts.add(noMoreRounds.get());
            } else {
                parts.add("Còn " + openByThreshold + " ghế chưa có người trúng cử (không đủ người được quá một nửa số "
                        + "phiếu so với cơ sở tính kết quả): đại hội quyết định bầu tiếp hoặc để khuyết");
            }
        } else if (tie != null && !tie.alternate()) {
            anotherRoundProblem(office, roundNo, rules).ifPresent(parts::add);
        }
        int alternatesOpen = declaration.vacantAlternateSeats() - (tie != null && tie.alternate() ? tie.openSeats() : 0);
        if (alternatesOpen > 0) {
            parts.add("Còn " + alternatesOpen + " suất đại biểu dự khuyết chưa có người trúng cử");
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    private static String names(List<Ranked> candidates) {
        return candidates.stream().map(Ranked::fullName).collect(Collectors.joining(", "));
    }
}

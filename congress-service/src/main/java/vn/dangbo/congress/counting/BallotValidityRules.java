package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether a ballot is valid and whom it votes for, by the rule set (244-QĐ/TW Art 17 and 32, 190-QĐ/TW Art 15 and
 * 30): keeping more names than the seats makes it invalid; striking out every name of a list with surplus makes it
 * invalid; on an agree/disagree ballot, both boxes or neither for a person keep the ballot valid and give that
 * person no vote. A rule set may turn each rule off; the last one then makes such a ballot invalid.
 */
public final class BallotValidityRules {

    /**
     * @param reason why the ballot is invalid, in Vietnamese; null when valid
     * @param votes  the candidates it votes for (none when invalid)
     */
    public record Verdict(boolean valid, String reason, List<UUID> votes) {

        static Verdict invalid(String reason) {
            return new Verdict(false, reason, List.of());
        }
    }

    private BallotValidityRules() {
    }

    public static Verdict judge(CountBasis basis, BallotContent ballot) {
        return ballot.kept() != null ? strikeOut(basis, ballot.kept()) : agreeDisagree(basis, ballot.marks());
    }

    static Verdict strikeOut(CountBasis basis, List<UUID> kept) {
        if (basis.invalidWhenMoreVotesThanSeats() && kept.size() > basis.seats()) {
            return Verdict.invalid("Phiếu giữ lại " + kept.size() + " người, nhiều hơn số lượng cần bầu ("
                    + basis.seats() + ")");
        }
        if (basis.invalidWhenNoneKeptOnSurplusList() && kept.isEmpty() && basis.surplusList()) {
            return Verdict.invalid("Phiếu gạch hết tên trong danh sách bầu cử có số dư");
        }
        return new Verdict(true, null, List.copyOf(kept));
    }

    static Verdict agreeDisagree(CountBasis basis, Map<UUID, Mark> marks) {
        List<UUID> agreed = new ArrayList<>();
        int unclear = 0;
        for (Map.Entry<UUID, Mark> mark : marks.entrySet()) {
            if (mark.getValue() == Mark.AGREE) {
                agreed.add(mark.getKey());
            } else if (mark.getValue() == Mark.BOTH || mark.getValue() == Mark.NONE) {
                unclear++;
            }
        }
        if (basis.invalidWhenMoreVotesThanSeats() && agreed.size() > basis.seats()) {
            return Verdict.invalid("Phiếu tán thành " + agreed.size() + " người, nhiều hơn số lượng cần bầu ("
                    + basis.seats() + ")");
        }
        if (unclear > 0 && !basis.bothOrNeitherGivesNoVote()) {
            return Verdict.invalid("Phiếu đánh dấu cả hai ô hoặc không đánh dấu ô nào cho " + unclear + " người");
        }
        return new Verdict(true, null, List.copyOf(agreed));
    }
}

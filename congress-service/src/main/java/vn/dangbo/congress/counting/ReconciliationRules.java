package vn.dangbo.congress.counting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The checks before a count can be closed (DOMAIN: counts reconcile): returned ≤ issued, valid + invalid =
 * returned (so every returned ballot is final or ruled on), every candidate's votes ≤ valid ballots, and the total
 * of votes ≤ valid ballots × the names a ballot may keep. Each failure names the figure and says why.
 */
public final class ReconciliationRules {

    /** A figure that does not reconcile: the request field it concerns and a Vietnamese reason. */
    public record Problem(String field, String message) {
    }

    private ReconciliationRules() {
    }

    /**
     * @param issued   ballots issued, null when not yet entered
     * @param returned ballots returned, null when not yet entered
     * @param seats    the names a ballot may keep
     * @param names    each candidate's name, for the messages
     */
    public static List<Problem> check(Integer issued, Integer returned, TallyRules.Totals totals, int seats,
            Map<UUID, String> names) {
        List<Problem> problems = new ArrayList<>();
        if (issued == null) {
            problems.add(new Problem("ballotsIssued", "Chưa nhập số phiếu phát ra"));
        }
        if (returned == null) {
            problems.add(new Problem("ballotsReturned", "Chưa nhập số phiếu thu vào"));
        }
        if (issued != null && returned != null && returned > issued) {
            problems.add(new Problem("ballotsReturned", "Số phiếu thu vào (" + returned
                    + ") nhiều hơn số phiếu phát ra (" + issued + ")"));
        }
        if (totals.undecided() > 0) {
            problems.add(new Problem("pending", "Còn " + totals.pending() + " phiếu chưa đủ lượt nhập và "
                    + totals.mismatches() + " phiếu nhập không khớp chưa được ban kiểm phiếu giải quyết"));
        }
        if (returned != null && totals.valid() + totals.invalid() != returned) {
            problems.add(new Problem("validBallots", "Số phiếu hợp lệ (" + totals.valid()
                    + ") cộng số phiếu không hợp lệ (" + totals.invalid() + ") là "
                    + (totals.valid() + totals.invalid()) + ", khác số phiếu thu vào (" + returned + ")"));
        }
        totals.votes().forEach((id, votes) -> {
            if (votes > totals.valid()) {
                problems.add(new Problem("votes", "Số phiếu bầu của " + names.getOrDefault(id, id.toString())
                        + " (" + votes + ") nhiều hơn số phiếu hợp lệ (" + totals.valid() + ")"));
            }
        });
        long ceiling = (long) totals.valid() * seats;
        if (totals.totalVotes() > ceiling) {
            problems.add(new Problem("votes", "Tổng số phiếu bầu (" + totals.totalVotes()
                    + ") nhiều hơn số phiếu hợp lệ nhân số lượng cần bầu (" + totals.valid() + " × " + seats + " = "
                    + ceiling + ")"));
        }
        return problems;
    }
}

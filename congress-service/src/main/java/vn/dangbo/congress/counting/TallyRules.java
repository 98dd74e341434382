package vn.dangbo.congress.counting;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The figures of a count from where each ballot (or group) stands: the same function gives the live count, the
 * closing figures and the verification's recomputation from the log.
 */
public final class TallyRules {

    /** One ballot or group: its status and its agreed or settled content (null while undecided or ruled). */
    public record Unit(String unit, UnitKind kind, UnitStatus status, String content) {
    }

    /**
     * @param decided    ballots counted as valid or invalid
     * @param undecided  ballots (or groups) pending or in mismatch
     * @param votes      every candidate's votes, in list order
     */
    public record Totals(int decided, int valid, int invalid, Map<UUID, Integer> votes, int finalUnits,
            int pending, int mismatches, int ruledInvalid, int undecided) {

        public int totalVotes() {
            return votes.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private TallyRules() {
    }

    public static Totals tally(CountBasis basis, Collection<Unit> units) {
        Map<UUID, Integer> votes = new LinkedHashMap<>();
        basis.candidates().forEach(id -> votes.put(id, 0));
        int valid = 0;
        int invalid = 0;
        int finalUnits = 0;
        int pending = 0;
        int mismatches = 0;
        int ruled = 0;
        for (Unit unit : units) {
            switch (unit.status()) {
                case PENDING -> pending++;
                case MISMATCH -> mismatches++;
                case RULED_INVALID -> {
                    ruled++;
                    invalid++;
                }
                case FINAL, SETTLED -> {
                    finalUnits++;
                    if (unit.kind() == UnitKind.GROUP) {
                        GroupTally group = GroupTally.parse(unit.content());
                        valid += group.valid();
                        invalid += group.invalid();
                        group.votes().forEach((id, n) -> votes.merge(id, n, Integer::sum));
                    } else {
                        BallotValidityRules.Verdict verdict = BallotValidityRules.judge(basis,
                                BallotContent.parse(basis, unit.content()));
                        if (verdict.valid()) {
                            valid++;
                            verdict.votes().forEach(id -> votes.merge(id, 1, Integer::sum));
                        } else {
                            invalid++;
                        }
                    }
                }
                default -> throw new IllegalStateException("status " + unit.status());
            }
        }
        return new Totals(valid + invalid, valid, invalid, votes, finalUnits, pending, mismatches, ruled,
                pending + mismatches);
    }
}

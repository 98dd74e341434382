package vn.dangbo.congress.attendance;

import java.util.List;

/**
 * The vote base of a congress (more than half of it elects): the voters convened, who is left out and why (in the
 * rule set's order, each of its exclusions with its count, zero included), the base, and the voters present (those
 * who get a ballot).
 */
public record VoteBase(int convened, List<Exclusion> exclusions, int base, int present) {

    public VoteBase {
        exclusions = List.copyOf(exclusions);
    }

    /** One exclusion of the rule set: its code and Vietnamese label, how many, and who approved or recorded them. */
    public record Exclusion(String code, String label, int count, List<String> approvedBy) {

        public Exclusion {
            approvedBy = List.copyOf(approvedBy);
        }
    }
}

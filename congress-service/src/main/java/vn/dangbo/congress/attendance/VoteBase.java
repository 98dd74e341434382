package vn.dangbo.congress.attendance;

import java.util.List;

/**
 * STUB until the attendance helper's package lands (the lead keeps the real one at merge): the signature of the
 * design, nothing more.
 */
public record VoteBase(int convened, List<Exclusion> exclusions, int base, int present) {

    public record Exclusion(String code, String label, int count, List<String> approvedBy) {
    }
}

package vn.dangbo.congress.attendance;

import java.util.List;

/** STUB until the attendance helper's work lands (the lead keeps theirs): the documented signature only. */
public record VoteBase(int convened, List<Exclusion> exclusions, int base, int present) {

    public record Exclusion(String code, String label, int count, List<String> approvedBy) {
    }
}

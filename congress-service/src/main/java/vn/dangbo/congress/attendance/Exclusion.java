package vn.dangbo.congress.attendance;

import java.util.List;

/** STUB until the attendance helper's work lands (the lead keeps theirs): the documented signature only. */
public record Exclusion(String code, String label, int count, List<String> approvedBy) {
}

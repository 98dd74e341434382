package vn.dangbo.congress.roll;

/** How many members an organisation has, by status; only full members vote and stand. */
public record MemberCounts(long full, long probationary) {

    public MemberCounts {
        if (full < 0 || probationary < 0) {
            throw new IllegalArgumentException("member counts cannot be negative");
        }
    }

    public long total() {
        return full + probationary;
    }
}

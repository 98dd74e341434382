package vn.dangbo.congress.counting;

/** Where a ballot (or a counting group's tally) stands. */
public enum UnitStatus {
    /** Fewer entries than the tellers per ballot, all alike so far. */
    PENDING,
    /** Two entries differ: the committee settles it. */
    MISMATCH,
    /** The tellers' entries agree. */
    FINAL,
    /** The committee settled a mismatch. */
    SETTLED,
    /** The committee ruled the ballot invalid. */
    RULED_INVALID;

    /** Whether the ballot counts (valid or invalid) toward the returned ones. */
    public boolean decided() {
        return this == FINAL || this == SETTLED || this == RULED_INVALID;
    }
}

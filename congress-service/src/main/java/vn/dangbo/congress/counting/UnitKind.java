package vn.dangbo.congress.counting;

/** What one entry counts: a single returned ballot (by its serial) or a counting group's tally (by its code). */
public enum UnitKind {
    BALLOT,
    GROUP
}

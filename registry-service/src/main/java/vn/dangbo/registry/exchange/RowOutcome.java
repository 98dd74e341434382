package vn.dangbo.registry.exchange;

/**
 * What a row of an imported file does, for every kind of import. Checking gives one of the first four; once the
 * file is written, a row that was to create or change is reported as done ({@link #written()}). The names are
 * what a client reads in a job's report.
 */
public enum RowOutcome {
    /** Creates a record (in a dry run: would). */
    VALID,
    /** Changes a stored record (in a dry run: would). */
    CHANGED,
    /** Identical to the stored record: nothing to change. */
    UNCHANGED,
    /** Cannot be taken: the whole file is refused. */
    INVALID,
    /** Created, once written. */
    IMPORTED,
    /** Changed, once written. */
    UPDATED;

    /** What this checked outcome is once the file is written. */
    public RowOutcome written() {
        return switch (this) {
            case VALID -> IMPORTED;
            case CHANGED -> UPDATED;
            default -> this;
        };
    }

    /** Whether checking gives this outcome (the written ones are given only by {@link #written()}). */
    public boolean checked() {
        return this != IMPORTED && this != UPDATED;
    }
}

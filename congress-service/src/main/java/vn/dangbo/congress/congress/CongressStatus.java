package vn.dangbo.congress.congress;

public enum CongressStatus {
    /** Planned: the date and length are set. */
    SCHEDULED
}

package vn.dangbo.congress.congress;

public enum CongressStatus {
    /** Planned: the date and length are set. */
    SCHEDULED,
    /** Called off, with a reason: the organisation may have a new congress in the round. */
    CANCELLED
}

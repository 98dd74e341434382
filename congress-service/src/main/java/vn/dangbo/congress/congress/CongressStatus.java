package vn.dangbo.congress.congress;

public enum CongressStatus {
    /** Planned: the date and length are set. */
    SCHEDULED,
    /** Took place (đã tiến hành): no longer moved or called off. */
    HELD,
    /** Called off, with a reason: the organisation may have a new congress in the round. */
    CANCELLED
}

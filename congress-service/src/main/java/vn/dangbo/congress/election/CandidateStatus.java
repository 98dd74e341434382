package vn.dangbo.congress.election;

/** Where a candidate stands on the list. */
public enum CandidateStatus {
    /** Nominated, not yet on the list (an outside name waits for the opinion ballot). */
    PROPOSED,
    ON_LIST,
    /** Not eligible, or the opinion ballot did not reach the threshold. */
    REFUSED,
    /** Withdrawn with the congress' approval. */
    WITHDRAWN
}

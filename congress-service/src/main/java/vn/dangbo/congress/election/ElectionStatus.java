package vn.dangbo.congress.election;

/** Where an election stands: its list is drawn up, approved (ballots printed, counting), counted, declared. */
public enum ElectionStatus {
    NOMINATING,
    LIST_APPROVED,
    COUNT_CLOSED,
    RESULT_DECLARED
}

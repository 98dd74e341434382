package vn.dangbo.congress.counting;

/** How an election is counted: ballot by ballot, or (a large congress) by the tallies of counting groups. */
public enum CountingMode {
    BALLOTS,
    GROUPS
}

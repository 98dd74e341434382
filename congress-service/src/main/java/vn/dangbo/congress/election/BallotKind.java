package vn.dangbo.congress.election;

/** The two ballots of the regulation. */
public enum BallotKind {
    /** A list with surplus: the voter strikes out the names not chosen (phiếu gạch tên). */
    STRIKE_OUT,
    /** A list without surplus: agree or disagree for each name (phiếu tán thành / không tán thành). */
    AGREE_DISAGREE
}

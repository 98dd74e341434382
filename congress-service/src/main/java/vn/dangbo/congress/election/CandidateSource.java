package vn.dangbo.congress.election;

/** How a name came onto a candidate list. */
public enum CandidateSource {
    /** The convening committee's list (danh sách do cấp ủy triệu tập giới thiệu). */
    COMMITTEE_LIST,
    /** Nominated from the floor (đề cử). */
    FLOOR_NOMINATION,
    /** Self-nominated (ứng cử). */
    SELF_NOMINATION
}

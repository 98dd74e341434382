package vn.dangbo.congress.counting;

/** What a voter marked for one person on an agree/disagree ballot. */
public enum Mark {
    AGREE,
    DISAGREE,
    /** Both boxes marked. */
    BOTH,
    /** Neither box marked. */
    NONE
}

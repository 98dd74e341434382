package vn.dangbo.congress.congress;

public enum CongressKind {
    /** Đại hội toàn thể: every member of the organisation attends (always so for a cell). */
    ALL_MEMBER,
    /** Đại hội đại biểu: delegates elected by the organisations below attend. */
    DELEGATE
}

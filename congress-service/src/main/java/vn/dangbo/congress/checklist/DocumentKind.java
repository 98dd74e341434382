package vn.dangbo.congress.checklist;

/** A draft the body above approves before the congress, or a document reported to it after the congress. */
public enum DocumentKind {
    DRAFT,
    AFTER_REPORT
}

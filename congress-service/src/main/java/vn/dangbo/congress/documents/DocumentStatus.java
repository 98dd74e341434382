package vn.dangbo.congress.documents;

/** Where a checklist item stands: still owed, handed to the body above, approved by it (drafts). */
public enum DocumentStatus {
    DUE,
    SUBMITTED,
    APPROVED
}

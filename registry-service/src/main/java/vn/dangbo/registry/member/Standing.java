package vn.dangbo.registry.member;

/** Whether the member is still on the list of the party (trong danh sách) or has left it. */
public enum Standing {
    ACTIVE,
    /** Removed from the list, expelled or deceased: no further lifecycle step applies. */
    LEFT
}

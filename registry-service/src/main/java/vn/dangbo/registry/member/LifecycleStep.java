package vn.dangbo.registry.member;

/** The kinds of step in a member's history (member_event.kind). */
public enum LifecycleStep {
    /** Kết nạp: the admission ceremony starts 12 months of probation. */
    ADMITTED,
    /** Công nhận đảng viên chính thức. */
    MADE_FULL,
    /** Chuyển sinh hoạt đảng chính thức to another cell. */
    TRANSFERRED,
    /** Sinh hoạt đảng tạm thời at another cell; the member stays on the home cell's list. */
    ATTACHED,
    ATTACHMENT_ENDED,
    /** Miễn sinh hoạt đảng (e.g. age, health): still a member, not counted in the election base. */
    EXEMPTED,
    EXEMPTION_ENDED,
    /** Xóa tên. */
    REMOVED,
    /** Khai trừ. */
    EXPELLED,
    /** Từ trần. */
    DECEASED;

    public boolean leaves() {
        return this == REMOVED || this == EXPELLED || this == DECEASED;
    }
}

package vn.dangbo.congress.attendance;

/** A member's standing that takes away the vote and the place in the base, recorded by the office. */
public enum Standing {
    /** Bị đình chỉ sinh hoạt đảng. */
    SUSPENDED,
    /** Bị khởi tố, truy tố. */
    PROSECUTED,
    /** Bị tạm giam. */
    DETAINED
}

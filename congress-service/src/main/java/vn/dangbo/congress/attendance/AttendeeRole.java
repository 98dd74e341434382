package vn.dangbo.congress.attendance;

/** Why a member is on a congress' attendance list. */
public enum AttendeeRole {
    /** A member of the organisation's subtree at an all-member congress (full or probationary). */
    MEMBER,
    /** Đại biểu chính thức at a delegate congress (elected below, or a convening committee member ex officio). */
    DELEGATE,
    /** Đại biểu dự khuyết: votes only while standing in for an absent delegate. */
    ALTERNATE
}

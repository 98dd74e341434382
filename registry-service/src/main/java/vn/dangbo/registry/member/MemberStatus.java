package vn.dangbo.registry.member;

public enum MemberStatus {
    /** Đảng viên dự bị: does not vote or stand. */
    PROBATIONARY,
    /** Đảng viên chính thức. */
    FULL
}

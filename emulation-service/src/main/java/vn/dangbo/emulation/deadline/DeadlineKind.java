package vn.dangbo.emulation.deadline;

/** What a submission deadline of the movement applies to. */
public enum DeadlineKind {
    /** Báo cáo tổng kết đợt thi đua. */
    SUMMARY("báo cáo tổng kết đợt thi đua"),
    /** Danh sách tập thể, cá nhân đề nghị khen thưởng. */
    NOMINATION("hồ sơ đề nghị khen thưởng");

    private final String label;

    DeadlineKind(String label) {
        this.label = label;
    }

    /** What is handed in, for messages: "báo cáo tổng kết đợt thi đua". */
    public String label() {
        return label;
    }
}

package vn.dangbo.congress.election;

/** An elected body or post, each filled on its own ballot. */
public enum Office {
    /** Chi ủy: the cell committee. */
    CELL_COMMITTEE("Chi ủy"),
    /** Ban Chấp hành đảng bộ: the executive committee of a party committee. */
    PARTY_COMMITTEE("Ban Chấp hành Đảng bộ"),
    /** Ban Thường vụ. */
    STANDING_COMMITTEE("Ban Thường vụ"),
    /** Bí thư. */
    SECRETARY("Bí thư"),
    /** Phó Bí thư. */
    DEPUTY_SECRETARY("Phó Bí thư"),
    /** Ủy ban Kiểm tra: chair, vice chair and member. */
    INSPECTION_COMMISSION("Ủy ban Kiểm tra"),
    /** Chủ nhiệm Ủy ban Kiểm tra. */
    INSPECTION_CHAIR("Chủ nhiệm Ủy ban Kiểm tra"),
    /** Đoàn đại biểu: the delegates and alternates sent to the higher congress, elected on one list. */
    DELEGATION("Đại biểu dự Đại hội cấp trên");

    private final String title;

    Office(String title) {
        this.title = title;
    }

    /** The Vietnamese name used on ballots and documents. */
    public String title() {
        return title;
    }
}

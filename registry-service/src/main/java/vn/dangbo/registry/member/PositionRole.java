package vn.dangbo.registry.member;

/** Chức vụ in a party body (member_position.role). */
public enum PositionRole {
    SECRETARY("bí thư"),
    DEPUTY_SECRETARY("phó bí thư"),
    COMMITTEE_MEMBER("cấp ủy viên"),
    STANDING_COMMITTEE_MEMBER("ủy viên ban thường vụ"),
    INSPECTION_COMMISSION_MEMBER("ủy viên ủy ban kiểm tra");

    private final String label;

    PositionRole(String label) {
        this.label = label;
    }

    /** The Vietnamese name, in lower case as it stands inside a sentence ("bí thư"). */
    public String label() {
        return label;
    }
}

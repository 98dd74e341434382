package vn.dangbo.registry.member;

import java.util.Comparator;
import java.util.List;

/** Chức vụ in a party body (member_position.role). */
public enum PositionRole {
    SECRETARY("bí thư"),
    DEPUTY_SECRETARY("phó bí thư"),
    COMMITTEE_MEMBER("cấp ủy viên"),
    STANDING_COMMITTEE_MEMBER("ủy viên ban thường vụ"),
    INSPECTION_COMMISSION_MEMBER("ủy viên ủy ban kiểm tra"),
    INSPECTION_COMMISSION_CHAIR("chủ nhiệm ủy ban kiểm tra");

    /** The most senior first, as a body's list of positions reads (the declaration order is the stored history). */
    public static final Comparator<PositionRole> BY_SENIORITY = Comparator.comparingInt(List.of(SECRETARY,
            DEPUTY_SECRETARY, STANDING_COMMITTEE_MEMBER, INSPECTION_COMMISSION_CHAIR, COMMITTEE_MEMBER,
            INSPECTION_COMMISSION_MEMBER)::indexOf);

    private final String label;

    PositionRole(String label) {
        this.label = label;
    }

    /** Whether the role belongs to a body only the bloc and grassroots committees have. */
    boolean onlyInCommittees() {
        return this == STANDING_COMMITTEE_MEMBER || this == INSPECTION_COMMISSION_MEMBER
                || this == INSPECTION_COMMISSION_CHAIR;
    }

    /** The Vietnamese name, in lower case as it stands inside a sentence ("bí thư"). */
    public String label() {
        return label;
    }
}

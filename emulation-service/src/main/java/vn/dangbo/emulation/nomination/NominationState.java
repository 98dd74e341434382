package vn.dangbo.emulation.nomination;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a nomination stands, from the draft to the award presented: DRAFT → SUBMITTED → RETURNED (with reasons) →
 * SUBMITTED → UNDER_REVIEW → APPROVED / REJECTED → DECIDED → CERTIFIED → PRESENTED, and REVOKED (with a reason) from
 * any state an award exists in. Plain Java.
 */
public enum NominationState {
    DRAFT("Dự thảo"),
    SUBMITTED("Đã gửi"),
    RETURNED("Trả lại"),
    UNDER_REVIEW("Đang xét"),
    APPROVED("Hội đồng đề nghị khen"),
    REJECTED("Không đề nghị"),
    DECIDED("Đã có quyết định khen thưởng"),
    CERTIFIED("Đã cấp giấy khen"),
    PRESENTED("Đã trao thưởng"),
    REVOKED("Đã hủy khen thưởng");

    private static final Map<NominationState, Set<NominationState>> NEXT = Map.of(
            DRAFT, EnumSet.of(SUBMITTED),
            SUBMITTED, EnumSet.of(RETURNED, UNDER_REVIEW),
            RETURNED, EnumSet.of(SUBMITTED),
            UNDER_REVIEW, EnumSet.of(APPROVED, REJECTED),
            APPROVED, EnumSet.of(DECIDED),
            REJECTED, EnumSet.noneOf(NominationState.class),
            DECIDED, EnumSet.of(CERTIFIED, REVOKED),
            CERTIFIED, EnumSet.of(PRESENTED, REVOKED),
            PRESENTED, EnumSet.of(REVOKED),
            REVOKED, EnumSet.noneOf(NominationState.class));

    private final String label;

    NominationState(String label) {
        this.label = label;
    }

    /** The Vietnamese name, for messages. */
    public String label() {
        return label;
    }

    public boolean mayBecome(NominationState next) {
        return NEXT.get(this).contains(next);
    }

    /** States in which the nominee holds (or is on the way to) this movement's award: a second one is refused. */
    public boolean holdsTheNominee() {
        return this != REJECTED;
    }

    /** States of an award that was decided and stands (counted against the quota). */
    public boolean isAwarded() {
        return this == DECIDED || this == CERTIFIED || this == PRESENTED;
    }
}

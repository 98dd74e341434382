package vn.dangbo.congress.round;

import vn.dangbo.kit.organisation.OrganisationType;

/** The level of a congress for the age reference month (mốc tính tuổi) a round sets per level. */
public enum RoundLevel {
    /** Chi bộ trực thuộc. */
    CELL,
    /** Đảng bộ bộ phận. */
    PARTIAL,
    /** Tổ chức cơ sở đảng: a grassroots committee or cell (2020: reference 4/2020). */
    GRASSROOTS,
    /** Đảng bộ cấp trên cơ sở. */
    BLOC;

    public static RoundLevel of(OrganisationType type) {
        return switch (type) {
            case CELL -> CELL;
            case PARTIAL_COMMITTEE -> PARTIAL;
            case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> GRASSROOTS;
            case BLOC_COMMITTEE -> BLOC;
        };
    }
}

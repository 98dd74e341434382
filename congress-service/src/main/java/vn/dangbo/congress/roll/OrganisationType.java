package vn.dangbo.congress.roll;

import java.util.Optional;

/** The levels of the registry's organisation tree, as published on {@code registry.organisations.v1}. */
public enum OrganisationType {
    /** Đảng bộ Khối: the top of a deployment. */
    BLOC_COMMITTEE,
    /** Đảng bộ cơ sở: has cells under it. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ cơ sở: a grassroots organisation without cells. */
    GRASSROOTS_CELL,
    /** Đảng bộ bộ phận: between a grassroots committee and its cells. */
    PARTIAL_COMMITTEE,
    /** Chi bộ trực thuộc. */
    CELL;

    /** A cell (chi bộ) of either kind: members take part there directly. */
    public boolean isCell() {
        return this == CELL || this == GRASSROOTS_CELL;
    }

    /** @return the type, or empty for a type this service does not know yet (a newer registry) */
    public static Optional<OrganisationType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (OrganisationType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}

package vn.dangbo.registry.organisation;

/** The levels of the party organisation tree. */
public enum OrganisationType {
    /**
     * Đảng bộ cấp trên cơ sở: the top of a deployment (Đảng bộ Khối), and the levels between the top and the
     * grassroots in a larger one (a province, a district).
     */
    BLOC_COMMITTEE,
    /** Đảng bộ cơ sở: has cells under it. */
    GRASSROOTS_COMMITTEE,
    /** Chi bộ cơ sở: a grassroots organisation without cells. */
    GRASSROOTS_CELL,
    /** Đảng bộ bộ phận: between a grassroots committee and its cells. */
    PARTIAL_COMMITTEE,
    /** Chi bộ trực thuộc. */
    CELL;

    /** Members are kept in cells (chi bộ), the basic unit where they take part. */
    public boolean holdsMembers() {
        return this == CELL || this == GRASSROOTS_CELL;
    }

    public boolean mayBeChildOf(OrganisationType parent) {
        return switch (this) {
            case BLOC_COMMITTEE -> parent == null || parent == BLOC_COMMITTEE;
            case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> parent == BLOC_COMMITTEE;
            case PARTIAL_COMMITTEE -> parent == GRASSROOTS_COMMITTEE;
            case CELL -> parent == GRASSROOTS_COMMITTEE || parent == PARTIAL_COMMITTEE;
        };
    }
}

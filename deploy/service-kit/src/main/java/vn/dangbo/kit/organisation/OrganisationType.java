package vn.dangbo.kit.organisation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The levels of the party organisation tree, with their Vietnamese names. The registry owns the tree; every
 * service reads the same vocabulary. The constant names are the values of {@code type} on
 * {@code registry.organisations.v1} (its JSON Schema is the contract), so they never change.
 */
public enum OrganisationType {
    /**
     * Đảng bộ cấp trên cơ sở: the top of a deployment (Đảng bộ Khối), and the levels between the top and the
     * grassroots in a larger one (a province, a district).
     */
    BLOC_COMMITTEE("Đảng bộ Khối", "Đảng bộ Khối", "Đảng ủy Khối"),
    /** Đảng bộ cơ sở: has cells under it. */
    GRASSROOTS_COMMITTEE("Đảng bộ cơ sở", "Đảng bộ cơ sở"),
    /** Chi bộ cơ sở: a grassroots organisation without cells. */
    GRASSROOTS_CELL("Chi bộ cơ sở", "Chi bộ cơ sở"),
    /** Đảng bộ bộ phận: between a grassroots committee and its cells. */
    PARTIAL_COMMITTEE("Đảng bộ bộ phận", "Đảng bộ bộ phận"),
    /** Chi bộ trực thuộc: a cell under a grassroots or partial committee. */
    CELL("Chi bộ", "Chi bộ trực thuộc");

    private final String label;
    private final String fullName;
    private final List<String> otherNames;

    OrganisationType(String label, String fullName, String... otherNames) {
        this.label = label;
        this.fullName = fullName;
        this.otherNames = List.of(otherNames);
    }

    /** The name an office writes in a list or a file column, e.g. "Chi bộ". */
    public String label() {
        return label;
    }

    /** The name that cannot be mistaken in a sentence, e.g. "Chi bộ trực thuộc" (a chi bộ cơ sở is a cell too). */
    public String fullName() {
        return fullName;
    }

    /** Every Vietnamese name an office may use for the type: the label first, then the full and other names. */
    public List<String> vietnameseNames() {
        return Stream.concat(Stream.of(label, fullName), otherNames.stream()).distinct().toList();
    }

    /** A cell of either kind (chi bộ): members are kept there, the basic unit where they take part. */
    public boolean holdsMembers() {
        return this == CELL || this == GRASSROOTS_CELL;
    }

    /** A tổ chức cơ sở đảng: a grassroots committee or a grassroots cell. */
    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
    }

    public boolean mayBeChildOf(OrganisationType parent) {
        return switch (this) {
            case BLOC_COMMITTEE -> parent == null || parent == BLOC_COMMITTEE;
            case GRASSROOTS_COMMITTEE, GRASSROOTS_CELL -> parent == BLOC_COMMITTEE;
            case PARTIAL_COMMITTEE -> parent == GRASSROOTS_COMMITTEE;
            case CELL -> parent == GRASSROOTS_COMMITTEE || parent == PARTIAL_COMMITTEE;
        };
    }

    /**
     * The type named on an event.
     *
     * @return the type, or empty for a type this service does not know yet (a newer registry)
     */
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

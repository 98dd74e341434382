package vn.dangbo.congress.counting;

/** A teller's place in the counting committee. */
public enum TellerRole {
    /** Trưởng ban kiểm phiếu. */
    HEAD("Trưởng ban"),
    /** Ủy viên. */
    MEMBER("Ủy viên");

    private final String label;

    TellerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

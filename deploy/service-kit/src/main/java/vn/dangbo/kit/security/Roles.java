package vn.dangbo.kit.security;

/** The three roles a token's {@code groups} claim may carry. */
public final class Roles {
    /** Everything, everywhere. */
    public static final String ADMIN = "admin";
    /**
     * Reads everything, changes only the subtree of the organisation in the {@link #ORGANISATION_CLAIM} and sees the
     * personal data of the members of that subtree only.
     */
    public static final String OFFICER = "officer";
    /** Reads only; never sees personal data (national ID, phone, full birth date). */
    public static final String VIEWER = "viewer";
    /** The claim naming the root of an officer's subtree (an organisation id). */
    public static final String ORGANISATION_CLAIM = "dangbo_org";

    private Roles() {
    }
}

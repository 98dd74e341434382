package vn.dangbo.testsupport.authz;

import vn.dangbo.testsupport.jwt.TokenIssuer;

/** The callers of the authorisation matrix: five broken credentials, an unknown role and the four real callers. */
public enum TokenVariant {
    NONE("no token", Kind.UNAUTHENTICATED),
    EXPIRED("expired", Kind.UNAUTHENTICATED),
    WRONG_ISSUER("wrong issuer", Kind.UNAUTHENTICATED),
    WRONG_SIGNATURE("wrong signature", Kind.UNAUTHENTICATED),
    ALG_NONE("alg none", Kind.UNAUTHENTICATED),
    UNKNOWN_ROLE("unknown role", Kind.UNKNOWN_ROLE),
    VIEWER("viewer", Kind.ROLE),
    OFFICER_INSIDE("officer inside", Kind.ROLE),
    OFFICER_OUTSIDE("officer outside", Kind.ROLE),
    ADMIN("admin", Kind.ROLE);

    /** What the service must make of the credential before looking at the operation's roles. */
    public enum Kind { UNAUTHENTICATED, UNKNOWN_ROLE, ROLE }

    /** A role no service knows; a token carrying it is genuine, so the refusal is 403, not 401. */
    public static final String UNKNOWN_ROLE_NAME = "auditor";
    public static final String OTHER_ISSUER = "https://attacker.example/auth";

    private final String label;
    private final Kind kind;

    TokenVariant(String label, Kind kind) {
        this.label = label;
        this.kind = kind;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The role the service knows this caller by, or null when it has none of admin/officer/viewer. */
    public String role() {
        return switch (this) {
            case VIEWER -> "viewer";
            case OFFICER_INSIDE, OFFICER_OUTSIDE -> "officer";
            case ADMIN -> "admin";
            default -> null;
        };
    }

    /** Whether the request's targets lie outside the officer's subtree. */
    public boolean outsideSubtree() {
        return this == OFFICER_OUTSIDE;
    }

    /**
     * The bearer token of this caller, or null for none. Every broken credential is an officer of
     * {@code officerOrganisation} otherwise valid: only the one defect makes it fail.
     *
     * @param otherKey an issuer with another key pair, for the wrong signature
     */
    public String token(TokenIssuer tokens, TokenIssuer otherKey, String officerOrganisation) {
        String subject = "matrix-" + name().toLowerCase();
        return switch (this) {
            case NONE -> null;
            case EXPIRED -> tokens.token(subject, "officer", officerOrganisation, java.time.Duration.ofHours(-1));
            case WRONG_ISSUER -> tokens.tokenFromIssuer(OTHER_ISSUER, subject, "admin", null);
            case WRONG_SIGNATURE -> otherKey.token(subject, "admin", null, TokenIssuer.DEFAULT_VALIDITY);
            case ALG_NONE -> tokens.unsignedToken(subject, "admin", null);
            case UNKNOWN_ROLE -> tokens.token(subject, UNKNOWN_ROLE_NAME, officerOrganisation,
                    TokenIssuer.DEFAULT_VALIDITY);
            case VIEWER -> tokens.viewer();
            case OFFICER_INSIDE, OFFICER_OUTSIDE -> tokens.officer(officerOrganisation);
            case ADMIN -> tokens.admin();
        };
    }
}

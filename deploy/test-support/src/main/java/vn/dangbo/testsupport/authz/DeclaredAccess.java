package vn.dangbo.testsupport.authz;

import java.util.Set;

/**
 * Who may call one resource method, as its annotations declare: {@code @PermitAll}, {@code @RolesAllowed}
 * (on the method, else on the class), or nothing (denied: the kit sets
 * {@code quarkus.security.jaxrs.deny-unannotated-endpoints}).
 *
 * @param source the resource method, for the report
 */
public record DeclaredAccess(Kind kind, Set<String> roles, String source) {

    public enum Kind { PUBLIC, ROLES, DENIED }

    public boolean allows(String role) {
        return kind == Kind.PUBLIC || kind == Kind.ROLES && role != null && roles.contains(role);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case PUBLIC -> "@PermitAll";
            case DENIED -> "unannotated (denied)";
            case ROLES -> "@RolesAllowed" + new java.util.TreeSet<>(roles);
        };
    }
}

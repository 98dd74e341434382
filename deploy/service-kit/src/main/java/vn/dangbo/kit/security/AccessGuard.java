package vn.dangbo.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.dangbo.kit.web.ProblemException;

/**
 * Row-level access on top of {@code @RolesAllowed}: an officer may change only the subtree named in
 * their token, and reads personal data only of the members of that subtree.
 */
@ApplicationScoped
public class AccessGuard {

    private final SecurityIdentity identity;
    private final OrganisationScope scope;

    public AccessGuard(SecurityIdentity identity, OrganisationScope scope) {
        this.identity = identity;
        this.scope = scope;
    }

    public void requireWriteAccess(UUID organisationId) {
        if (writeGrant().mayWrite(organisationId)) {
            return;
        }
        if (identity.hasRole(Roles.OFFICER)) {
            throw ProblemException.forbidden(
                    "Cán bộ chỉ được thay đổi dữ liệu của tổ chức đảng được giao phụ trách và các tổ chức trực thuộc");
        }
        throw ProblemException.forbidden("Vai trò của bạn chỉ được xem, không được thay đổi dữ liệu");
    }

    /**
     * The caller's write rights captured now, for work that runs after the request has ended (an import
     * job): the same rule as {@link #requireWriteAccess(UUID)}, without the request's identity.
     */
    public WriteGrant writeGrant() {
        return new WriteGrant(actor(), identity.hasRole(Roles.ADMIN),
                identity.hasRole(Roles.OFFICER) ? officerRoot() : Optional.empty(), scope);
    }

    /** Write rights of one caller: everything for an admin, the subtree of {@code officerRoot} for an officer. */
    public record WriteGrant(String actor, boolean admin, Optional<UUID> officerRoot, OrganisationScope scope) {

        public boolean mayWrite(UUID organisationId) {
            return admin || officerRoot.isPresent() && organisationId != null
                    && scope.contains(officerRoot.get(), organisationId);
        }
    }

    public boolean mayWrite(UUID organisationId) {
        return writeGrant().mayWrite(organisationId);
    }

    /**
     * The caller's right to read personal data (national ID, phone, full birth date), to be asked per member:
     * admins always, officers for the members of their subtree only, viewers never.
     */
    public PersonalDataGrant personalDataGrant() {
        if (identity.hasRole(Roles.ADMIN)) {
            return new PersonalDataGrant(true, Optional.empty(), scope);
        }
        if (identity.hasRole(Roles.OFFICER)) {
            return new PersonalDataGrant(false, officerRoot(), scope);
        }
        return PersonalDataGrant.none();
    }

    /** Whether the caller may read the personal data of a member of {@code organisationId} ({@link PersonalDataGrant}). */
    public boolean maySeePersonalData(UUID organisationId) {
        return personalDataGrant().maySee(organisationId);
    }

    public String actor() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public Optional<UUID> officerRoot() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object claim = jwt.getClaim(Roles.ORGANISATION_CLAIM);
            if (claim != null) {
                try {
                    return Optional.of(UUID.fromString(claim.toString().replace("\"", "")));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}

package vn.dangbo.kit.security;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whose personal data (national ID, phone, full birth date) one caller may read, record by record: an admin every
 * member's, an officer only the members of organisations inside the subtree of their token's organisation (the
 * subtree they may change, see {@link AccessGuard#requireWriteAccess}), a viewer nobody's. Reading a province's
 * member list is not a reason to read its members' identifiers.
 *
 * <p>Captured once per request (or per export) and asked once per record: the answer per organisation is kept, so
 * a page of 500 members of 30 cells asks the tree 30 times, not 500.
 */
public final class PersonalDataGrant {

    private final boolean admin;
    private final Optional<UUID> officerRoot;
    private final OrganisationScope scope;
    private final Map<UUID, Boolean> answered = new ConcurrentHashMap<>();

    PersonalDataGrant(boolean admin, Optional<UUID> officerRoot, OrganisationScope scope) {
        this.admin = admin;
        this.officerRoot = officerRoot;
        this.scope = scope;
    }

    /** Nobody's personal data (a viewer, or a token without a usable role). */
    public static PersonalDataGrant none() {
        return new PersonalDataGrant(false, Optional.empty(), (root, organisation) -> false);
    }

    /** @return true when the caller may read the personal data of a member of {@code organisationId} */
    public boolean maySee(UUID organisationId) {
        if (admin) {
            return true;
        }
        if (officerRoot.isEmpty() || organisationId == null) {
            return false;
        }
        return answered.computeIfAbsent(organisationId, id -> scope.contains(officerRoot.get(), id));
    }

    /** @return true when the caller may see the personal data of every member of some organisation at all */
    public boolean maySeeAny() {
        return admin || officerRoot.isPresent();
    }
}

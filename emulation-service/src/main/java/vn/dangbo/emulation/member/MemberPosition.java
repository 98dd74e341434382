package vn.dangbo.emulation.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** A position a member holds in a party body: role as the registry names it (SECRETARY, DEPUTY_SECRETARY...). */
@Embeddable
public class MemberPosition {

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String role;

    public MemberPosition() {
    }

    public MemberPosition(UUID organisationId, String role) {
        this.organisationId = organisationId;
        this.role = role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MemberPosition p && Objects.equals(organisationId, p.organisationId)
                && Objects.equals(role, p.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, role);
    }
}

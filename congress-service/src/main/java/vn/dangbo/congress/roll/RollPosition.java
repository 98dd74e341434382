package vn.dangbo.congress.roll;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** A position a member currently holds in a party body, as the registry publishes it ({@code /member/positions}). */
@Embeddable
public class RollPosition {

    /** The party body: the committee or cell whose position it is. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    /** SECRETARY, DEPUTY_SECRETARY, COMMITTEE_MEMBER, STANDING_COMMITTEE_MEMBER or INSPECTION_COMMISSION_MEMBER. */
    @Column(nullable = false)
    public String role;

    public RollPosition() {
    }

    public RollPosition(UUID organisationId, String role) {
        this.organisationId = organisationId;
        this.role = role;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RollPosition p && Objects.equals(organisationId, p.organisationId)
                && Objects.equals(role, p.role);
    }

    @Override
    public int hashCode() {
        return Objects.hash(organisationId, role);
    }
}

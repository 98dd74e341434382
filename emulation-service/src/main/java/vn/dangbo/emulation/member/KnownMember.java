package vn.dangbo.emulation.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A member as the registry publishes it, public state only: who may be nominated, invited or play. No national ID,
 * phone or birth date.
 */
@Entity
@Table(name = "known_member")
public class KnownMember {

    public static final String ACTIVE = "ACTIVE";
    public static final String LEFT = "LEFT";

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** MALE or FEMALE, as the registry writes it. */
    @Column(nullable = false)
    public String sex;

    /** PROBATIONARY or FULL. */
    @Column(nullable = false)
    public String status;

    /** ACTIVE, or LEFT (removed from the list, expelled, deceased). */
    @Column(nullable = false)
    public String state;

    @Column(nullable = false)
    public long version;

    /** The party positions held now (an ended one is not kept). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "known_member_position", joinColumns = @JoinColumn(name = "member_id"))
    public Set<MemberPosition> positions = new HashSet<>();

    public boolean hasLeft() {
        return LEFT.equals(state);
    }
}

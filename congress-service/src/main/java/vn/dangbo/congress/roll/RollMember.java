package vn.dangbo.congress.roll;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A member as the registry publishes it (public state only), kept for election structures and eligibility. */
@Entity
@Table(name = "member_roll")
public class RollMember {

    public static final String ACTIVE = "ACTIVE";
    public static final String LEFT = "LEFT";

    public static final String PROBATIONARY = "PROBATIONARY";
    public static final String FULL = "FULL";

    @Id
    public UUID id;

    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(nullable = false)
    public String sex;

    /** {@code yyyy-MM}: age rules are counted in months. */
    @Column(name = "birth_month", nullable = false)
    public String birthMonth;

    @Column(nullable = false)
    public String ethnicity;

    /** {@link #PROBATIONARY} or {@link #FULL}. */
    @Column(nullable = false)
    public String status;

    /** Kết nạp: the day the member joined (as a probationary member); null on rows older than the dates. */
    @Column(name = "admitted_on")
    public LocalDate admittedOn;

    /** Công nhận chính thức: the day the member became a full member; null while probationary. */
    @Column(name = "full_member_on")
    public LocalDate fullMemberOn;

    /** The day the member left (state LEFT), when the registry knows it. */
    @Column(name = "left_on")
    public LocalDate leftOn;

    /** The registry's version of this member; an older state arriving late is ignored. */
    @Column(nullable = false)
    public long version;

    /** ACTIVE, or LEFT (removed from the list, expelled, deceased): a member who left is not counted. */
    @Column(nullable = false)
    public String state = ACTIVE;

    /** The cell where the member temporarily takes part (sinh hoạt tạm thời), if any. */
    @Column(name = "attached_to")
    public UUID attachedTo;

    /** Exempted from party activities (miễn sinh hoạt). */
    @Column(nullable = false)
    public boolean exempted;

    /** The positions held now (a past one, with an end date, is not kept): re-election is known from them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "member_roll_position", joinColumns = @JoinColumn(name = "member_id"))
    public Set<RollPosition> positions = new HashSet<>();
}

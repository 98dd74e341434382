package vn.dangbo.congress.result;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dangbo.congress.election.Office;

/**
 * Who the convening committee's personnel proposal names for a post the new committee fills (secretary, deputy,
 * inspection chair); when that member fails to be elected to the committee, the post's next ballot waits for the
 * higher committee's direction, recorded here.
 */
@Entity
@Table(name = "congress_personnel_plan")
public class PersonnelPlan {

    @Embeddable
    public record Key(@Column(name = "congress_id") UUID congressId,
            @Enumerated(EnumType.STRING) @Column(name = "office") Office office) implements Serializable {
    }

    @EmbeddedId
    public Key id;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** The election the planned holder was not elected in: the post waits from then on. */
    @Column(name = "awaiting_since_election_id")
    public UUID awaitingSinceElectionId;

    @Column(name = "direction_number")
    public String directionNumber;

    @Column(name = "direction_text")
    public String directionText;

    @Column(name = "directed_on")
    public LocalDate directedOn;

    @Column(name = "direction_recorded_by")
    public String directionRecordedBy;

    @Column(name = "direction_recorded_at")
    public OffsetDateTime directionRecordedAt;

    @Version
    public long version;

    /** Whether the post's next ballot waits for the higher committee. */
    public boolean awaitingDirection() {
        return awaitingSinceElectionId != null && directionRecordedAt == null;
    }
}

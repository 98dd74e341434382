package vn.dangbo.congress.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One member convened to one congress, with how they attend. */
@Entity
@Table(name = "congress_attendee")
public class Attendee {

    @Id
    public UUID id;

    @Column(name = "congress_id", nullable = false)
    public UUID congressId;

    @Column(name = "member_id", nullable = false)
    public UUID memberId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** The member's cell when convened. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendeeRole role;

    @Column(name = "full_member", nullable = false)
    public boolean fullMember;

    @Column(name = "convening_committee_member", nullable = false)
    public boolean conveningCommitteeMember;

    /** For an alternate: the absent delegate they stand in for. */
    @Column(name = "replaces_member_id")
    public UUID replacesMemberId;

    @Column(name = "replacement_recorded_by")
    public String replacementRecordedBy;

    @Column(name = "replacement_recorded_at")
    public OffsetDateTime replacementRecordedAt;

    @Column(name = "checked_in_at")
    public OffsetDateTime checkedInAt;

    @Column(name = "checked_in_by")
    public String checkedInBy;

    /** Null while no absence is recorded. */
    @Column(name = "absence_reason")
    public String absenceReason;

    @Column(name = "absent_throughout", nullable = false)
    public boolean absentThroughout;

    @Column(name = "absence_approved", nullable = false)
    public boolean absenceApproved;

    /** Who of the convening committee approved the absence (a name, as the minutes print it). */
    @Column(name = "absence_approved_by")
    public String absenceApprovedBy;

    @Column(name = "absence_recorded_by")
    public String absenceRecordedBy;

    @Column(name = "absence_recorded_at")
    public OffsetDateTime absenceRecordedAt;

    @Enumerated(EnumType.STRING)
    @Column
    public Standing standing;

    /** The decision or fact the standing rests on, e.g. a suspension decision's number. */
    @Column(name = "standing_reference")
    public String standingReference;

    @Column(name = "standing_recorded_by")
    public String standingRecordedBy;

    @Column(name = "standing_recorded_at")
    public OffsetDateTime standingRecordedAt;

    @Column(name = "convened_at", nullable = false)
    public OffsetDateTime convenedAt = OffsetDateTime.now();

    @Version
    public long version;

    public boolean checkedIn() {
        return checkedInAt != null;
    }
}

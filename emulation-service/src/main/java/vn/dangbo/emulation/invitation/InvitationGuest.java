package vn.dangbo.emulation.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A person outside the registry the office entered or imported into a group (a former leader, a guest). */
@Entity
@Table(name = "invitation_guest")
public class InvitationGuest {

    @Id
    public UUID id;

    @Column(name = "gathering_id", nullable = false)
    public UUID gatheringId;

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String title;

    @Column(name = "organisation_name")
    public String organisationName;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

package vn.dangbo.emulation.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Why a person is invited: a group of the event's invitee groups (§II.3: 5, §II.7: 7), with what made them so. */
@Embeddable
public class InviteeRole {

    @Column(name = "group_code", nullable = false)
    public String groupCode;

    /** What made them so (the organisation they are secretary of, the award...), shown beside the role. */
    public String reason;

    public InviteeRole() {
    }

    public InviteeRole(String groupCode, String reason) {
        this.groupCode = groupCode;
        this.reason = reason;
    }
}

package vn.dangbo.emulation.invitation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One person invited to an event, with one invitation whatever the groups they are invited in ({@link #roles}): a
 * member of the registry ({@code MEMBER:<id>}) or a person the office entered ({@code EXTERNAL:<id>}). Counts once.
 */
@Entity
@Table(name = "invitee")
public class Invitee {

    public enum Reply {
        PENDING,
        ACCEPTED,
        DECLINED,
        /** Not coming, a deputy takes the seat. */
        SUBSTITUTE
    }

    @Id
    public UUID id;

    @Column(name = "gathering_id", nullable = false)
    public UUID gatheringId;

    @Column(name = "person_key", nullable = false)
    public String personKey;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String title;

    @Column(name = "organisation_name")
    public String organisationName;

    @Column(name = "organisation_id")
    public UUID organisationId;

    @Column(name = "sort_key", nullable = false)
    public String sortKey;

    /** The personal check-in code printed as the invitation's QR code: random, opaque, no personal data. */
    @Column(nullable = false, unique = true)
    public String token;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Reply reply = Reply.PENDING;

    /** No longer in any group: kept because its invitation may be out, counted nowhere. */
    @Column(nullable = false)
    public boolean withdrawn;

    @ElementCollection
    @CollectionTable(name = "invitee_role", joinColumns = @JoinColumn(name = "invitee_id"))
    public List<InviteeRole> roles = new ArrayList<>();

    @Version
    @Column(nullable = false)
    public long version;

    /** What the last invitation issued to them said ({@code InviteeRules.contentHash}); null: none issued yet. */
    @Column(name = "issued_hash")
    public String issuedHash;

    @Column(name = "issued_batch_id")
    public UUID issuedBatchId;

    // attendance (V11): the reply's who and when, the substitute, the check-in

    @Column(name = "replied_at")
    public java.time.Instant repliedAt;

    /** TOKEN (the invitee, with their invitation's code) or OFFICE (on their behalf). */
    @Column(name = "replied_via")
    public String repliedVia;

    /** The office's user; null when the invitee answered with the token. */
    @Column(name = "replied_by")
    public String repliedBy;

    /** SUBSTITUTE: the deputy who fills the seat. */
    @Column(name = "substitute_name")
    public String substituteName;

    @Column(name = "substitute_title")
    public String substituteTitle;

    /** The check-in's time (an offline scan's own time); null until checked in, or after an undo. */
    @Column(name = "checked_in_at")
    public java.time.Instant checkedInAt;

    public static String memberKey(UUID memberId) {
        return "MEMBER:" + memberId;
    }

    public static String externalKey(UUID entryId) {
        return "EXTERNAL:" + entryId;
    }
}

package vn.dangbo.emulation.nomination;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;

/** A nomination of an organisation or a member of the bloc for an award of the movement. */
@Entity
@Table(name = "nomination")
public class Nomination {

    public enum NomineeKind {
        /** Tập thể. */
        ORGANISATION,
        /** Cá nhân. */
        MEMBER
    }

    @Id
    public UUID id;

    @Column(name = "movement_id", nullable = false)
    public UUID movementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "nominee_kind", nullable = false)
    public NomineeKind nomineeKind;

    /** The organisation or the member awarded. */
    @Column(name = "nominee_id", nullable = false)
    public UUID nomineeId;

    /** The organisation awarded, or the member's organisation. */
    @Column(name = "organisation_id", nullable = false)
    public UUID organisationId;

    @Column(name = "nominee_name", nullable = false)
    public String nomineeName;

    /** The grassroots organisation that proposes the nominee. */
    @Column(name = "nominated_by", nullable = false)
    public UUID nominatedBy;

    @Column(name = "form_code", nullable = false)
    public String formCode;

    /** What the award is for ("xuất sắc trong phong trào thi đua..."). */
    @Column(nullable = false)
    public String achievement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NominationState state;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "return_reason")
    public String returnReason;

    @Column(name = "votes_for")
    public Integer votesFor;

    @Column(name = "votes_against")
    public Integer votesAgainst;

    @Column(name = "council_present")
    public Integer councilPresent;

    @Column(name = "council_members")
    public Integer councilMembers;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "revoke_reason")
    public String revokeReason;

    @Version
    @Column(nullable = false)
    public long version;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** Orders the lists: collectives, then individuals, each in Vietnamese order ({@code NomineeOrder}). */
    @Column(name = "sort_key", nullable = false)
    public String sortKey;

    /**
     * Moves the nomination to {@code next}; the caller records the change (event, audit) in the same transaction.
     *
     * @throws ProblemException 409 naming both states when the move is not allowed from here
     */
    public void moveTo(NominationState next) {
        if (!state.mayBecome(next)) {
            throw ProblemException.conflict("Hồ sơ đề nghị khen thưởng đang ở trạng thái \"" + state.label()
                    + "\", không chuyển sang \"" + next.label() + "\" được");
        }
        state = next;
    }
}

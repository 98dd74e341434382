package vn.dangbo.emulation.nomination;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Requests and responses of the nominations API (entities never leave the service). */
public final class NominationRecords {

    private NominationRecords() {
    }

    /**
     * A grassroots organisation proposes a collective or a member of its subtree for an award of the movement.
     *
     * @param formCode the award form (GET /movements/{id}/award-forms); the movement's default form when omitted
     */
    public record CreateRequest(@NotNull UUID nominatedBy, @NotNull Nomination.NomineeKind nomineeKind,
            @NotNull UUID nomineeId, String formCode, @NotBlank @Size(max = 4000) String achievement) {
    }

    /** The office hands a submitted nomination back: what must be put right. */
    public record ReturnRequest(@NotEmpty List<@NotBlank @Size(max = 500) String> reasons) {
    }

    /** The emulation council's vote, as a tally: votes ≤ present ≤ the council's members. */
    public record CouncilVoteRequest(@NotNull @Min(0) Integer membersPresent, @NotNull @Min(0) Integer votesFor,
            @NotNull @Min(0) Integer votesAgainst) {
    }

    public record CouncilVote(int members, int membersPresent, int votesFor, int votesAgainst) {
    }

    public record NominationResponse(UUID id, UUID movementId, Nomination.NomineeKind nomineeKind, UUID nomineeId,
            String nomineeName, UUID organisationId, String organisationName, UUID nominatedBy, String nominatedByName,
            String formCode, String formName, String achievement, NominationState state, String stateLabel,
            Instant submittedAt, boolean late, List<String> returnReasons, CouncilVote councilVote,
            Instant reviewedAt, String revokeReason, long version) {
    }

    /** A page of the list, in Vietnamese order (collectives, then individuals); {@code page} counts from 0. */
    public record NominationPage(List<NominationResponse> items, int page, int size, long total) {
    }

    /** One transition of a nomination, as audited: who moved it, when, from which state to which, and why. */
    public record HistoryEntry(OffsetDateTime at, String actor, String action, NominationState from,
            NominationState to, String reason) {
    }

    /**
     * The audit entry's state after a transition ({@code audit_entry.after}): the history reads {@code from},
     * {@code to} and {@code reason} from it; the nomination as it then stood comes with it.
     */
    public record Transition(NominationState from, NominationState to, String reason, NominationResponse nomination) {
    }
}

package vn.dangbo.emulation.nomination;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The nominations' events on {@code emulation.awards.v1}, key = nomination id; their schemas are in
 * {@code META-INF/resources/events/schemas/}. No national ID, phone or birth date (the service has none).
 */
public final class NominationEvents {

    public static final String TOPIC = "emulation.awards.v1";
    public static final String SUBMITTED = "vn.dangbo.emulation.nomination.submitted.v1";
    public static final String RETURNED = "vn.dangbo.emulation.nomination.returned.v1";
    public static final String REVIEW_CONCLUDED = "vn.dangbo.emulation.review.concluded.v1";

    private NominationEvents() {
    }

    public record MovementRef(UUID id, String name, String planId) {
    }

    public record OrganisationRef(UUID id, String name) {
    }

    public record FormRef(String code, String name, String awardedBy) {
    }

    /** The nomination as it stands after the change. */
    public record NominationRef(UUID id, Nomination.NomineeKind nomineeKind, UUID nomineeId, String nomineeName,
            OrganisationRef organisation, OrganisationRef nominatedBy, FormRef form, String achievement,
            NominationState state, long version) {
    }

    /**
     * @param late           handed in after the deadline, under the office's override
     * @param overrideReason the override's reason when late, else null
     * @param resubmission   handed in again after it was returned
     */
    public record Submitted(MovementRef movement, NominationRef nomination, Instant submittedAt, boolean late,
            String overrideReason, boolean resubmission) {
    }

    public record Returned(MovementRef movement, NominationRef nomination, List<String> reasons,
            Instant returnedAt) {
    }

    public record Tally(int members, int membersPresent, int votesFor, int votesAgainst) {
    }

    /** The threshold used: {@code percent} of {@code baseCount} (all members or those present) → votesRequired. */
    public record Threshold(CouncilVoteRules.Base base, int baseCount, int percent, boolean strictlyAbove,
            int votesRequired) {
    }

    /** @param outcome APPROVED or REJECTED */
    public record ReviewConcluded(MovementRef movement, NominationRef nomination, NominationState outcome,
            Tally tally, Threshold threshold, Instant concludedAt) {
    }
}

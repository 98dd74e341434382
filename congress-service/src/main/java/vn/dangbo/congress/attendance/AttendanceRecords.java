package vn.dangbo.congress.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressKind;

/** Requests and responses of the attendance API (entities never leave the service). */
public final class AttendanceRecords {

    private AttendanceRecords() {
    }

    /**
     * The delegates and alternates of a delegate congress, as the office enters them (members on the roll of the
     * congress' subtree, full members); a member already entered is updated, never listed twice.
     */
    public record DelegatesRequest(@NotEmpty @Size(max = 2000) List<@NotNull @Valid DelegateEntry> delegates) {
    }

    /** @param conveningCommitteeMember a member of the convening committee, a delegate ex officio */
    public record DelegateEntry(@NotNull UUID memberId, @NotNull AttendeeRole role, boolean conveningCommitteeMember) {
    }

    /**
     * @param throughout whether the member is absent for the whole congress
     * @param approved   whether the convening committee approved the reason
     * @param approvedBy who of the convening committee approved it (required when approved), e.g. its secretary
     */
    public record AbsenceRequest(@NotBlank @Size(max = 1000) String reason, @NotNull Boolean throughout,
            boolean approved, @Size(max = 200) String approvedBy) {
    }

    /** @param standing null clears it */
    public record StandingRequest(Standing standing, @Size(max = 300) String reference) {
    }

    /** An alternate standing in for an absent delegate. */
    public record ReplacementRequest(@NotNull UUID delegateId) {
    }

    public record ConvocationResponse(UUID congressId, LocalDate countedOn, int added, int fullMembers,
            int probationaryMembers) {
    }

    public record AbsenceView(String reason, boolean throughout, boolean approved, String approvedBy,
            String recordedBy, OffsetDateTime recordedAt) {
    }

    public record StandingView(Standing standing, String reference, String recordedBy, OffsetDateTime recordedAt) {
    }

    /**
     * One member convened.
     *
     * @param votes             gets a ballot when present (a full member without a standing flag; at a delegate
     *                          congress a delegate, or an alternate standing in for one)
     * @param attachedElsewhere temporarily attached to an organisation outside the congress' (from the roll)
     * @param exempted          exempted from party activities (from the roll)
     * @param replacesMemberId  for an alternate: the absent delegate they stand in for, recorded by
     *                          {@code replacementRecordedBy}
     */
    public record AttendeeResponse(UUID memberId, String fullName, UUID organisationId, String organisationName,
            AttendeeRole role, boolean fullMember, boolean conveningCommitteeMember, boolean votes,
            boolean checkedIn, OffsetDateTime checkedInAt, String checkedInBy, AbsenceView absence,
            StandingView standing, boolean attachedElsewhere, boolean exempted, UUID replacesMemberId,
            String replacementRecordedBy, UUID replacedByMemberId) {
    }

    /**
     * The attendance of a congress.
     *
     * @param countedOn the day the roll was read (the congress' first day)
     * @param convened  the voters convened (full members, or delegates)
     * @param present   the voters checked in who get a ballot
     */
    public record AttendanceResponse(UUID congressId, CongressKind kind, LocalDate countedOn, int convened,
            int present, List<AttendeeResponse> attendees) {
    }

    /** A member left out of the base; {@code approvedBy} null when it comes from the roll. */
    public record ExcludedMember(UUID memberId, String fullName, String approvedBy) {
    }

    public record ExclusionResponse(String code, String label, int count, List<String> approvedBy,
            List<ExcludedMember> members) {
    }

    /**
     * The vote base shown to the congress.
     *
     * @param votesToBeElected the fewest votes that are more than half of the base
     */
    public record VoteBaseResponse(UUID congressId, CongressKind kind, String ruleSetId, int convened,
            List<ExclusionResponse> exclusions, int base, int votesToBeElected, int present) {
    }
}

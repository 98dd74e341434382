package vn.dangbo.congress.result;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.election.ElectionEvents;

/** What the result API reads and writes. */
public final class ResultRecords {

    private ResultRecords() {
    }

    /** One exclusion from the base: the rule set's code and label, how many, who approved them. */
    public record ExclusionView(String code, String label, int count, List<String> approvedBy) {
    }

    public record BaseView(int convened, List<ExclusionView> exclusions, int base) {
    }

    /**
     * @param outcome ELECTED, ALTERNATE, TIED or NOT_ELECTED, derived from the votes and the base
     */
    public record CandidateResult(UUID candidateId, UUID memberId, String fullName, Integer position, int votes,
            BigDecimal percentOfBase, String outcome) {
    }

    /** A tie for seat {@code seat} (1-based): a runoff among {@code candidates} elects {@code openSeats}. */
    public record TieView(int seat, int openSeats, boolean alternate, List<CandidateResult> candidates) {
    }

    /** The congress' decision on seats left open: RUNOFF, ANOTHER_ROUND or LEAVE_VACANT. */
    public record DecisionView(String decision, String reason, String decidedBy, OffsetDateTime decidedAt,
            UUID nextElectionId) {
    }

    public record ResultResponse(UUID electionId, UUID congressId, String office, String title, String electorate,
            int roundNo, UUID previousElectionId, int seats, int alternateSeats, String status,
            ElectionEvents.Figures figures, BaseView base, List<CandidateResult> candidates,
            List<CandidateResult> elected, List<CandidateResult> alternates, int vacantSeats,
            int vacantAlternateSeats, TieView tie, String note, DecisionView decision, String logLastHash,
            OffsetDateTime declaredAt) {
    }

    /** @param decision ANOTHER_ROUND (the congress votes again for the open seats) or LEAVE_VACANT */
    public record VacancyDecisionRequest(@NotBlank String decision, @Size(max = 1000) String reason) {
    }

    /** A new election: a runoff among the tied or another round, to draw its list and approve it. */
    public record OpenedElection(UUID electionId, String office, int roundNo, int seats, int alternateSeats,
            UUID previousElectionId, List<UUID> candidateIds) {
    }

    /** The convening committee's proposal for one post the new committee fills. */
    public record PlannedHolder(@NotBlank String office, @NotNull UUID memberId, @NotBlank String fullName) {
    }

    public record PersonnelPlanRequest(@NotNull List<PlannedHolder> holders) {
    }

    public record PlannedHolderView(String office, UUID memberId, String fullName, boolean awaitingDirection,
            UUID awaitingSinceElectionId, String directionNumber, String directionText, LocalDate directedOn,
            String directionRecordedBy) {
    }

    /** The higher committee's direction for a post whose planned holder was not elected to the committee. */
    public record HigherDirectionRequest(@NotBlank String office, @NotBlank @Size(max = 100) String number,
            @NotBlank @Size(max = 4000) String text, @NotNull LocalDate directedOn) {
    }
}

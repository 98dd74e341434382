package vn.dangbo.congress.counting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Requests and responses of the counting API. */
public final class CountingRecords {

    private CountingRecords() {
    }

    public record TellerRequest(@NotBlank @Size(max = 20) String code, @NotBlank @Size(max = 200) String fullName,
            @NotNull TellerRole role) {
    }

    /**
     * @param tellersPerBallot independent entries per ballot, 2 or 3; the rule set's (2) when absent
     */
    public record CountingCommitteeRequest(@Min(2) @Max(3) Integer tellersPerBallot,
            @NotEmpty List<@NotNull @Valid TellerRequest> tellers) {
    }

    public record TellerView(String code, String fullName, TellerRole role, String roleLabel) {

        static TellerView of(Teller teller) {
            return new TellerView(teller.code, teller.fullName, teller.role, teller.role.label());
        }
    }

    public record CountingCommitteeResponse(UUID congressId, int tellersPerBallot, List<TellerView> tellers,
            String updatedBy, OffsetDateTime updatedAt) {
    }

    public record BallotFiguresRequest(@NotNull @Min(0) Integer issued, @NotNull @Min(0) Integer returned) {
    }

    /**
     * One teller's entry of one returned ballot.
     *
     * @param kept  a struck-out ballot: the candidates not struck out
     * @param marks an agree/disagree ballot: each candidate's mark (one left out is NONE)
     */
    public record BallotEntryRequest(@NotBlank @Size(max = 40) String serial, @NotBlank String tellerCode,
            List<UUID> kept, Map<UUID, Mark> marks) {
    }

    /** One teller's entry of a counting group's tally (a candidate left out of votes has 0). */
    public record GroupTallyRequest(@NotBlank @Size(max = 40) String groupCode, @NotBlank String tellerCode,
            @NotNull Integer ballots, @NotNull Integer valid, @NotNull Integer invalid, Map<UUID, Integer> votes) {
    }

    /**
     * @param repeated true when the same teller had entered exactly this already (nothing changed)
     * @param status   where the ballot (or group) stands now
     * @param entries  the entries it has
     */
    public record EntryResponse(UUID electionId, String unit, String unitKind, String tellerCode, boolean repeated,
            UnitStatus status, int entries, int tellersPerBallot, long logSeq) {
    }

    /** A teller's entry as the mismatch list shows it (the content as entered, canonical). */
    public record EntryView(String tellerCode, Map<String, Object> content, String enteredBy,
            OffsetDateTime enteredAt, long logSeq) {
    }

    public record Mismatch(String unit, String unitKind, List<EntryView> entries) {
    }

    /**
     * The committee's decision on a ballot (by {@code serial}) or a group (by {@code groupCode}) whose entries
     * differ: its content (as an entry gives it), who decided and why.
     */
    public record SettlementRequest(@Size(max = 40) String serial, @Size(max = 40) String groupCode, List<UUID> kept,
            Map<UUID, Mark> marks, Integer ballots, Integer valid, Integer invalid, Map<UUID, Integer> votes,
            @NotBlank @Size(max = 200) String decidedBy, @NotBlank @Size(max = 1000) String reason) {
    }

    public record RulingRequest(@NotBlank @Size(max = 40) String serial, @NotBlank @Size(max = 200) String decidedBy,
            @NotBlank @Size(max = 1000) String reason) {
    }

    public record DecisionResponse(UUID electionId, String unit, UnitStatus status, String decidedBy, String reason,
            long logSeq) {
    }

    public record CandidateCount(UUID candidateId, String fullName, Integer position, int votes) {
    }

    /**
     * The live figures of a count (or the closed ones).
     *
     * @param finalBallots ballots (or groups) final, settled or ruled invalid
     * @param pending      entered by fewer tellers than needed
     * @param mismatches   waiting for the committee
     */
    public record CountResponse(UUID electionId, String status, String ballotKind, int seats, Integer ballotsIssued,
            Integer ballotsReturned, int tellersPerBallot, String mode, int finalBallots, int pending,
            int mismatches, int ruledInvalid, int validBallots, int invalidBallots, List<CandidateCount> candidates,
            long logRecords, String logLastHash, OffsetDateTime countClosedAt) {
    }

    public record FiguresResponse(UUID electionId, int ballotsIssued, int ballotsReturned, long logSeq) {
    }

    /** A figure in a verification: what the log gives and what is stored. */
    public record Difference(String what, String fromLog, String stored) {
    }

    /**
     * @param chainHolds  every record chains to the one before and its hash matches its content
     * @param totalsHold  the entries, the ballots' standing and the closed figures stored equal those the log gives
     * @param breaks      where the chain breaks, first first
     * @param differences each stored figure that differs from the log's
     */
    public record VerificationResponse(UUID electionId, boolean holds, boolean chainHolds, boolean totalsHold,
            long records, String lastHash, List<LogReplayRules.Break> breaks, List<Difference> differences,
            int validBallots, int invalidBallots, List<CandidateCount> candidates, String summary) {
    }
}

package vn.dangbo.emulation.award;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the awards API takes and answers. */
public final class AwardRecords {

    private AwardRecords() {
    }

    public record FormResponse(String code, String name, String awardedBy, String reservedTo, List<String> recipients,
            boolean countsTowardQuota, boolean isDefault) {

        static FormResponse of(AwardSettings.Form f) {
            return new FormResponse(f.code(), f.name(), f.awardedBy(), f.reservedTo(), f.recipients(),
                    f.countsTowardQuota(), f.isDefault());
        }
    }

    /**
     * @param formCode null: the default form
     * @param basis    the căn cứ lines of the decision; may be empty
     * @param reason   why (Điều 1); null: "đã có thành tích xuất sắc trong" the movement
     */
    public record DecisionRequest(String formCode, @NotEmpty List<@NotNull UUID> nominationIds,
            @NotNull LocalDate decidedOn, List<String> basis, String reason) {
    }

    /**
     * A decision of the bloc ({@code kind} DECISION) or, for a form reserved to a higher body, a proposal to it
     * ({@code kind} PROPOSAL, {@code proposedTo} set).
     */
    public record DecisionResponse(UUID id, String kind, UUID movementId, String formCode, String formName,
            String proposedTo, LocalDate decidedOn, List<String> basis, String reason, List<UUID> awardIds,
            Integer documentNumber, String documentSymbol, LocalDate issuedOn, String outcomeNumber,
            int awardedTowardQuota, int quota, List<String> warnings, long version) {
    }

    public record OutcomeRequest(@NotBlank String decisionNumber, @NotNull LocalDate decidedOn,
            @NotNull List<@NotNull UUID> awardedNominationIds) {
    }

    public record RevokeRequest(@NotBlank String reason) {
    }

    public record AwardResponse(UUID id, UUID movementId, String state, String stateLabel, String formCode,
            UUID decisionId, UUID proposalId, String certificateSymbol, Integer certificateNumber,
            String revokeReason, long version) {
    }

    /** A line of the award register (sổ khen thưởng). */
    public record RegisterRow(UUID awardId, String recipient, String kind, String kindLabel, UUID organisationId,
            String organisation, String formCode, String form, String awardedBy, String decisionSymbol,
            LocalDate decidedOn, String certificateSymbol, String achievement, String state, String stateLabel) {
    }

    /** A recipient of a standing award: an invitee of the anniversary meeting (part 2). */
    public record RecipientResponse(UUID awardId, String kind, String name, UUID memberId, UUID organisationId,
            String organisationName, String formCode, String form, String state) {
    }
}

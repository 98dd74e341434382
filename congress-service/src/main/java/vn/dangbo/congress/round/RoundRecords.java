package vn.dangbo.congress.round;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Requests and responses of the round API (entities never leave the service). */
public final class RoundRecords {

    private RoundRecords() {
    }

    /** A window of the plan, both days inclusive. */
    public record Window(@NotNull LocalDate from, @NotNull LocalDate to) {

        DateWindow dates() {
            return new DateWindow(from, to);
        }

        static Window of(DateWindow w) {
            return w == null ? null : new Window(w.from(), w.to());
        }
    }

    /**
     * Opens a round. The pilot (đại hội điểm) is optional: {@code pilotOrganisationId} and {@code pilotWindow}
     * together or neither.
     */
    public record OpenRoundRequest(
            @NotNull UUID conveningCommitteeId,
            @NotBlank String ruleSetId,
            @NotEmpty Map<RoundLevel, YearMonth> ageReferenceMonths,
            UUID pilotOrganisationId,
            @Valid Window pilotWindow,
            @NotNull @Valid Window cellWindow,
            @NotNull @Valid Window committeeWindow,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{4}", message = "phải có dạng 2020-2022") String cellTerm,
            @NotNull @Pattern(regexp = "\\d{4}-\\d{4}", message = "phải có dạng 2020-2025") String committeeTerm,
            String checklistId,
            String agendaId,
            LocalDate committeeDraftsDue) {
    }

    /** Sets (or moves) the date by which the committee's drafts are approved by the body above. */
    public record CommitteeDraftsDueRequest(@NotNull LocalDate committeeDraftsDue) {
    }

    public record RoundResponse(UUID id, UUID conveningCommitteeId, String conveningCommitteeName, String ruleSetId,
            Map<RoundLevel, String> ageReferenceMonths, UUID pilotOrganisationId, Window pilotWindow,
            Window cellWindow, Window committeeWindow, String cellTerm, String committeeTerm, String checklistId,
            String agendaId, LocalDate committeeDraftsDue, long version) {

        static RoundResponse of(CongressRound r, String committeeName) {
            RoundPlan plan = r.plan();
            return new RoundResponse(r.id, r.conveningCommitteeId, committeeName, r.ruleSetId,
                    new TreeMap<>(r.ageReferences()), r.pilotOrganisationId, Window.of(plan.pilotWindow()),
                    Window.of(plan.cellWindow()), Window.of(plan.committeeWindow()), r.cellTerm, r.committeeTerm,
                    r.checklistId, r.agendaId, r.committeeDraftsDue, r.version);
        }
    }
}

package vn.dangbo.congress.round;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** The round events of {@code congress.congresses.v1} (key = round id). Schema: {@code /events/schemas/<type>.json}. */
public final class RoundEvents {

    public static final String TOPIC = "congress.congresses.v1";
    public static final String OPENED = "vn.dangbo.congress.round.opened.v1";

    private RoundEvents() {
    }

    public record Window(LocalDate from, LocalDate to) {
        static Window of(DateWindow w) {
            return w == null ? null : new Window(w.from(), w.to());
        }
    }

    public record RoundState(UUID id, UUID conveningCommitteeId, String conveningCommitteeName, String ruleSetId,
            Map<String, String> ageReferenceMonths, UUID pilotOrganisationId, Window pilotWindow, Window cellWindow,
            Window committeeWindow, String cellTerm, String committeeTerm, String checklistId, String agendaId,
            LocalDate committeeDraftsDue, long version) {
    }

    public record Opened(RoundState round) {
    }
}

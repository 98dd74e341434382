package vn.dangbo.congress.round;

import java.util.UUID;

/**
 * What the schedule rules read of a round, as plain values.
 *
 * @param pilotOrganisationId the organisation holding the pilot congress (đại hội điểm), or null for a round
 *        without one (then {@code pilotWindow} is null too)
 */
public record RoundPlan(UUID id, UUID conveningCommitteeId, String ruleSetId, UUID pilotOrganisationId,
        DateWindow pilotWindow, DateWindow cellWindow, DateWindow committeeWindow, String cellTerm,
        String committeeTerm) {

    public boolean hasPilot() {
        return pilotOrganisationId != null;
    }
}

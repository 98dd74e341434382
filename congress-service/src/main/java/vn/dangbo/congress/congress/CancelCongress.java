package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressRecords.CancelCongressRequest;
import vn.dangbo.congress.round.RoundPlan;
import vn.dangbo.kit.organisation.KnownOrganisation;

/** Calls a scheduled congress off, keeping the order of its round (one use case). */
@ApplicationScoped
public class CancelCongress {

    private final CongressRepository congresses;
    private final CongressLookup lookup;
    private final CongressPublication publication;
    private final RoundPlanCheck plan;

    public CancelCongress(CongressRepository congresses, CongressLookup lookup, CongressPublication publication, RoundPlanCheck plan) {
        this.congresses = congresses;
        this.lookup = lookup;
        this.publication = publication;
        this.plan = plan;
    }

    /** Calls the congress off (its organisation may have a new one in the round); publishes cancelled.v1. */
    @Transactional
    public Congress cancel(UUID id, CancelCongressRequest request) {
        Congress congress = lookup.standing(id);
        KnownOrganisation organisation = publication.organisationOf(congress);
        RoundPlan roundPlan = plan.round(congress.roundId).plan();
        plan.lock(roundPlan, congress.organisationId);
        plan.checkCancel(roundPlan, congress);
        congress.status = CongressStatus.CANCELLED;
        congress.statusReason = request.reason();
        congresses.flush();
        publication.record(congress, organisation, CongressEvents.CANCELLED,
                state -> new CongressEvents.Cancelled(state.congress(), state.convener(), state.higherBody(),
                        congress.statusReason));
        return congress;
    }
}

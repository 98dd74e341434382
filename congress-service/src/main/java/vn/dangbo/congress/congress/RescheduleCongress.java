package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressRecords.RescheduleCongressRequest;
import vn.dangbo.congress.congress.ScheduleRules.Role;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.RoundPlan;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

/** Moves a scheduled congress to new dates, every rule of its round checked again (one use case). */
@ApplicationScoped
public class RescheduleCongress {

    private final CongressRepository congresses;
    private final CongressLookup lookup;
    private final CongressPublication publication;
    private final RoundPlanCheck plan;
    private final Event<CongressDatesSet> datesSet;

    public RescheduleCongress(CongressRepository congresses, CongressLookup lookup, CongressPublication publication, RoundPlanCheck plan, Event<CongressDatesSet> datesSet) {
        this.congresses = congresses;
        this.lookup = lookup;
        this.publication = publication;
        this.plan = plan;
        this.datesSet = datesSet;
    }

    /** Moves the congress to new dates, every rule of its round checked again; publishes rescheduled.v1. */
    @Transactional
    public Congress reschedule(UUID id, RescheduleCongressRequest request) {
        Congress congress = lookup.standing(id);
        KnownOrganisation organisation = publication.organisationOf(congress);
        OrganisationType type = CongressPublication.type(organisation);
        CongressRound round = plan.round(congress.roundId);
        CongressRules.durationProblem(plan.ruleSet(round), type, request.days()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "days");
        });
        RoundPlan roundPlan = round.plan();
        Role role = plan.role(roundPlan, organisation, type);
        plan.lock(roundPlan, organisation.id);
        plan.checkDates(roundPlan, role, organisation, congress.id, request.startDate(),
                CongressRules.endDate(request.startDate(), request.days()));
        LocalDate previousStart = congress.startDate;
        LocalDate previousEnd = congress.endDate();
        congress.startDate = request.startDate();
        congress.days = request.days();
        congress.statusReason = request.reason();
        congresses.flush();
        datesSet.fire(CongressDatesSet.of(congress, role));
        publication.record(congress, organisation, CongressEvents.RESCHEDULED,
                state -> new CongressEvents.Rescheduled(state.congress(), state.convener(), state.higherBody(),
                        previousStart, previousEnd, congress.statusReason));
        return congress;
    }
}

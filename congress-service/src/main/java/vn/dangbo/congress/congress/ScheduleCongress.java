package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.dangbo.congress.congress.CongressRecords.ScheduleCongressRequest;
import vn.dangbo.congress.congress.ScheduleRules.Role;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.RoundPlan;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/** Schedules a congress in its round, every rule of the round checked (one use case). */
@ApplicationScoped
public class ScheduleCongress {

    private static final String ONE_PER_ROUND = "congress_one_per_round";

    private final CongressRepository congresses;
    private final OrganisationDirectory organisations;
    private final AccessGuard access;
    private final RoundPlanCheck plan;
    private final CongressPublication publication;
    private final Event<CongressDatesSet> datesSet;
    private final ScheduledContent scheduledContent;

    public ScheduleCongress(CongressRepository congresses, OrganisationDirectory organisations, AccessGuard access,
            RoundPlanCheck plan, CongressPublication publication, Event<CongressDatesSet> datesSet,
            ScheduledContent scheduledContent) {
        this.congresses = congresses;
        this.organisations = organisations;
        this.access = access;
        this.plan = plan;
        this.publication = publication;
        this.datesSet = datesSet;
        this.scheduledContent = scheduledContent;
    }

    /** Schedules the congress in its round and, in the same transaction, publishes it on {@code congress.congresses.v1}. */
    @Transactional
    public Congress schedule(ScheduleCongressRequest request) {
        access.requireWriteAccess(request.organisationId());
        KnownOrganisation organisation = organisations.find(request.organisationId())
                .orElseThrow(() -> ProblemException.ruleViolated("Chưa có thông tin tổ chức đảng với mã "
                        + request.organisationId() + " (chưa nhận được từ hệ thống quản lý tổ chức đảng)",
                        "organisationId"));
        CongressRules.organisationProblem(organisation.name, organisation.status).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "organisationId");
        });
        OrganisationType type = CongressPublication.type(organisation);
        CongressRound round = plan.round(request.roundId());
        RuleSet rules = plan.ruleSet(round);
        CongressRules.kindProblem(type, request.kind()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "kind");
        });
        CongressRules.durationProblem(rules, type, request.days()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "days");
        });
        CongressRules.termProblem(request.term()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "term");
        });
        RoundPlan roundPlan = round.plan();
        Role role = plan.role(roundPlan, organisation, type);
        ScheduleRules.termProblem(roundPlan, role, request.term()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "term");
        });
        ScheduleRules.pilotMarkProblem(role, request.pilot()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "pilot");
        });
        // the round's ordering rules span several congresses: held still until commit (see RoundPlanCheck.lock)
        plan.lock(roundPlan, organisation.id);
        plan.checkDates(roundPlan, role, organisation, null, request.startDate(),
                CongressRules.endDate(request.startDate(), request.days()));
        plan.checkKind(rules, organisation, type, request.kind());

        Congress congress = new Congress();
        congress.id = UUID.randomUUID();
        congress.roundId = round.id;
        congress.organisationId = organisation.id;
        congress.kind = request.kind();
        congress.startDate = request.startDate();
        congress.days = request.days();
        congress.pilot = role == Role.PILOT;
        congress.term = request.term();
        congress.status = CongressStatus.SCHEDULED;
        persistOnePerRound(congress, organisation);
        datesSet.fire(CongressDatesSet.of(congress, role));
        ScheduledContent.Content content = scheduledContent.of(congress, organisation);
        publication.record(congress, organisation, CongressEvents.SCHEDULED,
                state -> new CongressEvents.Scheduled(state.congress(), state.convener(), state.higherBody(),
                        content.agenda(), content.attendees()));
        return congress;
    }

    private void persistOnePerRound(Congress congress, KnownOrganisation organisation) {
        try {
            congresses.persist(congress);
            congresses.flush();
        } catch (PersistenceException e) {
            // two requests for one organisation at once: the database index keeps one congress per round
            if (String.valueOf(e.getMessage()).contains(ONE_PER_ROUND) || causeMentions(e, ONE_PER_ROUND)) {
                throw ProblemException.conflict(ScheduleRules.duplicateProblem(organisation.name, true).orElseThrow());
            }
            throw e;
        }
    }

    private static boolean causeMentions(Throwable e, String text) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

}

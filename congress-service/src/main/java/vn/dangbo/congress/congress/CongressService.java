package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;
import vn.dangbo.congress.congress.CongressEvents.CongressState;
import vn.dangbo.congress.congress.CongressEvents.Convener;
import vn.dangbo.congress.congress.CongressEvents.HigherBody;
import vn.dangbo.congress.congress.CongressRecords.CancelCongressRequest;
import vn.dangbo.congress.congress.CongressRecords.RescheduleCongressRequest;
import vn.dangbo.congress.congress.CongressRecords.ScheduleCongressRequest;
import vn.dangbo.congress.congress.ScheduleRules.Role;
import vn.dangbo.congress.checklist.CongressLevel;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.RoundPlan;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

@ApplicationScoped
public class CongressService {

    private static final String ONE_PER_ROUND = "congress_one_per_round";

    private final CongressRepository congresses;
    private final OrganisationDirectory organisations;
    private final ChangeRecorder changes;
    private final AccessGuard access;
    private final RoundPlanCheck plan;
    private final Event<CongressDatesSet> datesSet;
    private final ScheduledContent scheduledContent;

    public CongressService(CongressRepository congresses, OrganisationDirectory organisations, ChangeRecorder changes,
            AccessGuard access, RoundPlanCheck plan, Event<CongressDatesSet> datesSet,
            ScheduledContent scheduledContent) {
        this.congresses = congresses;
        this.organisations = organisations;
        this.changes = changes;
        this.access = access;
        this.plan = plan;
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
        OrganisationType type = type(organisation);
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
        datesSet.fire(datesOf(congress, role));
        ScheduledContent.Content content = scheduledContent.of(congress, organisation);
        record(congress, organisation, CongressEvents.SCHEDULED,
                state -> new CongressEvents.Scheduled(state.congress, state.convener, state.higherBody,
                        content.agenda(), content.attendees()));
        return congress;
    }

    /** Moves the congress to new dates, every rule of its round checked again; publishes rescheduled.v1. */
    @Transactional
    public Congress reschedule(UUID id, RescheduleCongressRequest request) {
        Congress congress = standing(id);
        KnownOrganisation organisation = organisationOf(congress);
        OrganisationType type = type(organisation);
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
        datesSet.fire(datesOf(congress, role));
        record(congress, organisation, CongressEvents.RESCHEDULED,
                state -> new CongressEvents.Rescheduled(state.congress, state.convener, state.higherBody,
                        previousStart, previousEnd, congress.statusReason));
        return congress;
    }

    /** Calls the congress off (its organisation may have a new one in the round); publishes cancelled.v1. */
    @Transactional
    public Congress cancel(UUID id, CancelCongressRequest request) {
        Congress congress = standing(id);
        KnownOrganisation organisation = organisationOf(congress);
        RoundPlan roundPlan = plan.round(congress.roundId).plan();
        plan.lock(roundPlan, congress.organisationId);
        plan.checkCancel(roundPlan, congress);
        congress.status = CongressStatus.CANCELLED;
        congress.statusReason = request.reason();
        congresses.flush();
        record(congress, organisation, CongressEvents.CANCELLED,
                state -> new CongressEvents.Cancelled(state.congress, state.convener, state.higherBody,
                        congress.statusReason));
        return congress;
    }

    /** Records that the congress took place (from its first day on); publishes held.v1. */
    @Transactional
    public Congress held(UUID id, LocalDate today) {
        Congress congress = standing(id);
        KnownOrganisation organisation = organisationOf(congress);
        CongressRules.heldProblem(congress.startDate, today).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, null);
        });
        congress.status = CongressStatus.HELD;
        congresses.flush();
        record(congress, organisation, CongressEvents.HELD,
                state -> new CongressEvents.Held(state.congress, state.convener, state.higherBody));
        return congress;
    }

    public Congress get(UUID id) {
        return congresses.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + id));
    }

    /** The name of the congress's organisation, as last published by the registry. */
    public String organisationName(Congress congress) {
        return organisations.find(congress.organisationId).map(o -> o.name).orElse(null);
    }

    /** A congress that may still be moved or called off, by a caller allowed to change its organisation. */
    private Congress standing(UUID id) {
        Congress congress = get(id);
        access.requireWriteAccess(congress.organisationId);
        if (congress.status != CongressStatus.SCHEDULED) {
            throw ProblemException.conflict("Đại hội " + id + (congress.status == CongressStatus.HELD
                    ? " đã tiến hành" : " đã hủy") + ", không dời lịch, hủy hoặc ghi nhận lại được");
        }
        if (congress.roundId == null) {
            throw ProblemException.conflict("Đại hội " + id + " được lên lịch trước khi có đợt đại hội; "
                    + "không dời lịch hoặc hủy được qua đợt đại hội");
        }
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

    private static CongressDatesSet datesOf(Congress congress, Role role) {
        return new CongressDatesSet(congress.id, congress.roundId,
                role == Role.COMMITTEE ? CongressLevel.COMMITTEE : CongressLevel.CELL, congress.startDate,
                congress.endDate());
    }

    /** The congress as published, with the organisation that convenes it and that one's higher body. */
    private record Parties(CongressState congress, Convener convener, HigherBody higherBody) {
    }

    private void record(Congress congress, KnownOrganisation organisation, String type,
            Function<Parties, Object> data) {
        OrganisationType organisationType = type(organisation);
        KnownOrganisation convener = CongressRules.convenedByParent(organisationType) ? parentOf(organisation)
                : organisation;
        KnownOrganisation higherBody = convener.parentId == null ? null : parentOf(convener);
        changes.record(Change.of(congress.id).event(CongressEvents.TOPIC, type, () -> data.apply(new Parties(
                new CongressState(congress.id, congress.roundId, organisation.id, organisation.name,
                        organisation.type, congress.kind.name(), congress.startDate, congress.endDate(),
                        congress.days, congress.pilot, congress.term, congress.version),
                new Convener(convener.id, convener.name, convener.shortCode, convener.type),
                higherBody == null ? null : new HigherBody(higherBody.id, higherBody.name)))));
    }

    private KnownOrganisation organisationOf(Congress congress) {
        return organisations.find(congress.organisationId).orElseThrow(() -> ProblemException.conflict(
                "Chưa có thông tin tổ chức đảng với mã " + congress.organisationId));
    }

    private static OrganisationType type(KnownOrganisation organisation) {
        return OrganisationType.parse(organisation.type).orElseThrow(
                () -> ProblemException.ruleViolated("Loại tổ chức " + organisation.type + " chưa được hỗ trợ",
                        "organisationId"));
    }

    private KnownOrganisation parentOf(KnownOrganisation organisation) {
        if (organisation.parentId == null) {
            throw ProblemException.ruleViolated(organisation.name + " không có tổ chức cấp trên", "organisationId");
        }
        return organisations.find(organisation.parentId).orElseThrow(() -> ProblemException.ruleViolated(
                "Chưa có thông tin tổ chức cấp trên của " + organisation.name
                        + " (chưa nhận được từ hệ thống quản lý tổ chức đảng)", "organisationId"));
    }
}

package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.congress.congress.ScheduleRules.Role;
import vn.dangbo.congress.congress.ScheduleRules.Slot;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.RoundPlan;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

/**
 * Reads what the {@link ScheduleRules} need of a round (its plan, the congresses standing in it, the committee's
 * cells, the member count) and turns their answers into problems naming the field.
 */
@ApplicationScoped
public class RoundPlanCheck {

    private final RoundService rounds;
    private final CongressRepository congresses;
    private final OrganisationDirectory organisations;
    private final MemberRollRepository roll;
    private final RuleSetCatalogue ruleSets;

    public RoundPlanCheck(RoundService rounds, CongressRepository congresses, OrganisationDirectory organisations,
            MemberRollRepository roll, RuleSetCatalogue ruleSets) {
        this.rounds = rounds;
        this.congresses = congresses;
        this.organisations = organisations;
        this.roll = roll;
        this.ruleSets = ruleSets;
    }

    /** The round named by a request. */
    public CongressRound round(UUID roundId) {
        return rounds.find(roundId).orElseThrow(() -> ProblemException.ruleViolated(
                "Không có đợt đại hội với mã " + roundId, "roundId"));
    }

    public RuleSet ruleSet(CongressRound round) {
        return ruleSets.get(round.ruleSetId);
    }

    /**
     * The organisation's part in the round.
     *
     * @throws ProblemException when the round holds no congress of it
     */
    public Role role(RoundPlan plan, KnownOrganisation organisation, OrganisationType type) {
        boolean below = organisations.contains(plan.conveningCommitteeId(), organisation.id);
        return ScheduleRules.role(plan, organisation.id, type, below).orElseThrow(() -> ProblemException.ruleViolated(
                ScheduleRules.notInRound(organisation.name, name(plan.conveningCommitteeId())), "organisationId"));
    }

    /**
     * Every rule of the round for a congress of {@code organisation} from {@code start} to {@code end}.
     *
     * @param self the congress being moved, or null for a new one (it does not count against itself)
     */
    public void checkDates(RoundPlan plan, Role role, KnownOrganisation organisation, UUID self, LocalDate start,
            LocalDate end) {
        refuse(ScheduleRules.windowProblem(plan, role, start, end), "startDate");
        List<Congress> standing = congresses.standingInRound(plan.id()).stream()
                .filter(c -> !c.id.equals(self)).toList();
        refuse(ScheduleRules.duplicateProblem(organisation.name,
                standing.stream().anyMatch(c -> c.organisationId.equals(organisation.id))), "organisationId");
        List<Slot> cells = standing.stream().filter(c -> !c.organisationId.equals(plan.conveningCommitteeId()))
                .map(this::slot).toList();
        Optional<Slot> pilot = cells.stream().filter(s -> s.organisationId().equals(plan.pilotOrganisationId()))
                .findFirst();
        Optional<Slot> committee = standing.stream()
                .filter(c -> c.organisationId.equals(plan.conveningCommitteeId())).findFirst().map(this::slot);
        refuse(ScheduleRules.afterPilotProblem(plan, role, pilot, start), "startDate");
        refuse(ScheduleRules.pilotFirstProblem(role, cells, end), "startDate");
        refuse(ScheduleRules.beforeCommitteeProblem(role, committee, end), "startDate");
        if (role == Role.COMMITTEE) {
            Set<UUID> withCongress = cells.stream().map(Slot::organisationId).collect(Collectors.toSet());
            List<String> without = cellsOf(plan.conveningCommitteeId()).stream()
                    .filter(o -> !withCongress.contains(o.id)).map(o -> o.name).toList();
            refuse(ScheduleRules.afterCellsProblem(role, without, cells, start), "startDate");
        }
    }

    /** The kind the member count gives (a cell: always all-member). */
    public void checkKind(RuleSet rules, KnownOrganisation organisation, OrganisationType type, CongressKind kind) {
        refuse(ScheduleRules.kindProblem(rules, type, roll.countInSubtree(organisation), kind), "kind");
    }

    /**
     * A cancellation keeps the order of the round: the pilot is not called off while other cells' congresses
     * stand on it, nor a cell's while the committee's stands after it.
     */
    public void checkCancel(RoundPlan plan, Congress congress) {
        List<Congress> others = congresses.standingInRound(plan.id()).stream()
                .filter(c -> !c.id.equals(congress.id)).toList();
        boolean committeeStands = others.stream().anyMatch(c -> c.organisationId.equals(plan.conveningCommitteeId()));
        if (!congress.organisationId.equals(plan.conveningCommitteeId()) && committeeStands) {
            throw ProblemException.ruleViolated("Đại hội đảng bộ đã được lên lịch sau đại hội chi bộ này; "
                    + "hủy hoặc dời đại hội đảng bộ trước", null);
        }
        if (congress.organisationId.equals(plan.pilotOrganisationId()) && !others.isEmpty()) {
            throw ProblemException.ruleViolated("Các chi bộ khác đã lên lịch đại hội sau đại hội điểm; "
                    + "hủy các đại hội đó trước khi hủy đại hội điểm", null);
        }
    }

    /** The active cells below the committee (at any depth). */
    private List<KnownOrganisation> cellsOf(UUID committeeId) {
        List<KnownOrganisation> cells = new ArrayList<>();
        Deque<UUID> pending = new ArrayDeque<>(List.of(committeeId));
        while (!pending.isEmpty()) {
            for (KnownOrganisation child : organisations.children(pending.pop())) {
                if (!"ACTIVE".equals(child.status)) {
                    continue;
                }
                if (OrganisationType.parse(child.type).map(OrganisationType::holdsMembers).orElse(false)) {
                    cells.add(child);
                } else {
                    pending.push(child.id);
                }
            }
        }
        return cells;
    }

    private Slot slot(Congress c) {
        return new Slot(c.organisationId, name(c.organisationId), c.startDate, c.endDate());
    }

    private String name(UUID organisationId) {
        return organisations.find(organisationId).map(o -> o.name).orElse(organisationId.toString());
    }

    private static void refuse(Optional<String> problem, String field) {
        problem.ifPresent(p -> {
            throw ProblemException.ruleViolated(p, field);
        });
    }
}

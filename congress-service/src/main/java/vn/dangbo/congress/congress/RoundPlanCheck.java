package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
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
 * Reads what the {@link ScheduleRules} need of a round (its plan, the congresses that bound the proposed dates, the
 * lower organisations still without a congress, the member count) with targeted queries ({@link RoundReads}) and
 * turns the rules' answers into problems naming the field.
 */
@ApplicationScoped
public class RoundPlanCheck {

    private final RoundService rounds;
    private final RoundReads reads;
    private final OrganisationDirectory organisations;
    private final MemberRollRepository roll;
    private final RuleSetCatalogue ruleSets;

    public RoundPlanCheck(RoundService rounds, RoundReads reads, OrganisationDirectory organisations,
            MemberRollRepository roll, RuleSetCatalogue ruleSets) {
        this.rounds = rounds;
        this.reads = reads;
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
     * The organisation's part in the round: the committee, or one of the nearest congress-holding organisations
     * below it (its path names the organisations between).
     *
     * @throws ProblemException when the round holds no congress of it
     */
    public Role role(RoundPlan plan, KnownOrganisation organisation, OrganisationType type) {
        List<UUID> path = pathIds(organisation.path);
        int committeeAt = path.indexOf(plan.conveningCommitteeId());
        boolean below = committeeAt >= 0 && !organisation.id.equals(plan.conveningCommitteeId());
        List<OrganisationType> between = below
                ? reads.typesOf(path.subList(committeeAt + 1, Math.max(committeeAt + 1, path.size() - 1)))
                : List.of();
        return ScheduleRules.role(plan, organisation.id, type, below, between).orElseThrow(
                () -> ProblemException.ruleViolated(
                        ScheduleRules.notInRound(organisation.name, name(plan.conveningCommitteeId())),
                        "organisationId"));
    }

    /**
     * Holds the round still for the rest of the transaction, before its congresses are read. The unique index keeps
     * one congress per organisation, but the ordering rules (the pilot before the others, the committee after all)
     * span several rows that no constraint can see: without the lock, a pilot moved later and a cell scheduled early,
     * or the committee scheduled while a cell's congress is cancelled, could each read the other's old state and both
     * commit. A congress that orders the round takes the lock exclusively; the others take it shared, since two of
     * them have no rule between them and a national round schedules thousands at once.
     */
    public void lock(RoundPlan plan, UUID organisationId) {
        reads.lock(plan.id(), ScheduleRules.ordersTheRound(plan, organisationId));
    }

    /**
     * Every rule of the round for a congress of {@code organisation} from {@code start} to {@code end}.
     *
     * @param self the congress being moved, or null for a new one (it does not count against itself)
     */
    public void checkDates(RoundPlan plan, Role role, KnownOrganisation organisation, UUID self, LocalDate start,
            LocalDate end) {
        refuse(ScheduleRules.windowProblem(plan, role, start, end), "startDate");
        UUID committeeId = plan.conveningCommitteeId();
        // the organisation's own congress, the pilot's and the committee's: one read
        Map<UUID, Slot> bounds = reads.congressesOf(plan.id(), Stream.of(organisation.id, plan.pilotOrganisationId(),
                committeeId).filter(Objects::nonNull).distinct().toList(), self);
        refuse(ScheduleRules.duplicateProblem(organisation.name, bounds.containsKey(organisation.id)),
                "organisationId");
        if (role == Role.CELL && plan.hasPilot()) {
            refuse(ScheduleRules.afterPilotProblem(plan, role,
                    Optional.ofNullable(bounds.get(plan.pilotOrganisationId())), start), "startDate");
        }
        if (role == Role.PILOT) {
            refuse(ScheduleRules.pilotFirstProblem(role, reads.firstLower(plan.id(), committeeId, self), end),
                    "startDate");
        }
        if (role != Role.COMMITTEE) {
            refuse(ScheduleRules.beforeCommitteeProblem(role, Optional.ofNullable(bounds.get(committeeId)), end),
                    "startDate");
        } else {
            refuse(ScheduleRules.afterCellsProblem(role, reads.withoutCongress(plan.id(), committeeId),
                    reads.lastLower(plan.id(), committeeId, self), start), "startDate");
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
        boolean committeeStands = reads.congressOf(plan.id(), plan.conveningCommitteeId(), congress.id).isPresent();
        if (!congress.organisationId.equals(plan.conveningCommitteeId()) && committeeStands) {
            throw ProblemException.ruleViolated("Đại hội đảng bộ đã được lên lịch sau đại hội chi bộ này; "
                    + "hủy hoặc dời đại hội đảng bộ trước", null);
        }
        if (congress.organisationId.equals(plan.pilotOrganisationId()) && reads.anyOther(plan.id(), congress.id)) {
            throw ProblemException.ruleViolated("Các chi bộ khác đã lên lịch đại hội sau đại hội điểm; "
                    + "hủy các đại hội đó trước khi hủy đại hội điểm", null);
        }
    }

    /** The ids of a materialised path {@code /root/.../id/}, from the root. */
    static List<UUID> pathIds(String path) {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).map(UUID::fromString).toList();
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

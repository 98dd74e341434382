package vn.dangbo.congress.congress;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.congress.agenda.AgendaCatalogue;
import vn.dangbo.congress.agenda.AgendaItem;
import vn.dangbo.congress.agenda.AgendaPlan;
import vn.dangbo.congress.agenda.AgendaRules;
import vn.dangbo.congress.checklist.CongressLevel;
import vn.dangbo.congress.congress.ScheduleRules.Role;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.congress.round.CongressRound;
import vn.dangbo.congress.round.RoundPlan;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

/**
 * A congress' agenda, derived from its round's agenda file and the congress, never typed in: the convening
 * committee's congress takes every item; a cell's drops the delegation's election when its committee holds an
 * all-member congress ({@link AgendaRules}).
 */
@ApplicationScoped
public class CongressAgenda {

    private final RoundPlanCheck plan;
    private final CongressRepository congresses;
    private final OrganisationDirectory organisations;
    private final MemberRollRepository roll;
    private final AgendaCatalogue agendas;

    public CongressAgenda(RoundPlanCheck plan, CongressRepository congresses, OrganisationDirectory organisations,
            MemberRollRepository roll, AgendaCatalogue agendas) {
        this.plan = plan;
        this.congresses = congresses;
        this.organisations = organisations;
        this.roll = roll;
        this.agendas = agendas;
    }

    /**
     * @param committeeKind         the kind of the convening committee's congress the cell's agenda depends on
     * @param committeeKindExpected true when the committee's congress is not scheduled yet and its kind is the one
     *                              its member count gives
     */
    public record Agenda(String agendaId, CongressLevel level, CongressKind committeeKind,
            boolean committeeKindExpected, List<AgendaItem> items) {
    }

    /** The agenda of a stored congress; 404 for an unknown one. */
    public Agenda of(UUID congressId) {
        Congress congress = congresses.findByIdOptional(congressId)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + congressId));
        KnownOrganisation organisation = organisations.find(congress.organisationId).orElseThrow(() ->
                ProblemException.conflict("Chưa có thông tin tổ chức đảng với mã " + congress.organisationId));
        return of(congress, organisation);
    }

    public Agenda of(Congress congress, KnownOrganisation organisation) {
        if (congress.roundId == null) {
            throw ProblemException.conflict("Đại hội " + congress.id + " được lên lịch trước khi có đợt đại hội; "
                    + "chương trình nghị sự được lập theo kế hoạch của đợt đại hội");
        }
        CongressRound round = plan.round(congress.roundId);
        AgendaPlan agenda = agendas.find(round.agendaId).orElseThrow(() -> new IllegalStateException(
                "round " + round.id + " follows agenda " + round.agendaId + ", which is not shipped"));
        RoundPlan roundPlan = round.plan();
        OrganisationType type = OrganisationType.parse(organisation.type).orElseThrow(() -> ProblemException.conflict(
                "Loại tổ chức " + organisation.type + " chưa được hỗ trợ"));
        Role role = plan.role(roundPlan, organisation, type);
        if (role == Role.COMMITTEE) {
            return new Agenda(agenda.id(), CongressLevel.COMMITTEE, congress.kind, false,
                    AgendaRules.itemsFor(agenda, CongressLevel.COMMITTEE, congress.kind == CongressKind.ALL_MEMBER));
        }
        Optional<Congress> committeeCongress = congresses.standingOf(roundPlan.id(), roundPlan.conveningCommitteeId());
        CongressKind committeeKind = committeeCongress.map(c -> c.kind)
                .orElseGet(() -> expectedCommitteeKind(round, roundPlan));
        return new Agenda(agenda.id(), CongressLevel.CELL, committeeKind, committeeCongress.isEmpty(),
                AgendaRules.itemsFor(agenda, CongressLevel.CELL, committeeKind == CongressKind.ALL_MEMBER));
    }

    /**
     * The committee's congress comes after all its cells' (the round's order), so a cell's agenda is usually decided
     * before it exists: it will have the kind its member count gives under the round's rule set (from the threshold
     * on a delegate congress), which the schedule rules then enforce on it.
     */
    private CongressKind expectedCommitteeKind(CongressRound round, RoundPlan roundPlan) {
        KnownOrganisation committee = organisations.find(roundPlan.conveningCommitteeId())
                .orElseThrow(() -> ProblemException.conflict("Chưa có thông tin tổ chức đảng với mã "
                        + roundPlan.conveningCommitteeId()));
        OrganisationType committeeType = OrganisationType.parse(committee.type).orElseThrow(
                () -> ProblemException.conflict("Loại tổ chức " + committee.type + " chưa được hỗ trợ"));
        RuleSet rules = plan.ruleSet(round);
        // up to the threshold only: a national committee's whole count would read millions of rows per cell
        long members = roll.countInSubtreeUpTo(committee, rules.congresses().delegateCongressFromMembers());
        return ScheduleRules.requiredKind(rules, committeeType, members);
    }
}

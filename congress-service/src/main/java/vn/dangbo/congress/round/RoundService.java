package vn.dangbo.congress.round;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import vn.dangbo.congress.round.RoundRecords.OpenRoundRequest;
import vn.dangbo.congress.agenda.AgendaCatalogue;
import vn.dangbo.congress.checklist.ChecklistCatalogue;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

@ApplicationScoped
public class RoundService {

    private final CongressRoundRepository rounds;
    private final OrganisationDirectory organisations;
    private final ChangeRecorder changes;
    private final AccessGuard access;
    private final RuleSetCatalogue ruleSets;
    private final ChecklistCatalogue checklists;
    private final AgendaCatalogue agendas;
    private final Event<CommitteeDraftsDueSet> draftsDueSet;

    public RoundService(CongressRoundRepository rounds, OrganisationDirectory organisations, ChangeRecorder changes,
            AccessGuard access, RuleSetCatalogue ruleSets, ChecklistCatalogue checklists, AgendaCatalogue agendas,
            Event<CommitteeDraftsDueSet> draftsDueSet) {
        this.rounds = rounds;
        this.organisations = organisations;
        this.changes = changes;
        this.access = access;
        this.ruleSets = ruleSets;
        this.checklists = checklists;
        this.agendas = agendas;
        this.draftsDueSet = draftsDueSet;
    }

    /** Opens the round and, in the same transaction, publishes it on {@code congress.congresses.v1}. */
    @Transactional
    public CongressRound open(OpenRoundRequest request) {
        access.requireWriteAccess(request.conveningCommitteeId());
        KnownOrganisation committee = known(request.conveningCommitteeId(), "conveningCommitteeId");
        OrganisationType committeeType = OrganisationType.parse(committee.type).orElse(OrganisationType.CELL);
        if (committeeType.holdsMembers() || !"ACTIVE".equals(committee.status)) {
            throw ProblemException.ruleViolated(committee.name + " không triệu tập đợt đại hội: đợt đại hội do một "
                    + "đảng bộ đang hoạt động triệu tập cho đảng bộ và các chi bộ trực thuộc", "conveningCommitteeId");
        }
        refuse(RoundRules.ruleSetProblem(request.ruleSetId(), ruleSets.all().stream().map(RuleSet::id).toList()),
                "ruleSetId");
        refuse(RoundRules.ageReferenceProblem(request.ageReferenceMonths()), "ageReferenceMonths");
        DateWindow pilotWindow = request.pilotWindow() == null ? null : request.pilotWindow().dates();
        refuse(RoundRules.pilotProblem(request.pilotOrganisationId(), pilotWindow), "pilotOrganisationId");
        if (request.pilotOrganisationId() != null) {
            KnownOrganisation pilot = known(request.pilotOrganisationId(), "pilotOrganisationId");
            boolean cell = OrganisationType.parse(pilot.type).map(OrganisationType::holdsMembers).orElse(false);
            if (!cell || !organisations.contains(committee.id, pilot.id) || committee.id.equals(pilot.id)) {
                throw ProblemException.ruleViolated("Đại hội điểm phải là đại hội của một chi bộ thuộc "
                        + committee.name + "; " + pilot.name + " không phải", "pilotOrganisationId");
            }
            refuse(RoundRules.windowProblem("đại hội điểm", pilotWindow), "pilotWindow");
        }
        DateWindow cells = request.cellWindow().dates();
        DateWindow committeeWindow = request.committeeWindow().dates();
        refuse(RoundRules.windowProblem("đại hội các chi bộ", cells), "cellWindow");
        refuse(RoundRules.windowProblem("đại hội đảng bộ", committeeWindow), "committeeWindow");
        if (pilotWindow != null) {
            refuse(RoundRules.pilotOrderProblem(pilotWindow, cells), "pilotWindow");
        }
        refuse(RoundRules.committeeOrderProblem(cells, committeeWindow), "committeeWindow");
        refuse(RoundRules.termProblem(request.cellTerm()), "cellTerm");
        refuse(RoundRules.termProblem(request.committeeTerm()), "committeeTerm");
        String checklistId = request.checklistId() == null ? checklists.defaultId() : request.checklistId();
        refuse(RoundRules.planFileProblem("danh mục văn kiện", checklistId, checklists.ids()), "checklistId");
        String agendaId = request.agendaId() == null ? agendas.defaultId() : request.agendaId();
        refuse(RoundRules.planFileProblem("chương trình nghị sự", agendaId, agendas.ids()), "agendaId");
        refuse(RoundRules.committeeDraftsDueProblem(request.committeeDraftsDue(), committeeWindow),
                "committeeDraftsDue");

        CongressRound round = new CongressRound();
        round.id = UUID.randomUUID();
        round.conveningCommitteeId = committee.id;
        round.ruleSetId = request.ruleSetId();
        request.ageReferenceMonths().forEach((level, month) -> round.ageReferenceMonths.put(level, month.toString()));
        round.pilotOrganisationId = request.pilotOrganisationId();
        round.pilotFrom = pilotWindow == null ? null : pilotWindow.from();
        round.pilotTo = pilotWindow == null ? null : pilotWindow.to();
        round.cellsFrom = cells.from();
        round.cellsTo = cells.to();
        round.committeeFrom = committeeWindow.from();
        round.committeeTo = committeeWindow.to();
        round.cellTerm = request.cellTerm();
        round.committeeTerm = request.committeeTerm();
        round.checklistId = checklistId;
        round.agendaId = agendaId;
        round.committeeDraftsDue = request.committeeDraftsDue();
        rounds.persist(round);
        changes.record(Change.of(round.id).event(RoundEvents.TOPIC, RoundEvents.OPENED,
                () -> new RoundEvents.Opened(state(round, committee.name))));
        return round;
    }

    /**
     * Sets or moves the date by which the body above approves the committee's drafts; the committee congress'
     * deadlines anchored on it move with it (observers of {@link CommitteeDraftsDueSet}, same transaction).
     */
    @Transactional
    public CongressRound setCommitteeDraftsDue(UUID id, LocalDate due) {
        CongressRound round = get(id);
        access.requireWriteAccess(round.conveningCommitteeId);
        refuse(RoundRules.committeeDraftsDueProblem(due, round.plan().committeeWindow()), "committeeDraftsDue");
        round.committeeDraftsDue = due;
        rounds.flush();
        draftsDueSet.fire(new CommitteeDraftsDueSet(round.id, due));
        return round;
    }

    public CongressRound get(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Không có đợt đại hội với mã " + id));
    }

    public Optional<CongressRound> find(UUID id) {
        return rounds.findByIdOptional(id);
    }

    /** The rounds, the newest plan first. */
    public List<CongressRound> list() {
        return rounds.list("order by committeeFrom desc, id");
    }

    public String committeeName(CongressRound round) {
        return organisations.find(round.conveningCommitteeId).map(o -> o.name).orElse(null);
    }

    private static RoundEvents.RoundState state(CongressRound r, String committeeName) {
        RoundPlan plan = r.plan();
        Map<String, String> months = new TreeMap<>();
        r.ageReferenceMonths.forEach((level, month) -> months.put(level.name(), month));
        return new RoundEvents.RoundState(r.id, r.conveningCommitteeId, committeeName, r.ruleSetId, months,
                r.pilotOrganisationId, RoundEvents.Window.of(plan.pilotWindow()),
                RoundEvents.Window.of(plan.cellWindow()), RoundEvents.Window.of(plan.committeeWindow()), r.cellTerm,
                r.committeeTerm, r.checklistId, r.agendaId, r.committeeDraftsDue, r.version);
    }

    private KnownOrganisation known(UUID id, String field) {
        return organisations.find(id).orElseThrow(() -> ProblemException.ruleViolated("Chưa có thông tin tổ chức "
                + "đảng với mã " + id + " (chưa nhận được từ hệ thống quản lý tổ chức đảng)", field));
    }

    private static void refuse(Optional<String> problem, String field) {
        problem.ifPresent(p -> {
            throw ProblemException.ruleViolated(p, field);
        });
    }
}

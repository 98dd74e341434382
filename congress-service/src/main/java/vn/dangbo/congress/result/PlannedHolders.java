package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressLookup;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionOpening;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.result.ResultRecords.HigherDirectionRequest;
import vn.dangbo.congress.result.ResultRecords.PersonnelPlanRequest;
import vn.dangbo.congress.result.ResultRecords.PlannedHolder;
import vn.dangbo.congress.result.ResultRecords.PlannedHolderView;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The convening committee's planned secretary, deputy and inspection chair: when one is not elected to the
 * committee (the inspection chair: nor to the commission), the post's next ballot waits for the higher committee's
 * direction (hướng dẫn 26-HD/BTCTW), which is recorded here with its number and text.
 */
@ApplicationScoped
public class PlannedHolders {

    static final Set<Office> PLANNED = EnumSet.of(Office.SECRETARY, Office.DEPUTY_SECRETARY, Office.INSPECTION_CHAIR);
    private static final Set<Office> COMMITTEES = EnumSet.of(Office.CELL_COMMITTEE, Office.PARTY_COMMITTEE);

    private final PersonnelPlanRepository plans;
    private final CongressLookup congresses;
    private final AccessGuard access;

    public PlannedHolders(PersonnelPlanRepository plans, CongressLookup congresses, AccessGuard access) {
        this.plans = plans;
        this.congresses = congresses;
        this.access = access;
    }

    /** Records who the plan names (replacing an earlier plan's names; a recorded wait or direction stays). */
    @Transactional
    public List<PlannedHolderView> plan(UUID congressId, PersonnelPlanRequest request) {
        Congress congress = congresses.get(congressId);
        access.requireWriteAccess(congress.organisationId);
        for (PlannedHolder holder : request.holders()) {
            Office office = plannedOffice(holder.office(), "holders.office");
            PersonnelPlan plan = plans.find(congressId, office).orElseGet(() -> {
                PersonnelPlan created = new PersonnelPlan();
                created.id = new PersonnelPlan.Key(congressId, office);
                return created;
            });
            if (plan.awaitingSinceElectionId != null && !plan.memberId.equals(holder.memberId())) {
                throw ProblemException.conflict("Đồng chí " + plan.fullName + " (dự kiến " + office.title()
                        + ") đã không trúng cử; đề án nhân sự chỉ thay đổi theo chỉ đạo của cấp ủy cấp trên");
            }
            plan.memberId = holder.memberId();
            plan.fullName = holder.fullName().strip();
            plans.persist(plan);
        }
        return views(congressId);
    }

    public List<PlannedHolderView> views(UUID congressId) {
        return plans.ofCongress(congressId).stream().map(PlannedHolders::view).toList();
    }

    /**
     * Marks the planned holders this committee (or commission) election did not elect: their post waits.
     *
     * @return the notes the result carries, in Vietnamese
     */
    List<String> failedIn(Election election, List<Candidate> list) {
        boolean committee = COMMITTEES.contains(election.office);
        if (!committee && election.office != Office.INSPECTION_COMMISSION) {
            return List.of();
        }
        List<String> notes = new ArrayList<>();
        for (PersonnelPlan plan : plans.ofCongress(election.congressId)) {
            if (!committee && plan.id.office() != Office.INSPECTION_CHAIR) {
                continue;
            }
            boolean failed = list.stream().anyMatch(c -> c.memberId.equals(plan.memberId)
                    && ResultRules.Outcome.NOT_ELECTED.name().equals(c.outcome));
            if (failed && plan.awaitingSinceElectionId == null) {
                plan.awaitingSinceElectionId = election.id;
                notes.add("Đồng chí " + plan.fullName + " (dự kiến " + plan.id.office().title()
                        + ") không trúng cử " + election.office.title() + ": việc bầu " + plan.id.office().title()
                        + " chờ ý kiến chỉ đạo của cấp ủy cấp trên");
            }
        }
        return notes;
    }

    /** Refuses a new ballot for a post that waits for the higher committee's direction. */
    /** Refuses to open an election of a post waiting for the higher committee's direction, whatever opens it. */
    void onOpening(@Observes ElectionOpening opening) {
        requireNotAwaiting(opening.congressId(), opening.office());
    }

    public void requireNotAwaiting(UUID congressId, Office office) {
        plans.find(congressId, office).filter(PersonnelPlan::awaitingDirection).ifPresent(plan -> {
            throw ProblemException.conflict("Việc bầu " + office.title() + " đang chờ ý kiến chỉ đạo của cấp ủy cấp "
                    + "trên (đồng chí " + plan.fullName + ", dự kiến " + office.title() + ", không trúng cử)");
        });
    }

    /** Whether a post of the congress still waits for the higher committee's direction. */
    public boolean anyAwaiting(UUID congressId) {
        return plans.ofCongress(congressId).stream().anyMatch(PersonnelPlan::awaitingDirection);
    }

    @Transactional
    public PlannedHolderView recordDirection(UUID congressId, HigherDirectionRequest request) {
        Congress congress = congresses.get(congressId);
        access.requireWriteAccess(congress.organisationId);
        Office office = plannedOffice(request.office(), "office");
        PersonnelPlan plan = plans.find(congressId, office).filter(p -> p.awaitingSinceElectionId != null)
                .orElseThrow(() -> ProblemException.ruleViolated("Việc bầu " + office.title()
                        + " của đại hội này không chờ ý kiến chỉ đạo của cấp ủy cấp trên", "office"));
        if (plan.directionRecordedAt != null) {
            throw ProblemException.conflict("Ý kiến chỉ đạo số " + plan.directionNumber + " về việc bầu "
                    + office.title() + " đã được ghi nhận");
        }
        plan.directionNumber = request.number().strip();
        plan.directionText = request.text().strip();
        plan.directedOn = request.directedOn();
        plan.directionRecordedBy = access.actor();
        plan.directionRecordedAt = OffsetDateTime.now();
        return view(plan);
    }

    private static Office plannedOffice(String value, String field) {
        try {
            Office office = Office.valueOf(value);
            if (PLANNED.contains(office)) {
                return office;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal
        }
        throw ProblemException.ruleViolated("Đề án nhân sự chỉ dự kiến Bí thư (SECRETARY), Phó Bí thư "
                + "(DEPUTY_SECRETARY) và Chủ nhiệm Ủy ban Kiểm tra (INSPECTION_CHAIR); không có " + value, field);
    }

    private static PlannedHolderView view(PersonnelPlan plan) {
        return new PlannedHolderView(plan.id.office().name(), plan.memberId, plan.fullName, plan.awaitingDirection(),
                plan.awaitingSinceElectionId, plan.directionNumber, plan.directionText, plan.directedOn,
                plan.directionRecordedBy);
    }
}

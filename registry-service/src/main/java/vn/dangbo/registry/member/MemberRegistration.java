package vn.dangbo.registry.member;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.MemberRecords.AdmissionRequest;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.organisation.Organisation;

/**
 * A member enters the list: a record from the handbook (registration, with its history of admission and full
 * membership) or a new admission (kết nạp). The history starts here; the member row holds the state derived
 * from it. A file of many members is checked here row by row and written by {@link MemberBulkWriter}.
 */
@ApplicationScoped
public class MemberRegistration {

    private final MemberRepository members;
    private final Cells cells;
    private final MemberChanges changes;
    private final AccessGuard access;

    public MemberRegistration(MemberRepository members, Cells cells, MemberChanges changes, AccessGuard access) {
        this.members = members;
        this.cells = cells;
        this.changes = changes;
        this.access = access;
    }

    @Transactional
    public Member register(RegisterMemberRequest request) {
        access.requireWriteAccess(request.organisationId());
        String actor = access.actor();
        Member member = enter(UUID.randomUUID(), request, actor, null);
        changes.record(member, MemberEvents.REGISTERED, () -> registered(member), "REGISTERED", null, actor);
        return member;
    }

    /** Kết nạp: a new probationary member (age 18-60 on the admission day). */
    @Transactional
    public Member admit(AdmissionRequest request) {
        access.requireWriteAccess(request.organisationId());
        String actor = access.actor();
        String decision = nfcStripped(request.decisionReference());
        Member member = enter(UUID.randomUUID(), request.asRegistration(), actor, decision);
        changes.record(member, MemberEvents.ADMITTED, () -> new MemberEvents.StepTaken(MemberEvents.state(member),
                request.admittedOn(), decision, null, request.organisationId()), "ADMITTED", null, actor);
        return member;
    }

    /**
     * Every rule a registration breaks (organisation, age, probation, party card), without stopping at the first.
     * The caller looks up the organisation ({@code null} when there is none with that id) and whether the party
     * card is held already, so a file of many rows asks the database once per batch, not per row.
     */
    public List<FieldError> registrationProblems(RegisterMemberRequest request, Organisation organisation,
            boolean partyCardTaken) {
        List<FieldError> problems = new ArrayList<>();
        Cells.cellProblem(organisation, "organisationId").ifPresent(problems::add);
        MembershipRules.admissionAgeProblem(request.birth(), request.admittedOn())
                .ifPresent(p -> problems.add(new FieldError("admittedOn", p)));
        if (request.fullMemberOn() != null) {
            MembershipRules.fullMembershipProblem(request.admittedOn(), request.fullMemberOn())
                    .ifPresent(p -> problems.add(new FieldError("fullMemberOn", p)));
        }
        if (partyCardTaken) {
            problems.add(new FieldError("partyCardNumber", "số thẻ đảng đã được cấp cho đảng viên khác"));
        }
        return problems;
    }

    /** The members with these national IDs, by national ID. */
    public Map<String, Member> byNationalIds(Collection<String> nationalIds) {
        Map<String, Member> found = new HashMap<>();
        for (Member m : members.byNationalIds(nationalIds)) {
            found.put(m.nationalId, m);
        }
        return found;
    }

    /** Those of the party card numbers already given to a member. */
    public Set<String> partyCardsTaken(Collection<String> partyCardNumbers) {
        return members.partyCardsTaken(partyCardNumbers);
    }

    /** The member row and the start of their history, once the rules allow it; the caller records the change. */
    private Member enter(UUID id, RegisterMemberRequest request, String actor, String decisionReference) {
        Organisation organisation = cells.cell(request.organisationId(), "organisationId");
        MembershipRules.admissionAgeProblem(request.birth(), request.admittedOn()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "admittedOn");
        });
        if (request.fullMemberOn() != null) {
            MembershipRules.fullMembershipProblem(request.admittedOn(), request.fullMemberOn()).ifPresent(problem -> {
                throw ProblemException.ruleViolated(problem, "fullMemberOn");
            });
        }
        if (members.nationalIdTaken(request.nationalId())) {
            throw ProblemException.conflict("Số CCCD " + request.nationalId() + " đã có trong danh sách đảng viên");
        }
        if (members.partyCardTaken(request.partyCardNumber())) {
            throw ProblemException.conflict("Số thẻ đảng " + request.partyCardNumber() + " đã được cấp cho đảng viên khác");
        }
        Member member = newMember(id, request);
        member.organisationPath = organisation.path;
        List<MemberLifecycle.Step> steps = registrationSteps(request);
        members.persist(member);
        members.flush(); // the history rows (identity keys, inserted at once) refer to the member row
        for (int i = 0; i < steps.size(); i++) {
            members.record(MemberHistoryEntry.of(member.id, steps.get(i), i == 0 ? decisionReference : null, actor));
        }
        return member;
    }

    private static MemberEvents.Registered registered(Member member) {
        return new MemberEvents.Registered(MemberEvents.state(member));
    }

    /** A member as registered by the request, with the state its admission (and full membership) gives. */
    static Member newMember(UUID id, RegisterMemberRequest request) {
        Member member = new Member();
        member.id = id;
        member.nationalId = request.nationalId();
        member.admittedOn = request.admittedOn();
        for (RecordField<?> field : RecordField.ALL) {
            field.copy(request, member);
        }
        MemberLifecycle.Snapshot state = null;
        for (MemberLifecycle.Step step : registrationSteps(request)) {
            state = MemberLifecycle.apply(state, step);
        }
        member.take(state);
        return member;
    }

    /** The history a registration starts: the admission, and the full membership when the record has it. */
    static List<MemberLifecycle.Step> registrationSteps(RegisterMemberRequest request) {
        List<MemberLifecycle.Step> steps = new ArrayList<>(2);
        steps.add(new MemberLifecycle.Step(LifecycleStep.ADMITTED, request.admittedOn(), request.organisationId(),
                null));
        if (request.fullMemberOn() != null) {
            steps.add(new MemberLifecycle.Step(LifecycleStep.MADE_FULL, request.fullMemberOn(),
                    request.organisationId(), null));
        }
        return steps;
    }
}

package vn.dangbo.registry.member;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.MemberRecords.LifecycleStepRequest;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;
import vn.dangbo.registry.member.MemberRecords.MoveToCellRequest;
import vn.dangbo.registry.organisation.MemberTransfers;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationQueries;
import vn.dangbo.registry.web.Preconditions;

/**
 * The steps of a member's life in the party after admission: full membership, transfer, temporary attachment
 * and its end, exemption and its end, leaving the list (removal, expulsion, death). Each step is appended to the
 * member's history (member_event), whose rules are {@link MemberLifecycle}; the member row takes the state it
 * gives, and the change is recorded with its event. A merger of organisations transfers its members here too.
 */
@ApplicationScoped
public class LifecycleSteps implements MemberTransfers {

    private final MemberRepository members;
    private final MemberQueries queries;
    private final OrganisationQueries organisations;
    private final Cells cells;
    private final MemberChanges changes;
    private final AccessGuard access;

    public LifecycleSteps(MemberRepository members, MemberQueries queries, OrganisationQueries organisations,
            Cells cells, MemberChanges changes, AccessGuard access) {
        this.members = members;
        this.queries = queries;
        this.organisations = organisations;
        this.cells = cells;
        this.changes = changes;
        this.access = access;
    }

    @Transactional
    public Member makeFull(UUID id, Long expectedVersion, LifecycleStepRequest request) {
        Member member = writable(id, expectedVersion);
        return take(member, LifecycleStep.MADE_FULL, request.effectiveDate(), request.decisionReference(),
                member.organisationId, member.attachedTo);
    }

    /** Chuyển sinh hoạt đảng chính thức: the member's cell changes, the history keeps the old one. */
    @Transactional
    public Member transfer(UUID id, Long expectedVersion, MoveToCellRequest request) {
        Member member = writable(id, expectedVersion);
        Organisation target = cells.cell(request.toOrganisationId(), "toOrganisationId");
        return take(member, LifecycleStep.TRANSFERRED, request.effectiveDate(), request.decisionReference(),
                target.id, null);
    }

    /** Sinh hoạt đảng tạm thời: the member takes part elsewhere but stays on the home cell's list. */
    @Transactional
    public Member attach(UUID id, Long expectedVersion, MoveToCellRequest request) {
        Member member = writable(id, expectedVersion);
        Organisation target = cells.cell(request.toOrganisationId(), "toOrganisationId");
        return take(member, LifecycleStep.ATTACHED, request.effectiveDate(), request.decisionReference(),
                member.organisationId, target.id);
    }

    /** A step that names no other cell: end of attachment, exemption and its end, leaving the list. */
    @Transactional
    public Member step(UUID id, Long expectedVersion, LifecycleStep kind, LifecycleStepRequest request) {
        Member member = writable(id, expectedVersion);
        UUID attachedTo = kind == LifecycleStep.ATTACHMENT_ENDED || kind.leaves() ? null : member.attachedTo;
        return take(member, kind, request.effectiveDate(), request.decisionReference(), member.organisationId,
                attachedTo);
    }

    @Override
    public long activeMembersIn(UUID organisationId) {
        return members.activeIn(organisationId);
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public int transferAll(UUID from, UUID to, LocalDate effectiveDate, String decisionReference) {
        List<Member> moving = members.inOrganisation(from);
        for (Member member : moving) {
            take(member, LifecycleStep.TRANSFERRED, effectiveDate, decisionReference, to, null);
        }
        return moving.size();
    }

    private Member take(Member member, LifecycleStep kind, LocalDate effectiveDate, String decisionReference,
            UUID organisationId, UUID attachedTo) {
        MemberResponse before = MemberResponse.of(member, true);
        UUID fromOrganisation = member.organisationId;
        List<MemberLifecycle.Step> history = members.history(member.id).stream().map(MemberHistoryEntry::step)
                .toList();
        MemberLifecycle.Snapshot current = MemberLifecycle.asOf(history, LocalDate.MAX);
        MemberLifecycle.Step step = new MemberLifecycle.Step(kind, effectiveDate, organisationId, attachedTo);
        MemberLifecycle.refusal(current, step).ifPresent(refusal -> {
            throw ProblemException.ruleViolated(member.fullName + ": " + refusal.message(), refusal.field());
        });
        member.take(MemberLifecycle.apply(current, step));
        if (!member.organisationId.equals(fromOrganisation)) {
            member.organisationPath = organisations.get(member.organisationId).path;
        }
        String decision = nfcStripped(decisionReference);
        endPositionsLeftBehind(member, kind, effectiveDate, decision);
        String actor = access.actor();
        members.record(MemberHistoryEntry.of(member.id, step, decision, actor));
        changes.record(member, MemberEvents.typeOf(kind, true), () -> kind == LifecycleStep.MADE_FULL
                ? new MemberEvents.MadeFull(MemberEvents.state(member), effectiveDate, decision)
                : new MemberEvents.StepTaken(MemberEvents.state(member), effectiveDate, decision,
                        kind == LifecycleStep.TRANSFERRED || kind == LifecycleStep.ATTACHED ? fromOrganisation : null,
                        kind == LifecycleStep.TRANSFERRED ? organisationId
                                : kind == LifecycleStep.ATTACHED ? attachedTo : null),
                kind.name(), before, actor);
        return member;
    }

    /**
     * A member who leaves the list holds no position from that day; one transferred out of a body's organisation
     * no longer belongs to that body (cấp ủy viên chuyển sinh hoạt ra khỏi đảng bộ thì thôi tham gia cấp ủy).
     * The positions end on the step's day, with its decision, and the step's event carries them ended.
     */
    private void endPositionsLeftBehind(Member member, LifecycleStep kind, LocalDate effectiveDate, String decision) {
        if (!kind.leaves() && kind != LifecycleStep.TRANSFERRED) {
            return;
        }
        String cellPath = kind == LifecycleStep.TRANSFERRED ? organisations.get(member.organisationId).path : null;
        for (MemberPosition position : member.positions) {
            if (!position.current()) {
                continue;
            }
            if (cellPath != null && cellPath.startsWith(organisations.get(position.organisationId).path)) {
                continue; // the new cell is still inside the body's organisation
            }
            position.endedOn = position.startedOn.isAfter(effectiveDate) ? position.startedOn : effectiveDate;
            position.endDecisionReference = decision;
        }
    }

    /** A member still on the list whom the caller may change, at the version the caller read (if given). */
    private Member writable(UUID id, Long expectedVersion) {
        Member member = queries.get(id);
        access.requireWriteAccess(member.organisationId);
        Preconditions.requireCurrent(expectedVersion, member.version);
        return member;
    }
}

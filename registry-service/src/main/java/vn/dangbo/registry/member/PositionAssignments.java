package vn.dangbo.registry.member;

import static vn.dangbo.kit.text.VietnameseText.nfcStripped;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.Problem.FieldError;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.MemberRecords.AssignPositionRequest;
import vn.dangbo.registry.member.MemberRecords.EndPositionRequest;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationQueries;
import vn.dangbo.registry.organisation.OrganisationStatus;
import vn.dangbo.registry.web.Preconditions;

/**
 * Chức vụ Đảng: positions in party bodies (secretary, deputy, committee member...) given to members and ended.
 * The rules are {@link PositionRules}; the member's version goes up, as their public state changes.
 */
@ApplicationScoped
public class PositionAssignments {

    private final MemberRepository members;
    private final MemberQueries queries;
    private final OrganisationQueries organisations;
    private final MemberChanges changes;
    private final AccessGuard access;

    public PositionAssignments(MemberRepository members, MemberQueries queries, OrganisationQueries organisations,
            MemberChanges changes, AccessGuard access) {
        this.members = members;
        this.queries = queries;
        this.organisations = organisations;
        this.changes = changes;
        this.access = access;
    }

    /** Gives the member a position in a party body (an officer: a body of their subtree). */
    @Transactional
    public Member assignPosition(UUID id, Long expectedVersion, AssignPositionRequest request) {
        Member member = queries.get(id);
        Organisation body = body(request.organisationId());
        access.requireWriteAccess(body.id);
        Preconditions.requireCurrent(expectedVersion, member.version);
        MemberResponse before = MemberResponse.of(member, true);
        EntityManager em = members.getEntityManager();
        // one assignment per body at a time, so two requests cannot both pass the one-secretary rule
        em.lock(body, LockModeType.PESSIMISTIC_WRITE);
        em.lock(member, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        refusal(member, body, request.role(), request.startedOn(), request.endedOn(), LocalDate.now())
                .ifPresent(refusal -> {
                    throw problem(refusal);
                });
        MemberPosition position = add(member, body, request.role(), request.startedOn(), request.endedOn(),
                nfcStripped(request.decisionReference()), access.actor());
        changes.record(member, MemberEvents.POSITION_ASSIGNED, () -> new MemberEvents.PositionChanged(
                MemberEvents.state(member), MemberEvents.Position.of(position), position.decisionReference),
                "POSITION_ASSIGNED", before, access.actor());
        return member;
    }

    /**
     * The first rule of {@link PositionRules} the member would break by holding the role in the body over
     * [startedOn, endedOn), given their state on the first day and the body's other positions.
     */
    Optional<PositionRules.Refusal> refusal(Member member, Organisation body, PositionRole role, LocalDate startedOn,
            LocalDate endedOn, LocalDate today) {
        List<MemberLifecycle.Step> history = members.history(member.id).stream().map(MemberHistoryEntry::step).toList();
        MemberLifecycle.Snapshot atStart = MemberLifecycle.asOf(history, startedOn);
        boolean inBody = atStart != null && organisations.get(atStart.organisationId()).path.startsWith(body.path);
        PositionRules.Holder holder = new PositionRules.Holder(member.fullName, member.admittedOn, atStart, inBody,
                member.standing, member.leftOn);
        List<PositionRules.Held> secretaries = role == PositionRole.SECRETARY
                ? members.positionsIn(body.id, PositionRole.SECRETARY).stream().map(MemberPosition::held).toList()
                : List.of();
        return PositionRules.assignmentProblem(role, bodyOf(body), startedOn, endedOn, today, holder,
                member.positions.stream().map(MemberPosition::held).toList(), secretaries);
    }

    /** Stores a position the rules allowed; the caller locked the body and the member and records the change. */
    MemberPosition add(Member member, Organisation body, PositionRole role, LocalDate startedOn, LocalDate endedOn,
            String decisionReference, String actor) {
        MemberPosition position = new MemberPosition();
        position.id = UUID.randomUUID();
        position.member = member;
        position.organisationId = body.id;
        position.role = role;
        position.startedOn = startedOn;
        position.endedOn = endedOn;
        position.decisionReference = decisionReference;
        position.recordedAt = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        position.recordedBy = actor;
        members.getEntityManager().persist(position);
        member.positions.add(position);
        return position;
    }

    /** Ends a position the member holds, on the given day (an officer: a body of their subtree). */
    @Transactional
    public Member endPosition(UUID id, UUID positionId, Long expectedVersion, EndPositionRequest request) {
        Member member = queries.get(id);
        MemberPosition position = member.positions.stream().filter(p -> p.id.equals(positionId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Đồng chí " + member.fullName
                        + " không có chức vụ với mã " + positionId));
        access.requireWriteAccess(position.organisationId);
        Preconditions.requireCurrent(expectedVersion, member.version);
        MemberResponse before = MemberResponse.of(member, true);
        members.getEntityManager().lock(member, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        PositionRules.endingProblem(position.held(), request.endedOn(), LocalDate.now()).ifPresent(refusal -> {
            throw problem(refusal);
        });
        position.endedOn = request.endedOn();
        position.endDecisionReference = nfcStripped(request.decisionReference());
        changes.record(member, MemberEvents.POSITION_ENDED, () -> new MemberEvents.PositionChanged(
                MemberEvents.state(member), MemberEvents.Position.of(position), position.endDecisionReference),
                "POSITION_ENDED", before, access.actor());
        return member;
    }

    /** The party body of a position: any organisation of the tree (its state is checked by the rules). */
    private Organisation body(UUID id) {
        try {
            return organisations.get(id);
        } catch (ProblemException e) {
            throw ProblemException.ruleViolated("Không có tổ chức đảng với mã " + id, "organisationId");
        }
    }

    static PositionRules.Body bodyOf(Organisation organisation) {
        return new PositionRules.Body(organisation.id, organisation.name, organisation.type,
                organisation.status == OrganisationStatus.ACTIVE);
    }

    private static ProblemException problem(PositionRules.Refusal refusal) {
        return switch (refusal.kind()) {
            case INVALID -> ProblemException.invalid(refusal.field(), refusal.message());
            case RULE -> ProblemException.ruleViolated(refusal.message(), refusal.field());
            case CONFLICT -> new ProblemException(409, "conflict", "Xung đột dữ liệu", refusal.message(),
                    refusal.field() == null ? List.of() : List.of(new FieldError(refusal.field(), refusal.message())));
        };
    }
}

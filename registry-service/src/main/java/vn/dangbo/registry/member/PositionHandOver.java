package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationQueries;

/**
 * The positions an approved election gives (chuẩn y kết quả bầu cử): from the day the approval takes effect, the
 * elected hold them and the previous holders of the same roles in the same bodies no longer do
 * ({@link PositionRules#endedByApproval}). The same rules as a position recorded by hand; what breaks one is reported
 * back, never thrown, so one unknown or departed member does not hold up the rest of the committee.
 *
 * <p>Each member touched gets one change (one event, one version, one audit entry) carrying all their positions: a
 * subscriber that keeps the latest version of a member, like congress-service's roll, would drop a second event
 * of the same version.
 */
@ApplicationScoped
public class PositionHandOver {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final MemberRepository members;
    private final OrganisationQueries organisations;
    private final PositionAssignments assignments;
    private final MemberChanges changes;

    public PositionHandOver(MemberRepository members, OrganisationQueries organisations,
            PositionAssignments assignments, MemberChanges changes) {
        this.members = members;
        this.organisations = organisations;
        this.assignments = assignments;
        this.changes = changes;
    }

    /** One position the approval gives; {@code role} as the approving side names it (a registry role name). */
    public record Appointment(UUID memberId, String fullName, UUID organisationId, String role) {
    }

    /**
     * @param decisionReference the approval decision, recorded on every position begun and ended
     * @param effectiveOn       the approval's day: the first day of the new positions and the first day the
     *                          previous holders no longer hold theirs
     * @param actor             who the change is recorded for (the approving service)
     */
    public record Approval(String decisionReference, LocalDate effectiveOn, String actor,
            List<Appointment> appointments) {
    }

    /** A position that could not be given or ended, and why (Vietnamese, for the office to settle). */
    public record Problem(UUID memberId, String fullName, UUID organisationId, String role, String message) {
    }

    /**
     * @param assigned    positions begun
     * @param ended       previous holders' positions ended
     * @param alreadyHeld positions the elected already held from the approval's day (the approval applied before)
     */
    public record Outcome(int assigned, int ended, int alreadyHeld, List<Problem> problems) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(Approval approval) {
        List<Problem> problems = new ArrayList<>();
        Map<UUID, Organisation> bodies = bodies(approval.appointments(), problems);
        List<Seated> seated = new ArrayList<>();
        for (Appointment a : approval.appointments()) {
            PositionRole role = role(a, problems);
            if (role != null && bodies.containsKey(a.organisationId())) {
                seated.add(new Seated(a, bodies.get(a.organisationId()), role));
            }
        }
        Set<PositionRules.Seat> seats = new LinkedHashSet<>();
        seated.forEach(s -> seats.add(new PositionRules.Seat(s.body().id, s.role())));

        List<MemberPosition> previous = previous(bodies.keySet(), seats, approval.effectiveOn());
        Map<UUID, Touched> touched = touched(previous, seated, problems);

        // the decision is dated in Vietnam: a server on UTC must not find this morning's approval in the future
        LocalDate today = LocalDate.now(VIETNAM);
        int ended = 0;
        for (MemberPosition position : previous) {
            Touched member = touched.get(position.member.id);
            var refusal = PositionRules.endingProblem(position.held(), approval.effectiveOn(), today);
            if (refusal.isPresent()) {
                problems.add(problem(position.member, bodies.get(position.organisationId), position.role,
                        "chưa kết thúc", refusal.get().message()));
                continue;
            }
            position.endedOn = approval.effectiveOn();
            position.endDecisionReference = approval.decisionReference();
            member.ended().add(position);
            ended++;
        }
        // the previous secretary's end reaches the database before the successor's row (one current secretary)
        members.getEntityManager().flush();

        int assigned = 0;
        int alreadyHeld = 0;
        for (Seated s : seated) {
            Touched member = touched.get(s.appointment().memberId());
            if (member == null) {
                continue; // unknown to the registry: reported by touched()
            }
            Member m = member.member();
            if (PositionRules.heldFrom(new PositionRules.Seat(s.body().id, s.role()), approval.effectiveOn(),
                    m.positions.stream().map(MemberPosition::held).toList())) {
                alreadyHeld++;
                continue;
            }
            var refusal = assignments.refusal(m, s.body(), s.role(), approval.effectiveOn(), null, today);
            if (refusal.isPresent()) {
                problems.add(problem(m, s.body(), s.role(), "chưa được giao", refusal.get().message()));
                continue;
            }
            member.assigned().add(assignments.add(m, s.body(), s.role(), approval.effectiveOn(), null,
                    approval.decisionReference(), approval.actor()));
            assigned++;
        }

        for (Touched member : touched.values()) {
            record(member, approval);
        }
        return new Outcome(assigned, ended, alreadyHeld, List.copyOf(problems));
    }

    /** An appointment whose role and body are known. */
    private record Seated(Appointment appointment, Organisation body, PositionRole role) {
    }

    /** A member the approval changes, as they were before it, and what it changed. */
    private record Touched(Member member, MemberResponse before, List<MemberPosition> ended,
            List<MemberPosition> assigned) {
    }

    /** The bodies named, locked in a fixed order (as a position recorded by hand locks its body first). */
    private Map<UUID, Organisation> bodies(List<Appointment> appointments, List<Problem> problems) {
        Map<UUID, Organisation> bodies = new TreeMap<>();
        for (Appointment a : appointments) {
            if (bodies.containsKey(a.organisationId())) {
                continue;
            }
            try {
                bodies.put(a.organisationId(), organisations.get(a.organisationId()));
            } catch (ProblemException unknown) {
                bodies.put(a.organisationId(), null);
            }
        }
        for (Appointment a : appointments) {
            if (bodies.get(a.organisationId()) == null) {
                problems.add(new Problem(a.memberId(), a.fullName(), a.organisationId(), a.role(),
                        "Chức vụ của đồng chí " + a.fullName() + " chưa được giao: không có tổ chức đảng với mã "
                                + a.organisationId()));
            }
        }
        bodies.values().removeIf(java.util.Objects::isNull);
        EntityManager em = members.getEntityManager();
        bodies.values().forEach(body -> em.lock(body, LockModeType.PESSIMISTIC_WRITE));
        return bodies;
    }

    private static PositionRole role(Appointment a, List<Problem> problems) {
        try {
            return PositionRole.valueOf(a.role());
        } catch (IllegalArgumentException | NullPointerException unknown) {
            problems.add(new Problem(a.memberId(), a.fullName(), a.organisationId(), a.role(),
                    "Chức vụ " + a.role() + " (đồng chí " + a.fullName() + ") không có trong sổ đảng viên"));
            return null;
        }
    }

    /** The positions the approval ends: held now in a seat it fills, begun before it takes effect. */
    private List<MemberPosition> previous(Set<UUID> bodyIds, Set<PositionRules.Seat> seats, LocalDate effectiveOn) {
        if (bodyIds.isEmpty()) {
            return List.of();
        }
        List<MemberPosition> current = members.currentPositionsIn(bodyIds);
        Set<UUID> ending = new LinkedHashSet<>();
        PositionRules.endedByApproval(seats, effectiveOn, current.stream().map(MemberPosition::held).toList())
                .forEach(held -> ending.add(held.id()));
        return current.stream().filter(p -> ending.contains(p.id)).toList();
    }

    /**
     * Every member the approval changes (previous holders and the elected the registry knows), locked in a fixed
     * order, with their state before it for the audit.
     */
    private Map<UUID, Touched> touched(List<MemberPosition> previous, List<Seated> seated, List<Problem> problems) {
        Map<UUID, Member> found = new TreeMap<>();
        previous.forEach(p -> found.put(p.member.id, p.member));
        Set<UUID> reported = new LinkedHashSet<>();
        for (Seated s : seated) {
            UUID id = s.appointment().memberId();
            if (found.containsKey(id)) {
                continue;
            }
            Member member = members.findById(id);
            if (member != null) {
                found.put(id, member);
            } else if (reported.add(id)) {
                problems.add(new Problem(id, s.appointment().fullName(), s.body().id, s.role().name(),
                        "Chức vụ " + s.role().label() + " của " + s.body().name + " (đồng chí "
                                + s.appointment().fullName() + ") chưa được giao: không có đảng viên với mã " + id
                                + " trong sổ đảng viên"));
            }
        }
        Map<UUID, Touched> touched = new LinkedHashMap<>();
        EntityManager em = members.getEntityManager();
        for (Member member : found.values()) {
            em.lock(member, LockModeType.PESSIMISTIC_WRITE);
            touched.put(member.id, new Touched(member, MemberResponse.of(member, true), new ArrayList<>(),
                    new ArrayList<>()));
        }
        return touched;
    }

    /** One change per member: assigned when they gained a position, else ended; the version rises once. */
    private void record(Touched touched, Approval approval) {
        if (touched.ended().isEmpty() && touched.assigned().isEmpty()) {
            return;
        }
        Member member = touched.member();
        members.getEntityManager().lock(member, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        boolean gained = !touched.assigned().isEmpty();
        MemberPosition named = mostSenior(gained ? touched.assigned() : touched.ended());
        String type = gained ? MemberEvents.POSITION_ASSIGNED : MemberEvents.POSITION_ENDED;
        changes.record(member, type, () -> new MemberEvents.PositionChanged(MemberEvents.state(member),
                MemberEvents.Position.of(named), approval.decisionReference()),
                gained ? "POSITION_ASSIGNED" : "POSITION_ENDED", touched.before(), approval.actor());
    }

    /** The position an event names for a member given several at once. */
    private static MemberPosition mostSenior(List<MemberPosition> positions) {
        return positions.stream().min(Comparator.comparing((MemberPosition p) -> p.role, PositionRole.BY_SENIORITY))
                .orElseThrow();
    }

    /** "Chức vụ bí thư của Chi bộ I (đồng chí ...) chưa được giao: <the rule's reason>". */
    private static Problem problem(Member member, Organisation body, PositionRole role, String what, String reason) {
        return new Problem(member.id, member.fullName, body.id, role.name(), "Chức vụ " + role.label() + " của "
                + body.name + " (đồng chí " + member.fullName + ") " + what + ": " + reason);
    }
}

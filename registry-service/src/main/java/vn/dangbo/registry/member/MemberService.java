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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.kit.messaging.Outbox;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.audit.AuditTrail;
import vn.dangbo.registry.member.MemberRecords.AdmissionRequest;
import vn.dangbo.registry.member.MemberRecords.AssignPositionRequest;
import vn.dangbo.registry.member.MemberRecords.EndPositionRequest;
import vn.dangbo.registry.member.MemberRecords.LifecycleStepRequest;
import vn.dangbo.registry.member.MemberRecords.MemberResponse;
import vn.dangbo.registry.member.MemberRecords.MoveToCellRequest;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.organisation.MemberTransfers;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationService;
import vn.dangbo.registry.organisation.OrganisationStatus;
import vn.dangbo.registry.web.Preconditions;

/**
 * Every change of a member is a step appended to their history (member_event); the member row holds the
 * state derived from that history, for queries. Each step publishes the member's state in the same
 * transaction.
 */
@ApplicationScoped
public class MemberService implements MemberTransfers {

    /** Who recorded the steps of the demo data and other loads that run without a user. */
    public static final String SYSTEM = "system";

    private final MemberRepository members;
    private final OrganisationService organisations;
    private final Outbox outbox;
    private final AccessGuard access;
    private final AuditTrail audit;

    public MemberService(MemberRepository members, OrganisationService organisations, Outbox outbox,
            AccessGuard access, AuditTrail audit) {
        this.members = members;
        this.organisations = organisations;
        this.outbox = outbox;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public Member register(RegisterMemberRequest request) {
        access.requireWriteAccess(request.organisationId());
        Member member = register(UUID.randomUUID(), request, true, access.actor(), null, false);
        audit.record(AuditTrail.MEMBER, member.id, "REGISTERED", null, MemberResponse.of(member, true));
        return member;
    }

    /** Kết nạp: a new probationary member (age 18-60 on the admission day). */
    @Transactional
    public Member admit(AdmissionRequest request) {
        access.requireWriteAccess(request.organisationId());
        Member member = register(UUID.randomUUID(), request.asRegistration(), true, access.actor(),
                nfcStripped(request.decisionReference()), true);
        audit.record(AuditTrail.MEMBER, member.id, "ADMITTED", null, MemberResponse.of(member, true));
        return member;
    }

    /** Also used by the demo data loader; {@code checkUnique} off when the caller guarantees it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member register(UUID id, RegisterMemberRequest request, boolean checkUnique) {
        return register(id, request, checkUnique, SYSTEM, null, false);
    }

    /**
     * Every rule a registration breaks (organisation, age, probation, party card), without stopping at the first.
     * The caller looks up the organisation ({@code null} when there is none with that id) and whether the party
     * card is held already, so a file of many rows asks the database once per batch, not per row.
     */
    public List<vn.dangbo.kit.web.Problem.FieldError> registrationProblems(RegisterMemberRequest request,
            Organisation organisation, boolean partyCardTaken) {
        List<vn.dangbo.kit.web.Problem.FieldError> problems = new ArrayList<>();
        cellProblem(organisation, "organisationId").ifPresent(problems::add);
        MembershipRules.admissionAgeProblem(request.birth(), request.admittedOn())
                .ifPresent(p -> problems.add(new vn.dangbo.kit.web.Problem.FieldError("admittedOn", p)));
        if (request.fullMemberOn() != null) {
            MembershipRules.fullMembershipProblem(request.admittedOn(), request.fullMemberOn())
                    .ifPresent(p -> problems.add(new vn.dangbo.kit.web.Problem.FieldError("fullMemberOn", p)));
        }
        if (partyCardTaken) {
            problems.add(new vn.dangbo.kit.web.Problem.FieldError("partyCardNumber",
                    "số thẻ đảng đã được cấp cho đảng viên khác"));
        }
        return problems;
    }

    /** The members with these national IDs, by national ID. */
    public Map<String, Member> byNationalIds(java.util.Collection<String> nationalIds) {
        Map<String, Member> found = new HashMap<>();
        for (Member m : members.byNationalIds(nationalIds)) {
            found.put(m.nationalId, m);
        }
        return found;
    }

    /** Those of the party card numbers already given to a member. */
    public Set<String> partyCardsTaken(java.util.Collection<String> partyCardNumbers) {
        return members.partyCardsTaken(partyCardNumbers);
    }

    /**
     * What a registration row would do to the member with its national ID: the record fields it changes
     * (alphabetical) and the problems that refuse it. Only the fields of {@code columns} (those the file has)
     * count; the lifecycle data (organisation, admission and full-membership dates) is never changed this way,
     * so a row that differs there is refused with the lifecycle step to use instead.
     */
    public record RecordChange(List<String> changedFields, List<vn.dangbo.kit.web.Problem.FieldError> problems) {
    }

    public RecordChange recordChange(Member stored, RegisterMemberRequest request, Set<String> columns) {
        List<vn.dangbo.kit.web.Problem.FieldError> problems = new ArrayList<>();
        if (!stored.organisationId.equals(request.organisationId())) {
            problems.add(new vn.dangbo.kit.web.Problem.FieldError("organisationId",
                    "Đảng viên đã ở tổ chức khác; dùng thủ tục chuyển sinh hoạt"));
        }
        if (!stored.admittedOn.equals(request.admittedOn())) {
            problems.add(new vn.dangbo.kit.web.Problem.FieldError("admittedOn", "ngày vào Đảng khác với hồ sơ ("
                    + stored.admittedOn + "); nhập tệp không sửa dữ liệu quá trình sinh hoạt đảng"));
        }
        if (columns.contains("fullMemberOn") && !java.util.Objects.equals(stored.fullMemberOn, request.fullMemberOn())) {
            problems.add(new vn.dangbo.kit.web.Problem.FieldError("fullMemberOn", stored.fullMemberOn == null
                    ? "Đảng viên còn dự bị trong hồ sơ; dùng thủ tục công nhận đảng viên chính thức"
                    : "ngày chính thức khác với hồ sơ (" + stored.fullMemberOn
                            + "); nhập tệp không sửa dữ liệu quá trình sinh hoạt đảng"));
        }
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Object[]> field : recordValues(stored, request).entrySet()) {
            boolean inFile = columns.contains(field.getKey());
            if (inFile && !java.util.Objects.equals(field.getValue()[0], field.getValue()[1])) {
                changed.add(field.getKey());
            }
        }
        if (changed.contains("birthDate")) {
            MembershipRules.admissionAgeProblem(request.birth(), stored.admittedOn)
                    .ifPresent(p -> problems.add(new vn.dangbo.kit.web.Problem.FieldError("birthDate", p)));
        }
        if (changed.contains("partyCardNumber")
                && members.partyCardTakenByOther(request.partyCardNumber(), stored.id)) {
            problems.add(new vn.dangbo.kit.web.Problem.FieldError("partyCardNumber",
                    "số thẻ đảng đã được cấp cho đảng viên khác"));
        }
        return new RecordChange(changed, problems);
    }

    /**
     * Each record field: {stored, as the row gives it (normalised as stored)}, in alphabetical order. The birth
     * date compares with its precision (a full date replacing a month-only one is a change); the education parts
     * are fields of their own, named as the file's columns.
     */
    private static Map<String, Object[]> recordValues(Member m, RegisterMemberRequest r) {
        Map<String, Object[]> values = new java.util.TreeMap<>();
        Education education = education(r);
        values.put("birthDate", new Object[] {m.birth(), r.birth()});
        values.put("ethnicity", new Object[] {m.ethnicity, nfcStripped(r.ethnicity())});
        values.put("fullName", new Object[] {m.fullName, nfcStripped(r.fullName())});
        values.put("generalEducation", new Object[] {m.generalEducation, education.generalEducation()});
        values.put("jobTitle", new Object[] {m.jobTitle, nfcStripped(r.jobTitle())});
        values.put("politicalTheory", new Object[] {m.politicalTheory, education.politicalTheory()});
        values.put("professionalQualification",
                new Object[] {m.professionalQualification, education.professionalQualification()});
        values.put("partyCardNumber", new Object[] {m.partyCardNumber, r.partyCardNumber()});
        values.put("phone", new Object[] {m.phone, r.phone()});
        values.put("religion", new Object[] {m.religion, nfcStripped(r.religion())});
        values.put("sex", new Object[] {m.sex, r.sex()});
        values.put("workplace", new Object[] {m.workplace, nfcStripped(r.workplace())});
        return values;
    }

    /**
     * Updates the record of the member with the row's national ID on behalf of {@code actor} (an import job):
     * the changed fields only, with the updated event and the audit entry; nothing when nothing changed.
     *
     * @return the fields changed (empty when the row matches the record)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> updateRecordFor(String actor, RegisterMemberRequest request, Set<String> columns) {
        Member member = members.byNationalId(request.nationalId()).orElseThrow(() -> ProblemException.notFound(
                "Không có đảng viên với số CCCD " + request.nationalId()));
        RecordChange change = recordChange(member, request, columns);
        if (!change.problems().isEmpty()) {
            vn.dangbo.kit.web.Problem.FieldError first = change.problems().get(0);
            throw ProblemException.ruleViolated(member.fullName + ": " + first.message(), first.field());
        }
        if (change.changedFields().isEmpty()) {
            return List.of();
        }
        MemberResponse before = MemberResponse.of(member, true);
        for (String field : change.changedFields()) {
            switch (field) {
                case "birthDate" -> member.setBirth(request.birth());
                case "ethnicity" -> member.ethnicity = nfcStripped(request.ethnicity());
                case "fullName" -> member.fullName = nfcStripped(request.fullName());
                case "generalEducation" -> member.generalEducation = education(request).generalEducation();
                case "jobTitle" -> member.jobTitle = nfcStripped(request.jobTitle());
                case "politicalTheory" -> member.politicalTheory = education(request).politicalTheory();
                case "professionalQualification" ->
                        member.professionalQualification = education(request).professionalQualification();
                case "partyCardNumber" -> member.partyCardNumber = request.partyCardNumber();
                case "phone" -> member.phone = request.phone();
                case "religion" -> member.religion = nfcStripped(request.religion());
                case "sex" -> member.sex = request.sex();
                case "workplace" -> member.workplace = nfcStripped(request.workplace());
                default -> throw new IllegalStateException("not a record field: " + field);
            }
        }
        members.flush(); // the event carries the new version
        outbox.publish(MemberEvents.TOPIC, MemberEvents.UPDATED, member.id.toString(),
                new MemberEvents.Updated(MemberEvents.state(member), change.changedFields()));
        snapshot(member);
        audit.record(AuditTrail.MEMBER, member.id, "UPDATED", before, MemberResponse.of(member, true), actor);
        return change.changedFields();
    }

    private Member register(UUID id, RegisterMemberRequest request, boolean checkUnique, String actor,
            String decisionReference, boolean explicitAdmission) {
        Organisation organisation = cell(request.organisationId(), "organisationId");
        MembershipRules.admissionAgeProblem(request.birth(), request.admittedOn()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "admittedOn");
        });
        if (request.fullMemberOn() != null) {
            MembershipRules.fullMembershipProblem(request.admittedOn(), request.fullMemberOn()).ifPresent(problem -> {
                throw ProblemException.ruleViolated(problem, "fullMemberOn");
            });
        }
        if (checkUnique && members.nationalIdTaken(request.nationalId())) {
            throw ProblemException.conflict("Số CCCD " + request.nationalId() + " đã có trong danh sách đảng viên");
        }
        if (checkUnique && members.partyCardTaken(request.partyCardNumber())) {
            throw ProblemException.conflict("Số thẻ đảng " + request.partyCardNumber() + " đã được cấp cho đảng viên khác");
        }
        Member member = newMember(id, request);
        member.organisationPath = organisation.path;
        List<MemberLifecycle.Step> steps = registrationSteps(request);
        members.persist(member);
        members.flush(); // the history rows (identity keys, inserted at once) refer to the member row
        for (int i = 0; i < steps.size(); i++) {
            members.record(entry(member.id, steps.get(i), i == 0 ? decisionReference : null, actor));
        }
        outbox.publish(MemberEvents.TOPIC, explicitAdmission ? MemberEvents.ADMITTED : MemberEvents.REGISTERED,
                member.id.toString(), explicitAdmission
                        ? new MemberEvents.StepTaken(MemberEvents.state(member), request.admittedOn(),
                                decisionReference, null, organisation.id)
                        : new MemberEvents.Registered(MemberEvents.state(member)));
        snapshot(member);
        return member;
    }

    /** A member as registered by the request, with the state its admission (and full membership) gives. */
    static Member newMember(UUID id, RegisterMemberRequest request) {
        Member member = new Member();
        member.id = id;
        member.fullName = nfcStripped(request.fullName());
        member.setBirth(request.birth());
        member.sex = request.sex();
        member.ethnicity = nfcStripped(request.ethnicity());
        member.religion = nfcStripped(request.religion());
        member.nationalId = request.nationalId();
        member.phone = request.phone();
        member.partyCardNumber = request.partyCardNumber();
        member.admittedOn = request.admittedOn();
        member.jobTitle = nfcStripped(request.jobTitle());
        member.workplace = nfcStripped(request.workplace());
        member.setEducation(request.education());
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
        Organisation target = cell(request.toOrganisationId(), "toOrganisationId");
        return take(member, LifecycleStep.TRANSFERRED, request.effectiveDate(), request.decisionReference(),
                target.id, null);
    }

    /** Sinh hoạt đảng tạm thời: the member takes part elsewhere but stays on the home cell's list. */
    @Transactional
    public Member attach(UUID id, Long expectedVersion, MoveToCellRequest request) {
        Member member = writable(id, expectedVersion);
        Organisation target = cell(request.toOrganisationId(), "toOrganisationId");
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
        members.record(entry(member.id, step, decision, access.actor()));
        members.flush(); // the event carries the new version
        Object data = kind == LifecycleStep.MADE_FULL
                ? new MemberEvents.MadeFull(MemberEvents.state(member), effectiveDate, decision)
                : new MemberEvents.StepTaken(MemberEvents.state(member), effectiveDate, decision,
                        kind == LifecycleStep.TRANSFERRED || kind == LifecycleStep.ATTACHED ? fromOrganisation : null,
                        kind == LifecycleStep.TRANSFERRED ? organisationId
                                : kind == LifecycleStep.ATTACHED ? attachedTo : null);
        outbox.publish(MemberEvents.TOPIC, MemberEvents.typeOf(kind, true), member.id.toString(), data);
        snapshot(member);
        audit.record(AuditTrail.MEMBER, member.id, kind.name(), before, MemberResponse.of(member, true));
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

    /**
     * Chức vụ Đảng: gives the member a position in a party body (an officer: a body of their subtree). The rules
     * are {@link PositionRules}; the member's version goes up, as their public state changes.
     */
    @Transactional
    public Member assignPosition(UUID id, Long expectedVersion, AssignPositionRequest request) {
        Member member = get(id);
        Organisation body = body(request.organisationId());
        access.requireWriteAccess(body.id);
        Preconditions.requireCurrent(expectedVersion, member.version);
        MemberResponse before = MemberResponse.of(member, true);
        EntityManager em = members.getEntityManager();
        // one assignment per body at a time, so two requests cannot both pass the one-secretary rule
        em.lock(body, LockModeType.PESSIMISTIC_WRITE);
        em.lock(member, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        List<MemberLifecycle.Step> history = members.history(member.id).stream().map(MemberHistoryEntry::step).toList();
        MemberLifecycle.Snapshot atStart = MemberLifecycle.asOf(history, request.startedOn());
        boolean inBody = atStart != null && organisations.get(atStart.organisationId()).path.startsWith(body.path);
        PositionRules.Holder holder = new PositionRules.Holder(member.fullName, member.admittedOn, atStart, inBody,
                member.standing, member.leftOn);
        List<PositionRules.Held> secretaries = request.role() == PositionRole.SECRETARY
                ? members.positionsIn(body.id, PositionRole.SECRETARY).stream().map(MemberPosition::held).toList()
                : List.of();
        PositionRules.assignmentProblem(request.role(), bodyOf(body), request.startedOn(), request.endedOn(),
                LocalDate.now(), holder, member.positions.stream().map(MemberPosition::held).toList(), secretaries)
                .ifPresent(refusal -> {
                    throw problem(refusal);
                });
        MemberPosition position = new MemberPosition();
        position.id = UUID.randomUUID();
        position.member = member;
        position.organisationId = body.id;
        position.role = request.role();
        position.startedOn = request.startedOn();
        position.endedOn = request.endedOn();
        position.decisionReference = nfcStripped(request.decisionReference());
        position.recordedAt = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        position.recordedBy = access.actor();
        em.persist(position);
        member.positions.add(position);
        members.flush(); // the event carries the new version
        outbox.publish(MemberEvents.TOPIC, MemberEvents.POSITION_ASSIGNED, member.id.toString(),
                new MemberEvents.PositionChanged(MemberEvents.state(member), MemberEvents.Position.of(position),
                        position.decisionReference));
        snapshot(member);
        audit.record(AuditTrail.MEMBER, member.id, "POSITION_ASSIGNED", before, MemberResponse.of(member, true));
        return member;
    }

    /** Ends a position the member holds, on the given day (an officer: a body of their subtree). */
    @Transactional
    public Member endPosition(UUID id, UUID positionId, Long expectedVersion, EndPositionRequest request) {
        Member member = get(id);
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
        members.flush(); // the event carries the new version
        outbox.publish(MemberEvents.TOPIC, MemberEvents.POSITION_ENDED, member.id.toString(),
                new MemberEvents.PositionChanged(MemberEvents.state(member), MemberEvents.Position.of(position),
                        position.endDecisionReference));
        snapshot(member);
        audit.record(AuditTrail.MEMBER, member.id, "POSITION_ENDED", before, MemberResponse.of(member, true));
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

    private static PositionRules.Body bodyOf(Organisation organisation) {
        return new PositionRules.Body(organisation.id, organisation.name, organisation.type,
                organisation.status == OrganisationStatus.ACTIVE);
    }

    private static ProblemException problem(PositionRules.Refusal refusal) {
        return switch (refusal.kind()) {
            case INVALID -> ProblemException.invalid(refusal.field(), refusal.message());
            case RULE -> ProblemException.ruleViolated(refusal.message(), refusal.field());
            case CONFLICT -> new ProblemException(409, "conflict", "Xung đột dữ liệu", refusal.message(),
                    refusal.field() == null ? List.of()
                            : List.of(new vn.dangbo.kit.web.Problem.FieldError(refusal.field(), refusal.message())));
        };
    }

    /**
     * The latest public state on the log-compacted snapshot topic, which holds the members on the list: a
     * member who left it (removed, expelled, deceased) gets a tombstone instead, so a subscriber starting
     * from the topic never sees them (the lifecycle event on {@link MemberEvents#TOPIC} still carries the
     * final state).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void snapshot(Member member) {
        if (member.standing == Standing.LEFT) {
            outbox.publishTombstone(MemberEvents.SNAPSHOT_TOPIC, MemberEvents.SNAPSHOT, member.id.toString());
        } else {
            outbox.publish(MemberEvents.SNAPSHOT_TOPIC, MemberEvents.SNAPSHOT, member.id.toString(),
                    new MemberEvents.Snapshot(MemberEvents.state(member)));
        }
    }

    public Member get(UUID id) {
        return members.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đảng viên với mã " + id));
    }

    public List<MemberHistoryEntry> history(UUID id) {
        get(id);
        return members.history(id);
    }

    public List<Member> inOrganisation(UUID organisationId) {
        organisations.get(organisationId);
        return members.inOrganisation(organisationId);
    }

    /** Members of the subtree reaching a badge within the period, grouped by badge (30 years first). */
    public List<MemberRecords.BadgeGroup> badges(UUID organisationId, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "phải không trước ngày bắt đầu (from)");
        }
        Organisation organisation = organisations.get(organisationId);
        Map<Integer, List<MemberRecords.BadgeCandidate>> byYears = new java.util.TreeMap<>();
        for (Member m : members.activeInSubtreeAdmittedBy(organisation.path,
                BadgeRules.latestCandidateAdmission(to))) {
            for (BadgeRules.Reached badge : BadgeRules.reachedWithin(m.admittedOn, from, to)) {
                byYears.computeIfAbsent(badge.years(), k -> new ArrayList<>()).add(new MemberRecords.BadgeCandidate(
                        m.id, m.fullName, m.organisationId, m.admittedOn, badge.on()));
            }
        }
        return byYears.entrySet().stream().map(e -> new MemberRecords.BadgeGroup(e.getKey(),
                "Huy hiệu " + e.getKey() + " năm tuổi Đảng", e.getValue())).toList();
    }

    /** One page of members matching the filters, in Vietnamese list order, and the cursor of the next page. */
    public record SearchPage(List<Member> items, String nextCursor) {
    }

    public SearchPage search(MemberSearch.Filters filters, String cursor, int size) {
        MemberSearch.Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            after = MemberSearch.Cursor.decode(cursor);
            if (after == null) {
                throw ProblemException.invalid("cursor", "con trỏ trang không hợp lệ; hãy dùng nextCursor của trang trước");
            }
        }
        String subtreePath = null;
        if (filters.subtreeOf() != null) {
            try {
                subtreePath = organisations.get(filters.subtreeOf()).path;
            } catch (ProblemException e) {
                throw ProblemException.invalid("organisationId", "không có tổ chức đảng với mã này");
            }
        }
        List<Member> page = members.search(filters, after, size + 1, subtreePath);
        String next = null;
        if (page.size() > size) {
            page = page.subList(0, size);
            Member last = page.get(size - 1);
            next = new MemberSearch.Cursor(last.sortKey, last.id).encode();
        }
        return new SearchPage(page, next);
    }

    /** A member still on the list whom the caller may change, at the version the caller read (if given). */
    private Member writable(UUID id, Long expectedVersion) {
        Member member = get(id);
        access.requireWriteAccess(member.organisationId);
        Preconditions.requireCurrent(expectedVersion, member.version);
        return member;
    }

    /** An active cell: members take part in cells only. */
    private Organisation cell(UUID id, String field) {
        Organisation organisation;
        try {
            organisation = organisations.get(id);
        } catch (ProblemException e) {
            throw ProblemException.invalid(field, "không có tổ chức đảng với mã này");
        }
        cellProblem(organisation, field).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem.message(), field);
        });
        return organisation;
    }

    /** Why members may not be registered in the organisation ({@code null}: none with that id), if they may not. */
    static java.util.Optional<vn.dangbo.kit.web.Problem.FieldError> cellProblem(Organisation organisation,
            String field) {
        if (organisation == null) {
            return java.util.Optional.of(new vn.dangbo.kit.web.Problem.FieldError(field,
                    "không có tổ chức đảng với mã này"));
        }
        if (!organisation.type.holdsMembers()) {
            return java.util.Optional.of(new vn.dangbo.kit.web.Problem.FieldError(field,
                    "Đảng viên sinh hoạt tại chi bộ; " + organisation.name + " không phải là chi bộ"));
        }
        if (organisation.status != OrganisationStatus.ACTIVE) {
            return java.util.Optional.of(new vn.dangbo.kit.web.Problem.FieldError(field,
                    organisation.name + " đã giải thể hoặc hợp nhất"));
        }
        return java.util.Optional.empty();
    }

    private static MemberHistoryEntry entry(UUID memberId, MemberLifecycle.Step step, String decisionReference,
            String actor) {
        MemberHistoryEntry entry = new MemberHistoryEntry();
        entry.memberId = memberId;
        entry.kind = step.kind();
        entry.effectiveDate = step.effectiveDate();
        entry.decisionReference = decisionReference;
        entry.organisationId = step.organisationId();
        entry.attachedTo = step.attachedTo();
        entry.recordedAt = OffsetDateTime.now(Clock.systemUTC()).withOffsetSameInstant(ZoneOffset.UTC);
        entry.recordedBy = actor;
        return entry;
    }

    /** The request's education as stored: blank parts null, text NFC. */
    private static Education education(RegisterMemberRequest request) {
        return request.education() == null ? Education.NONE : request.education().normalised();
    }
}

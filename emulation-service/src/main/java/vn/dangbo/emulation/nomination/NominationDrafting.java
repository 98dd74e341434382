package vn.dangbo.emulation.nomination;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.member.KnownMember;
import vn.dangbo.emulation.member.MemberDirectory;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementEligibility;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.nomination.Nomination.NomineeKind;
import vn.dangbo.emulation.nomination.NominationRecords.CreateRequest;
import vn.dangbo.emulation.nomination.NominationRecords.NominationResponse;
import vn.dangbo.emulation.nomination.NominationRecords.Transition;
import vn.dangbo.emulation.nomination.NominationRules.AwardForm;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * Drafts a nomination (DRAFT): the proposing organisation takes part in the movement, the nominee is an active
 * organisation or member of the bloc inside its subtree (from the registry's read models), the form is open to the
 * nominee, and nobody holds the nominee yet in this movement. In one transaction with its audit entry.
 */
@ApplicationScoped
public class NominationDrafting {

    static final String AUDITED = "nomination";

    /** The nominee as the registry's read models know it. */
    record Nominee(NomineeKind kind, UUID id, String name, UUID organisationId, String organisationPath) {
    }

    private final MovementRepository movements;
    private final NominationRepository nominations;
    private final OrganisationDirectory organisations;
    private final MemberDirectory members;
    private final NominationViews views;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public NominationDrafting(MovementRepository movements, NominationRepository nominations,
            OrganisationDirectory organisations, MemberDirectory members, NominationViews views, AccessGuard access,
            ChangeRecorder changes) {
        this.movements = movements;
        this.nominations = nominations;
        this.organisations = organisations;
        this.members = members;
        this.views = views;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public NominationResponse draft(UUID movementId, CreateRequest request) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(request.nominatedBy());
        KnownOrganisation by = proposer(movement, request.nominatedBy());
        Nominee nominee = nominee(movement, request.nomineeKind(), request.nomineeId());
        // before the subtree: a member nominated by their former organisation is named as such to the new one
        nominations.holding(movementId, nominee.id()).ifPresent(first -> {
            throw secondNomination(first);
        });
        if (!NominationRules.within(nominee.organisationPath(), nominee.organisationId(), by.id)) {
            throw ProblemException.ruleViolated(nominee.name() + " không thuộc " + by.name
                    + ": mỗi tổ chức cơ sở đảng chỉ đề nghị khen thưởng tập thể, cá nhân của mình", "nomineeId");
        }
        AwardForm form;
        try {
            form = NominationRules.form(views.forms(movement), request.formCode(), nominee.kind());
        } catch (IllegalArgumentException e) {
            throw ProblemException.ruleViolated(e.getMessage(), "formCode");
        }

        Nomination n = new Nomination();
        n.id = UUID.randomUUID();
        n.movementId = movementId;
        n.nomineeKind = nominee.kind();
        n.nomineeId = nominee.id();
        n.organisationId = nominee.organisationId();
        n.nomineeName = nominee.name();
        n.sortKey = NomineeOrder.sortKey(nominee.kind(), nominee.name());
        n.nominatedBy = by.id;
        n.formCode = form.code();
        n.achievement = VietnameseText.nfcStripped(request.achievement());
        n.state = NominationState.DRAFT;
        n.createdBy = access.actor();
        nominations.persist(n);
        changes.record(Change.of(n.id).audit(AUDITED, NominationState.DRAFT.name(), null,
                () -> new Transition(null, NominationState.DRAFT, null, views.response(n, movement))));
        return views.response(n, movement);
    }

    /** The 409 naming the nomination that holds the nominee: who proposed it, and its id. */
    ProblemException secondNomination(Nomination first) {
        String by = organisations.find(first.nominatedBy).map(o -> o.name).orElse(first.nominatedBy.toString());
        return ProblemException.conflict(first.nomineeName + " đã được " + by + " đề nghị khen thưởng trong phong "
                + "trào thi đua này (mã hồ sơ " + first.id + ", " + first.state.label().toLowerCase(
                        VietnameseText.VIETNAMESE) + "); mỗi tập thể, cá nhân chỉ được đề nghị một lần");
    }

    /** The nomination holding the nominee, read after a concurrent request won the race. */
    @Transactional
    public Optional<ProblemException> secondNomination(UUID movementId, UUID nomineeId) {
        return nominations.holding(movementId, nomineeId).map(this::secondNomination);
    }

    private KnownOrganisation proposer(Movement movement, UUID id) {
        KnownOrganisation by = organisations.find(id).orElseThrow(() -> ProblemException.ruleViolated(
                "Không có tổ chức đảng với mã " + id + " trong danh sách của Đảng bộ Khối", "nominatedBy"));
        MovementEligibility.registrationProblem(new MovementEligibility.Candidate(by.id, by.type, by.status,
                by.path), movement.blocId).ifPresent(problem -> {
                    throw ProblemException.ruleViolated("Chỉ tổ chức cơ sở đảng tham gia phong trào thi đua mới đề "
                            + "nghị khen thưởng: " + problem, "nominatedBy");
                });
        return by;
    }

    Nominee nominee(Movement movement, NomineeKind kind, UUID id) {
        if (kind == NomineeKind.ORGANISATION) {
            KnownOrganisation o = organisations.find(id).orElseThrow(() -> ProblemException.ruleViolated(
                    "Không có tổ chức đảng với mã " + id + " trong danh sách của Đảng bộ Khối", "nomineeId"));
            if (!MovementEligibility.ACTIVE.equals(o.status)) {
                throw ProblemException.ruleViolated(o.name + " đã giải thể hoặc hợp nhất, không đề nghị khen "
                        + "thưởng được", "nomineeId");
            }
            requireInsideBloc(movement, o, o.name);
            return new Nominee(kind, o.id, o.name, o.id, o.path);
        }
        KnownMember m = members.find(id).orElseThrow(() -> ProblemException.ruleViolated(
                "Không có đảng viên với mã " + id + " trong danh sách của Đảng bộ Khối", "nomineeId"));
        if (m.hasLeft()) {
            throw ProblemException.ruleViolated("Đồng chí " + m.fullName + " không còn trong danh sách đảng viên "
                    + "(đã ra khỏi Đảng hoặc bị xóa tên), không đề nghị khen thưởng được", "nomineeId");
        }
        KnownOrganisation o = organisations.find(m.organisationId).orElseThrow(() -> ProblemException.ruleViolated(
                "Đồng chí " + m.fullName + " sinh hoạt ở tổ chức đảng không thuộc Đảng bộ Khối", "nomineeId"));
        requireInsideBloc(movement, o, "Đồng chí " + m.fullName);
        return new Nominee(kind, m.id, m.fullName, o.id, o.path);
    }

    private static void requireInsideBloc(Movement movement, KnownOrganisation o, String who) {
        if (!NominationRules.insideBloc(o.path, o.id, movement.blocId)) {
            throw ProblemException.ruleViolated(who + " không thuộc Đảng bộ Khối phát động phong trào thi đua",
                    "nomineeId");
        }
    }
}

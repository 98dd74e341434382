package vn.dangbo.registry.member;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.messaging.Outbox;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;
import vn.dangbo.registry.member.MemberRecords.LifecycleStepRequest;
import vn.dangbo.registry.member.MemberRecords.RegisterMemberRequest;
import vn.dangbo.registry.organisation.Organisation;
import vn.dangbo.registry.organisation.OrganisationService;
import vn.dangbo.registry.organisation.OrganisationStatus;

@ApplicationScoped
public class MemberService {

    private final MemberRepository members;
    private final OrganisationService organisations;
    private final Outbox outbox;
    private final AccessGuard access;

    public MemberService(MemberRepository members, OrganisationService organisations, Outbox outbox,
            AccessGuard access) {
        this.members = members;
        this.organisations = organisations;
        this.outbox = outbox;
        this.access = access;
    }

    @Transactional
    public Member register(RegisterMemberRequest request) {
        access.requireWriteAccess(request.organisationId());
        return register(UUID.randomUUID(), request, true);
    }

    /** Also used by the demo data loader; {@code checkUnique} off when the caller guarantees it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Member register(UUID id, RegisterMemberRequest request, boolean checkUnique) {
        Organisation organisation = organisationOf(request);
        MembershipRules.admissionAgeProblem(request.birthDate(), request.admittedOn()).ifPresent(problem -> {
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
        Member member = new Member();
        member.id = id;
        member.organisationId = organisation.id;
        member.fullName = nfc(request.fullName());
        member.birthDate = request.birthDate();
        member.sex = request.sex();
        member.ethnicity = nfc(request.ethnicity());
        member.religion = request.religion() == null ? null : nfc(request.religion());
        member.nationalId = request.nationalId();
        member.phone = request.phone();
        member.partyCardNumber = request.partyCardNumber();
        member.admittedOn = request.admittedOn();
        member.fullMemberOn = request.fullMemberOn();
        member.status = request.fullMemberOn() == null ? MemberStatus.PROBATIONARY : MemberStatus.FULL;
        member.jobTitle = request.jobTitle() == null ? null : nfc(request.jobTitle());
        member.workplace = request.workplace() == null ? null : nfc(request.workplace());
        members.persist(member);
        outbox.publish(MemberEvents.TOPIC, MemberEvents.REGISTERED, member.id.toString(),
                new MemberEvents.Registered(MemberEvents.state(member)));
        return member;
    }

    @Transactional
    public Member makeFull(UUID id, LifecycleStepRequest step) {
        Member member = get(id);
        access.requireWriteAccess(member.organisationId);
        if (member.status != MemberStatus.PROBATIONARY) {
            throw ProblemException.ruleViolated(member.fullName + " không phải là đảng viên dự bị", null);
        }
        MembershipRules.fullMembershipProblem(member.admittedOn, step.effectiveDate()).ifPresent(problem -> {
            throw ProblemException.ruleViolated(problem, "effectiveDate");
        });
        member.status = MemberStatus.FULL;
        member.fullMemberOn = step.effectiveDate();
        members.flush(); // the event carries the new version
        outbox.publish(MemberEvents.TOPIC, MemberEvents.MADE_FULL, member.id.toString(),
                new MemberEvents.MadeFull(MemberEvents.state(member), step.effectiveDate(),
                        nfc(step.decisionReference())));
        return member;
    }

    public Member get(UUID id) {
        return members.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đảng viên với mã " + id));
    }

    public List<Member> inOrganisation(UUID organisationId) {
        organisations.get(organisationId);
        return members.inOrganisation(organisationId);
    }

    private Organisation organisationOf(RegisterMemberRequest request) {
        Organisation organisation;
        try {
            organisation = organisations.get(request.organisationId());
        } catch (ProblemException e) {
            throw ProblemException.invalid("organisationId", "không có tổ chức đảng với mã này");
        }
        if (!organisation.type.holdsMembers()) {
            throw ProblemException.ruleViolated(
                    "Đảng viên sinh hoạt tại chi bộ; " + organisation.name + " không phải là chi bộ", "organisationId");
        }
        if (organisation.status != OrganisationStatus.ACTIVE) {
            throw ProblemException.ruleViolated(organisation.name + " đã giải thể hoặc hợp nhất", "organisationId");
        }
        return organisation;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}

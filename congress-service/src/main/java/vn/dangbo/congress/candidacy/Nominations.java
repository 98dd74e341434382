package vn.dangbo.congress.candidacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.candidacy.CandidacyRecords.CandidacyView;
import vn.dangbo.congress.candidacy.CandidacyRecords.NominationRequest;
import vn.dangbo.congress.candidacy.ElectionContexts.ElectionContext;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.CandidateSource;
import vn.dangbo.congress.election.CandidateStatus;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.eligibility.EligibilityRecords.CandidateResponse;
import vn.dangbo.congress.eligibility.EligibilityService;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.congress.roll.RollMember;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * Puts a name forward: only an eligible full member of the congress' organisation (part 1's check, its reason
 * shown when refused), and for an office chosen among a body just elected, only one of those elected. The
 * committee's list goes on at once; a floor or self nomination waits for its opinion ballot.
 */
@ApplicationScoped
public class Nominations {

    private final ElectionContexts contexts;
    private final CandidateRepository candidates;
    private final MemberRollRepository roll;
    private final OrganisationDirectory organisations;
    private final EligibilityService eligibility;
    private final CandidacyViews views;
    private final AccessGuard access;

    public Nominations(ElectionContexts contexts, CandidateRepository candidates, MemberRollRepository roll,
            OrganisationDirectory organisations, EligibilityService eligibility, CandidacyViews views,
            AccessGuard access) {
        this.contexts = contexts;
        this.candidates = candidates;
        this.roll = roll;
        this.organisations = organisations;
        this.eligibility = eligibility;
        this.views = views;
        this.access = access;
    }

    @Transactional
    public CandidacyView nominate(UUID electionId, NominationRequest request) {
        if (request.memberId() == null) {
            throw ProblemException.invalid("memberId", "cần mã đảng viên được giới thiệu");
        }
        if (request.source() == null) {
            throw ProblemException.invalid("source", "cần nêu nguồn: COMMITTEE_LIST, FLOOR_NOMINATION hoặc "
                    + "SELF_NOMINATION");
        }
        ElectionContext context = contexts.editable(electionId);
        Election election = context.election();
        if (election.fixedList) {
            throw ProblemException.conflict("Lần bầu " + election.office.title() + " thứ " + election.roundNo
                    + " chỉ bầu trong số những người đã xác định khi mở, không nhận thêm đề cử");
        }
        Congress congress = context.congress();
        RollMember member = roll.findByIdOptional(request.memberId()).orElseThrow(() -> ProblemException.notFound(
                "Chưa có thông tin đảng viên với mã " + request.memberId()));
        if (!organisations.contains(congress.organisationId, member.organisationId)) {
            throw ProblemException.ruleViolated("Đồng chí " + member.fullName + " không sinh hoạt trong tổ chức đảng"
                    + " tổ chức đại hội", "memberId");
        }
        if (candidates.count("electionId = ?1 and memberId = ?2", electionId, member.id) > 0) {
            throw ProblemException.conflict("Đồng chí " + member.fullName + " đã có tên trong danh sách bầu "
                    + election.office.title() + " lần thứ " + election.roundNo);
        }
        requireEligible(congress, member);
        requireElectedTo(context, member);
        Candidate candidate = new Candidate();
        candidate.id = UUID.randomUUID();
        candidate.electionId = electionId;
        candidate.memberId = member.id;
        candidate.fullName = member.fullName;
        candidate.source = request.source();
        candidate.status = request.source() == CandidateSource.COMMITTEE_LIST ? CandidateStatus.ON_LIST
                : CandidateStatus.PROPOSED;
        candidate.nominatedBy = VietnameseText.nfcStripped(request.nominatedBy());
        candidate.enteredBy = access.actor();
        candidate.createdAt = OffsetDateTime.now();
        candidates.persist(candidate);
        candidates.flush();
        return views.of(candidate);
    }

    /** Part 1's check: a full member with the months of work the rule set asks before retirement. */
    private void requireEligible(Congress congress, RollMember member) {
        if (congress.roundId == null) {
            throw ProblemException.conflict("Đại hội " + congress.id + " được lên lịch trước khi có đợt đại hội:"
                    + " không có mốc tính tuổi để xét tư cách ứng cử");
        }
        CandidateResponse check = eligibility.candidate(congress.roundId, member.id, congress.organisationId, null);
        if (!check.eligible()) {
            throw ProblemException.ruleViolated("Đồng chí " + member.fullName + " không đủ tư cách ứng cử: "
                    + check.reason(), "memberId");
        }
    }

    private void requireElectedTo(ElectionContext context, RollMember member) {
        Office office = context.election().office;
        List<Office> bodies = CandidateListRules.drawnFrom(context.kind(), office);
        for (Office body : bodies) {
            boolean elected = candidates.electedAt(context.congress().id, body).stream()
                    .anyMatch(c -> c.memberId.equals(member.id));
            if (!elected) {
                throw ProblemException.ruleViolated(office.title() + " được bầu trong số "
                        + body.title() + " vừa trúng cử; đồng chí " + member.fullName + " không trúng cử "
                        + body.title(), "memberId");
            }
        }
    }
}

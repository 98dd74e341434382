package vn.dangbo.congress.candidacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;
import vn.dangbo.congress.candidacy.CandidacyRecords.CandidacyView;
import vn.dangbo.congress.candidacy.CandidacyRecords.OpinionBallotRequest;
import vn.dangbo.congress.candidacy.CandidacyRecords.WithdrawalRequest;
import vn.dangbo.congress.candidacy.ElectionContexts.ElectionContext;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.CandidateSource;
import vn.dangbo.congress.election.CandidateStatus;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/** What the congress decides on a name while the list is drawn up: the opinion ballot, a withdrawal. */
@ApplicationScoped
public class ListChanges {

    private final ElectionContexts contexts;
    private final CandidateRepository candidates;
    private final OpinionBallotRepository opinionBallots;
    private final WithdrawalRepository withdrawals;
    private final CandidacyViews views;
    private final AccessGuard access;

    public ListChanges(ElectionContexts contexts, CandidateRepository candidates,
            OpinionBallotRepository opinionBallots, WithdrawalRepository withdrawals, CandidacyViews views,
            AccessGuard access) {
        this.contexts = contexts;
        this.candidates = candidates;
        this.opinionBallots = opinionBallots;
        this.withdrawals = withdrawals;
        this.views = views;
        this.access = access;
    }

    /**
     * The tally of the opinion ballot on a floor or self nomination: the name goes on the list only when MORE than
     * the rule set's share of those present agree; else it is refused with the tally.
     */
    @Transactional
    public CandidacyView opinionBallot(UUID electionId, UUID candidateId, OpinionBallotRequest request) {
        if (request.present() == null || request.present() < 1) {
            throw ProblemException.invalid("present", "cần số người có mặt khi biểu quyết (từ 1 trở lên)");
        }
        if (request.agree() == null || request.agree() < 0 || request.agree() > request.present()) {
            throw ProblemException.invalid("agree", "số người đồng ý phải từ 0 đến số người có mặt ("
                    + request.present() + ")");
        }
        ElectionContext context = contexts.editable(electionId);
        Candidate candidate = candidate(electionId, candidateId);
        if (candidate.source == CandidateSource.COMMITTEE_LIST) {
            throw ProblemException.ruleViolated("Đồng chí " + candidate.fullName + " có tên trong danh sách do cấp"
                    + " ủy giới thiệu, không cần biểu quyết lấy ý kiến", "candidateId");
        }
        if (candidate.status != CandidateStatus.PROPOSED) {
            throw ProblemException.conflict("Đã biểu quyết lấy ý kiến về đồng chí " + candidate.fullName);
        }
        int present = contexts.present(context);
        if (request.present() > present) {
            throw ProblemException.ruleViolated("Số người có mặt khi biểu quyết (" + request.present()
                    + ") nhiều hơn số người dự bầu đang có mặt (" + present + ")", "present");
        }
        RuleSet.Surplus surplus = context.rules().surplus();
        boolean accepted = CandidateListRules.floorNomineeAccepted(surplus, request.present(), request.agree());
        OpinionBallot ballot = new OpinionBallot();
        ballot.candidateId = candidate.id;
        ballot.present = request.present();
        ballot.agree = request.agree();
        ballot.thresholdPercent = surplus.floorNomineeAgreementAbovePercent();
        ballot.accepted = accepted;
        ballot.recordedBy = access.actor();
        ballot.recordedAt = OffsetDateTime.now();
        opinionBallots.persist(ballot);
        candidate.status = accepted ? CandidateStatus.ON_LIST : CandidateStatus.REFUSED;
        candidate.refusalReason = accepted ? null
                : CandidateListRules.floorNomineeRefusal(surplus, request.present(), request.agree());
        candidates.flush();
        return views.of(candidate);
    }

    /** A request to withdraw and the congress' decision: approved, the name leaves the list; refused, it stays. */
    @Transactional
    public CandidacyView withdrawal(UUID electionId, UUID candidateId, WithdrawalRequest request) {
        String reason = VietnameseText.nfcStripped(request.reason());
        if (reason == null || reason.isEmpty()) {
            throw ProblemException.invalid("reason", "cần nêu lý do xin rút");
        }
        if (request.approved() == null) {
            throw ProblemException.invalid("approved", "cần nêu đại hội đồng ý (true) hay không đồng ý (false)");
        }
        String decidedBy = VietnameseText.nfcStripped(request.decidedBy());
        if (decidedBy == null || decidedBy.isEmpty()) {
            throw ProblemException.invalid("decidedBy", "cần nêu ai quyết định (ví dụ: Đại hội biểu quyết)");
        }
        contexts.editable(electionId);
        Candidate candidate = candidate(electionId, candidateId);
        if (candidate.status != CandidateStatus.ON_LIST && candidate.status != CandidateStatus.PROPOSED) {
            throw ProblemException.conflict("Đồng chí " + candidate.fullName + " không còn trong danh sách");
        }
        Withdrawal withdrawal = new Withdrawal();
        withdrawal.id = UUID.randomUUID();
        withdrawal.candidateId = candidate.id;
        withdrawal.reason = reason;
        withdrawal.approved = request.approved();
        withdrawal.decidedBy = decidedBy;
        withdrawal.recordedBy = access.actor();
        withdrawal.recordedAt = OffsetDateTime.now();
        withdrawals.persist(withdrawal);
        if (withdrawal.approved) {
            candidate.status = CandidateStatus.WITHDRAWN;
        }
        candidates.flush();
        return views.of(candidate);
    }

    private Candidate candidate(UUID electionId, UUID candidateId) {
        Candidate candidate = candidates.findByIdOptional(candidateId)
                .filter(c -> c.electionId.equals(electionId))
                .orElseThrow(() -> ProblemException.notFound("Không có ứng cử viên " + candidateId
                        + " trong lần bầu " + electionId));
        return candidate;
    }
}

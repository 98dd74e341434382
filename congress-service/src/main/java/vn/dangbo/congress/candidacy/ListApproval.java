package vn.dangbo.congress.candidacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.dangbo.congress.candidacy.CandidacyRecords.CandidacyView;
import vn.dangbo.congress.candidacy.CandidacyRecords.ListApprovalRequest;
import vn.dangbo.congress.candidacy.CandidacyRecords.ListLimits;
import vn.dangbo.congress.candidacy.CandidacyRecords.ListView;
import vn.dangbo.congress.candidacy.CandidateListRules.Limits;
import vn.dangbo.congress.candidacy.ElectionContexts.ElectionContext;
import vn.dangbo.congress.election.BallotKind;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.CandidateStatus;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionEvents.ListApproved;
import vn.dangbo.congress.election.ElectionPublication;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.election.Refusal;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * The list as it stands with the rule set's limits, and its approval: the printed order (by given name), the
 * ballot kind, who get a ballot and the spares, published as {@code list.approved.v1} in the same transaction so
 * the documents service prints the ballots.
 */
@ApplicationScoped
public class ListApproval {

    /** The first ballot of an election is number 1; the prefix names the office and the round (e.g. BCH1-). */
    static final int FIRST_SERIAL = 1;

    private final ElectionContexts contexts;
    private final CandidateRepository candidates;
    private final CandidacyViews views;
    private final ElectionPublication publication;

    public ListApproval(ElectionContexts contexts, CandidateRepository candidates, CandidacyViews views,
            ElectionPublication publication) {
        this.contexts = contexts;
        this.candidates = candidates;
        this.views = views;
        this.publication = publication;
    }

    public ListView view(UUID electionId) {
        ElectionContext context = contexts.of(electionId);
        Election election = context.election();
        List<Candidate> all = candidates.ofElection(electionId);
        List<Candidate> onList = onList(election, all);
        List<Candidate> proposed = all.stream().filter(c -> c.status == CandidateStatus.PROPOSED).toList();
        Limits limits = limits(context);
        String problem = election.status == ElectionStatus.NOMINATING
                ? problem(context, limits, onList, proposed).map(Refusal::message).orElse(null) : null;
        BallotKind kind = election.ballotKind != null ? election.ballotKind
                : CandidateListRules.ballotKind(limits.seats(), onList.size());
        return new ListView(election.id, election.office, election.office.title(), election.seats,
                election.alternateSeats, election.status, kind,
                new ListLimits(limits.seats(), limits.surplusRequired(), limits.minLength(), limits.maxLength(),
                        limits.preparedMin(), limits.preparedMax(), limits.advice()),
                onList.stream().map(views::of).toList(), proposed.stream().map(views::of).toList(),
                all.stream().filter(c -> c.status == CandidateStatus.REFUSED || c.status == CandidateStatus.WITHDRAWN)
                        .map(views::of).toList(),
                problem);
    }

    @Transactional
    public ListView approve(UUID electionId, ListApprovalRequest request) {
        ElectionContext context = contexts.editable(electionId);
        Election election = context.election();
        List<Candidate> all = candidates.ofElection(electionId);
        List<Candidate> onList = onList(election, all);
        List<Candidate> proposed = all.stream().filter(c -> c.status == CandidateStatus.PROPOSED).toList();
        Limits limits = limits(context);
        problem(context, limits, onList, proposed).ifPresent(refusal -> {
            throw ProblemException.ruleViolated(refusal.message(), refusal.field());
        });
        int voters = contexts.present(context);
        if (voters < 1) {
            throw ProblemException.ruleViolated(election.electorate == Electorate.NEW_COMMITTEE
                    ? "Chưa có ủy viên Ban Chấp hành trúng cử: chưa in phiếu bầu được"
                    : "Chưa có đại biểu nào điểm danh có mặt: chưa in phiếu bầu được", "voters");
        }
        for (int i = 0; i < onList.size(); i++) {
            onList.get(i).position = i + 1;
        }
        RuleSet rules = context.rules();
        String approvedBy = request == null ? null : VietnameseText.nfcStripped(request.approvedBy());
        election.ballotKind = CandidateListRules.ballotKind(limits.seats(), onList.size());
        election.status = ElectionStatus.LIST_APPROVED;
        election.voters = voters;
        election.spareBallots = CandidateListRules.spareBallots(rules.elections(), voters);
        election.serialPrefix = CandidateListRules.serialPrefix(election.office, election.roundNo);
        election.firstSerial = FIRST_SERIAL;
        election.listApprovedAt = OffsetDateTime.now();
        election.listApprovedBy = approvedBy == null || approvedBy.isEmpty()
                ? (election.electorate == Electorate.NEW_COMMITTEE ? "Hội nghị lần thứ nhất Ban Chấp hành" : "Đại hội")
                : approvedBy;
        publication.publish(context.congress(), election, ElectionEvents.LIST_APPROVED, heading -> new ListApproved(
                heading.congress(), heading.convener(), heading.higherBody(), heading.election(),
                onList.stream().map(c -> new ElectionEvents.Candidate(c.id, c.memberId, c.fullName, c.position))
                        .toList(),
                election.voters, election.spareBallots, election.serialPrefix, election.firstSerial));
        return view(electionId);
    }

    /** The names on the list: in printed order once approved, before it in the order they will be printed. */
    private static List<Candidate> onList(Election election, List<Candidate> all) {
        List<Candidate> on = all.stream().filter(c -> c.status == CandidateStatus.ON_LIST).toList();
        return election.status == ElectionStatus.NOMINATING
                ? CandidateListRules.printedOrder(on, c -> c.fullName, c -> c.id) : on;
    }

    private static Limits limits(ElectionContext context) {
        Election election = context.election();
        return CandidateListRules.limits(context.rules().surplus(), election.office, election.seats,
                election.alternateSeats);
    }

    private static Optional<Refusal> problem(ElectionContext context, Limits limits, List<Candidate> onList,
            List<Candidate> proposed) {
        if (!proposed.isEmpty()) {
            return Optional.of(new Refusal("candidates", "Còn " + proposed.size() + " người được đề cử, ứng cử chưa"
                    + " biểu quyết lấy ý kiến: " + proposed.stream().map(c -> c.fullName)
                            .collect(Collectors.joining(", "))));
        }
        return CandidateListRules.listProblem(context.rules().surplus(), limits, context.election().office,
                onList.size());
    }
}

package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.counting.CountingRecords.CountingCommitteeRequest;
import vn.dangbo.congress.counting.CountingRecords.CountingCommitteeResponse;
import vn.dangbo.congress.counting.CountingRecords.TellerRequest;
import vn.dangbo.congress.counting.CountingRecords.TellerView;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * A congress' counting committee: its tellers (one head) and how many of them enter each ballot (the rule set's
 * number unless the congress sets 2 or 3). The number is fixed once an election has started counting, and a
 * teller who has entered a ballot stays on the committee, so no entry loses its teller.
 */
@ApplicationScoped
public class CountingCommitteeService {

    private final CountingCommitteeRepository committees;
    private final TellerRepository tellers;
    private final CongressRepository congresses;
    private final RoundService rounds;
    private final RuleSetCatalogue ruleSets;
    private final AccessGuard access;

    public CountingCommitteeService(CountingCommitteeRepository committees, TellerRepository tellers,
            CongressRepository congresses, RoundService rounds, RuleSetCatalogue ruleSets, AccessGuard access) {
        this.committees = committees;
        this.tellers = tellers;
        this.congresses = congresses;
        this.rounds = rounds;
        this.ruleSets = ruleSets;
        this.access = access;
    }

    public CountingCommitteeResponse get(UUID congressId) {
        congress(congressId);
        CountingCommittee committee = committees.findByIdOptional(congressId).orElseThrow(() ->
                ProblemException.notFound("Đại hội " + congressId + " chưa lập ban kiểm phiếu"));
        return view(committee);
    }

    @Transactional
    public CountingCommitteeResponse set(UUID congressId, CountingCommitteeRequest request) {
        Congress congress = congress(congressId);
        access.requireWriteAccess(congress.organisationId);
        int perBallot = request.tellersPerBallot() != null ? request.tellersPerBallot() : ruleSetTellers(congress);
        checkTellers(request.tellers(), perBallot);
        CountingCommittee committee = committees.findById(congressId);
        if (committee == null) {
            committee = new CountingCommittee();
            committee.congressId = congressId;
            committee.tellersPerBallot = perBallot;
        } else if (committee.tellersPerBallot != perBallot && committees.countingStarted(congressId)) {
            throw ProblemException.ruleViolated("Đã bắt đầu kiểm phiếu với " + committee.tellersPerBallot
                    + " kiểm phiếu viên nhập mỗi phiếu; không đổi thành " + perBallot + " được", "tellersPerBallot");
        }
        committee.tellersPerBallot = perBallot;
        committee.updatedBy = access.actor();
        committee.updatedAt = OffsetDateTime.now();
        if (!committees.isPersistent(committee)) {
            committees.persist(committee);
        }
        Set<String> kept = new HashSet<>(request.tellers().stream().map(TellerRequest::code).toList());
        for (Teller teller : tellers.ofCongress(congressId)) {
            if (!kept.contains(teller.code) && committees.hasEntered(congressId, teller.code)) {
                throw ProblemException.ruleViolated("Kiểm phiếu viên " + teller.code + " (" + teller.fullName
                        + ") đã nhập phiếu; không đưa ra khỏi ban kiểm phiếu được", "tellers");
            }
        }
        tellers.delete("congressId", congressId);
        tellers.flush();
        int position = 0;
        for (TellerRequest t : request.tellers()) {
            Teller teller = new Teller();
            teller.id = UUID.randomUUID();
            teller.congressId = congressId;
            teller.code = t.code().strip();
            teller.fullName = t.fullName().strip();
            teller.role = t.role();
            teller.position = ++position;
            tellers.persist(teller);
        }
        tellers.flush();
        return view(committee);
    }

    private static void checkTellers(List<TellerRequest> requested, int perBallot) {
        Set<String> codes = new HashSet<>();
        for (TellerRequest teller : requested) {
            if (!codes.add(teller.code().strip())) {
                throw ProblemException.ruleViolated("Mã kiểm phiếu viên " + teller.code() + " bị trùng", "tellers");
            }
        }
        long heads = requested.stream().filter(t -> t.role() == TellerRole.HEAD).count();
        if (heads != 1) {
            throw ProblemException.ruleViolated("Ban kiểm phiếu có đúng một trưởng ban; đề nghị " + heads,
                    "tellers");
        }
        if (requested.size() < perBallot) {
            throw ProblemException.ruleViolated("Mỗi phiếu do " + perBallot
                    + " kiểm phiếu viên nhập độc lập: ban kiểm phiếu cần ít nhất " + perBallot + " người; đề nghị "
                    + requested.size(), "tellers");
        }
    }

    private int ruleSetTellers(Congress congress) {
        return (congress.roundId == null ? ruleSets.current() : ruleSets.get(rounds.get(congress.roundId).ruleSetId))
                .elections().tellersPerBallot();
    }

    private CountingCommitteeResponse view(CountingCommittee committee) {
        return new CountingCommitteeResponse(committee.congressId, committee.tellersPerBallot,
                tellers.ofCongress(committee.congressId).stream().map(TellerView::of).toList(), committee.updatedBy,
                committee.updatedAt);
    }

    private Congress congress(UUID id) {
        return congresses.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + id));
    }
}

package vn.dangbo.congress.counting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRules;
import vn.dangbo.congress.election.Candidate;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionEvents.CandidateVotes;
import vn.dangbo.congress.election.ElectionEvents.CongressRef;
import vn.dangbo.congress.election.ElectionEvents.Convener;
import vn.dangbo.congress.election.ElectionEvents.ElectionRef;
import vn.dangbo.congress.election.ElectionEvents.Figures;
import vn.dangbo.congress.election.ElectionEvents.HigherBody;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

/**
 * Publishes {@code count.closed.v1} on {@code congress.elections.v1} (key = the congress) through the outbox, in
 * the closing's transaction: the congress, its convener (the committee above a cell) and that one's higher body,
 * the election, the figures, every candidate's votes, the tellers and the log's last hash.
 */
@ApplicationScoped
public class CountClosedPublication {

    private final OrganisationDirectory organisations;
    private final ChangeRecorder changes;
    private final TellerRepository tellers;

    public CountClosedPublication(OrganisationDirectory organisations, ChangeRecorder changes,
            TellerRepository tellers) {
        this.organisations = organisations;
        this.changes = changes;
        this.tellers = tellers;
    }

    public void publish(Congress congress, Election election, List<Candidate> candidates) {
        KnownOrganisation organisation = find(congress.organisationId);
        KnownOrganisation convener = CongressRules.convenedByParent(OrganisationType.parse(organisation.type)
                .orElse(null)) && organisation.parentId != null ? find(organisation.parentId) : organisation;
        KnownOrganisation higher = convener.parentId == null ? null : find(convener.parentId);
        List<ElectionEvents.Teller> committee = tellersOf(congress.id);
        changes.record(Change.of(congress.id).event(ElectionEvents.TOPIC, ElectionEvents.COUNT_CLOSED,
                () -> new ElectionEvents.CountClosed(
                        new CongressRef(congress.id, congress.roundId, congress.kind.name(), congress.startDate,
                                congress.endDate(), congress.term),
                        new Convener(convener.id, convener.name, convener.shortCode, convener.type),
                        higher == null ? null : new HigherBody(higher.id, higher.name),
                        new ElectionRef(election.id, election.office.name(), election.office.title(),
                                election.electorate.name(), election.roundNo, election.seats,
                                election.alternateSeats, election.ballotKind.name()),
                        new Figures(election.ballotsIssued, election.ballotsReturned, election.validBallots,
                                election.invalidBallots),
                        candidates.stream().map(c -> new CandidateVotes(c.id, c.memberId, c.fullName, c.votes, null,
                                null)).toList(),
                        committee, election.logLastHash, election.countClosedAt)));
    }

    /** The counting committee as the minutes name it (for every event that prints the tellers). */
    public List<ElectionEvents.Teller> tellersOf(UUID congressId) {
        return tellers.ofCongress(congressId).stream()
                .map(t -> new ElectionEvents.Teller(t.code, t.fullName, t.role.label())).toList();
    }

    private KnownOrganisation find(UUID id) {
        return organisations.find(id).orElseThrow(() -> ProblemException.conflict(
                "Chưa có thông tin tổ chức đảng với mã " + id + " (chưa nhận được từ hệ thống quản lý tổ chức đảng)"));
    }
}

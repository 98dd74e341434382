package vn.dangbo.congress.election;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRules;
import vn.dangbo.congress.election.ElectionEvents.CongressRef;
import vn.dangbo.congress.election.ElectionEvents.Convener;
import vn.dangbo.congress.election.ElectionEvents.ElectionRef;
import vn.dangbo.congress.election.ElectionEvents.HigherBody;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

/**
 * What every election event carries: the congress, the organisation convening it (the committee above a cell) and
 * that one's higher body, which head the ballots and minutes, and the election itself. Published on
 * {@code congress.elections.v1} keyed by the congress, through the outbox in the caller's transaction.
 */
@ApplicationScoped
public class ElectionPublication {

    /** The heading of an election event. */
    public record Heading(CongressRef congress, Convener convener, HigherBody higherBody, ElectionRef election) {
    }

    private final OrganisationDirectory organisations;
    private final ChangeRecorder changes;

    public ElectionPublication(OrganisationDirectory organisations, ChangeRecorder changes) {
        this.organisations = organisations;
        this.changes = changes;
    }

    /** Publishes {@code type} for the election in the caller's transaction (after a flush: the data is current). */
    public void publish(Congress congress, Election election, String type, Function<Heading, Object> data) {
        changes.record(Change.of(congress.id).event(ElectionEvents.TOPIC, type,
                () -> data.apply(heading(congress, election))));
    }

    public Heading heading(Congress congress, Election election) {
        CongressHeading heading = heading(congress);
        return new Heading(heading.congress(), heading.convener(), heading.higherBody(), ref(election));
    }

    /** The congress part of every election event's heading (the submission and the approval carry no election). */
    public record CongressHeading(CongressRef congress, Convener convener, HigherBody higherBody) {
    }

    public CongressHeading heading(Congress congress) {
        KnownOrganisation organisation = find(congress.organisationId);
        OrganisationType type = OrganisationType.parse(organisation.type).orElse(null);
        KnownOrganisation convener = CongressRules.convenedByParent(type) && organisation.parentId != null
                ? find(organisation.parentId) : organisation;
        KnownOrganisation higher = convener.parentId == null ? null : find(convener.parentId);
        return new CongressHeading(
                new CongressRef(congress.id, congress.roundId, organisation.id, organisation.name, organisation.type,
                        congress.kind.name(), congress.startDate, congress.endDate(), congress.term),
                new Convener(convener.id, convener.name, convener.shortCode, convener.type),
                higher == null ? null : new HigherBody(higher.id, higher.name));
    }

    public static ElectionRef ref(Election election) {
        return new ElectionRef(election.id, election.office.name(), election.office.title(),
                election.electorate.name(), election.roundNo, election.seats, election.alternateSeats,
                election.ballotKind == null ? null : election.ballotKind.name());
    }

    private KnownOrganisation find(java.util.UUID id) {
        return organisations.find(id).orElseThrow(() -> ProblemException.conflict(
                "Chưa có thông tin tổ chức đảng với mã " + id + " (chưa nhận được từ hệ thống quản lý tổ chức đảng)"));
    }
}

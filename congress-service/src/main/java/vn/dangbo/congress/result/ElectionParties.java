package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressLookup;
import vn.dangbo.congress.congress.CongressPublication;
import vn.dangbo.congress.congress.CongressRules;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.web.ProblemException;

/**
 * What every election event carries about its congress: the congress, its convener (the committee, for a cell) and
 * the convener's higher body; and the rule set the congress' round names. Shared by results and approval.
 */
@ApplicationScoped
public class ElectionParties {

    /** The congress with the organisations that head the documents written from its events. */
    public record Parties(Congress congress, KnownOrganisation organisation, ElectionEvents.CongressRef ref,
            ElectionEvents.Convener convener, ElectionEvents.HigherBody higherBody) {
    }

    private final CongressLookup congresses;
    private final CongressPublication publication;
    private final OrganisationDirectory organisations;
    private final RoundService rounds;
    private final RuleSetCatalogue ruleSets;

    public ElectionParties(CongressLookup congresses, CongressPublication publication,
            OrganisationDirectory organisations, RoundService rounds, RuleSetCatalogue ruleSets) {
        this.congresses = congresses;
        this.publication = publication;
        this.organisations = organisations;
        this.rounds = rounds;
        this.ruleSets = ruleSets;
    }

    public Parties of(UUID congressId) {
        Congress congress = congresses.get(congressId);
        KnownOrganisation organisation = publication.organisationOf(congress);
        KnownOrganisation convener = CongressRules.convenedByParent(CongressPublication.type(organisation))
                ? parent(organisation) : organisation;
        KnownOrganisation higher = convener.parentId == null ? null : parent(convener);
        return new Parties(congress, organisation,
                new ElectionEvents.CongressRef(congress.id, congress.roundId, congress.kind.name(), congress.startDate,
                        congress.endDate(), congress.term, organisation.id, organisation.name, organisation.type),
                new ElectionEvents.Convener(convener.id, convener.name, convener.shortCode, convener.type),
                higher == null ? null : new ElectionEvents.HigherBody(higher.id, higher.name));
    }

    /** The organisation directly above the congress' own: the committee that approves its results (chuẩn y). */
    public KnownOrganisation approvingBody(Parties parties) {
        if (parties.organisation().parentId == null) {
            throw ProblemException.conflict(parties.organisation().name
                    + " không có cấp ủy cấp trên để chuẩn y kết quả bầu cử");
        }
        return parent(parties.organisation());
    }

    public RuleSet ruleSet(Congress congress) {
        return congress.roundId == null ? ruleSets.current()
                : ruleSets.get(rounds.get(congress.roundId).ruleSetId);
    }

    public static ElectionEvents.ElectionRef ref(Election election) {
        return new ElectionEvents.ElectionRef(election.id, election.office.name(), election.office.title(),
                election.electorate.name(), election.roundNo, election.seats, election.alternateSeats,
                election.ballotKind == null ? null : election.ballotKind.name());
    }

    public static ElectionEvents.Figures figures(Election election) {
        return new ElectionEvents.Figures(zero(election.ballotsIssued), zero(election.ballotsReturned),
                zero(election.validBallots), zero(election.invalidBallots));
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }

    private KnownOrganisation parent(KnownOrganisation organisation) {
        if (organisation.parentId == null) {
            throw ProblemException.ruleViolated(organisation.name + " không có tổ chức cấp trên", "organisationId");
        }
        return organisations.find(organisation.parentId).orElseThrow(() -> ProblemException.conflict(
                "Chưa có thông tin tổ chức cấp trên của " + organisation.name));
    }
}

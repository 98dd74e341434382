package vn.dangbo.congress.result;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressLookup;
import vn.dangbo.congress.congress.CongressPublication;
import vn.dangbo.congress.congress.CongressRules;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionEvents;
import vn.dangbo.congress.election.ElectionPublication;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.web.ProblemException;

/**
 * A congress with what results and approval need around it: the heading every election event carries (built by
 * {@link ElectionPublication}), the organisation whose congress it is, the body that approves its results and the
 * rule set its round names.
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
    private final ElectionPublication headings;

    public ElectionParties(CongressLookup congresses, CongressPublication publication,
            OrganisationDirectory organisations, RoundService rounds, RuleSetCatalogue ruleSets,
            ElectionPublication headings) {
        this.congresses = congresses;
        this.publication = publication;
        this.organisations = organisations;
        this.rounds = rounds;
        this.ruleSets = ruleSets;
        this.headings = headings;
    }

    public Parties of(UUID congressId) {
        Congress congress = congresses.get(congressId);
        KnownOrganisation organisation = publication.organisationOf(congress);
        ElectionPublication.CongressHeading heading = headings.heading(congress);
        return new Parties(congress, organisation, heading.congress(), heading.convener(), heading.higherBody());
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
        return ElectionPublication.ref(election);
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

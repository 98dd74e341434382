package vn.dangbo.congress.election;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.dangbo.congress.election.ElectionRecords.ElectionStructureResponse;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

@ApplicationScoped
public class ElectionStructureService {

    private final OrganisationDirectory organisations;
    private final MemberRollRepository members;
    private final RuleSetCatalogue ruleSets;

    public ElectionStructureService(OrganisationDirectory organisations, MemberRollRepository members,
            RuleSetCatalogue ruleSets) {
        this.organisations = organisations;
        this.members = members;
        this.ruleSets = ruleSets;
    }

    /** The election structure of an organisation's next congress, from its current full members. */
    public ElectionStructureResponse structureOf(UUID organisationId) {
        KnownOrganisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> ProblemException.notFound("Không có tổ chức đảng với mã " + organisationId
                        + " (hoặc chưa nhận được thông tin từ hệ thống quản lý tổ chức đảng)"));
        MemberCounts counts = members.countInSubtree(organisation);
        OrganisationType type = OrganisationType.parse(organisation.type).orElse(null);
        RuleSet rules = ruleSets.current();
        ElectionStructure structure = ElectionStructureRules.structureFor(rules, type, counts)
                .orElseThrow(() -> ProblemException.ruleViolated(
                        ElectionStructureRules.noStructure(organisation.name, organisation.type), null));
        return new ElectionStructureResponse(organisation.id, organisation.name, organisation.type, counts.full(),
                counts.probationary(), structure, ElectionStructureRules.describe(rules, structure, counts));
    }
}

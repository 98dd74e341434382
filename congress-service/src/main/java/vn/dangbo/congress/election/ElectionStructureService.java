package vn.dangbo.congress.election;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.dangbo.congress.election.ElectionRecords.ElectionStructureResponse;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.web.ProblemException;

@ApplicationScoped
public class ElectionStructureService {

    private final OrganisationDirectory organisations;
    private final MemberRollRepository members;

    public ElectionStructureService(OrganisationDirectory organisations, MemberRollRepository members) {
        this.organisations = organisations;
        this.members = members;
    }

    /** The election structure of an organisation's next congress, from its current full members. */
    public ElectionStructureResponse structureOf(UUID organisationId) {
        KnownOrganisation organisation = organisations.find(organisationId)
                .orElseThrow(() -> ProblemException.notFound("Không có tổ chức đảng với mã " + organisationId
                        + " (hoặc chưa nhận được thông tin từ hệ thống quản lý tổ chức đảng)"));
        MemberCounts counts = members.countInSubtree(organisation);
        OrganisationType type = OrganisationType.parse(organisation.type).orElse(null);
        ElectionStructure structure = ElectionStructureRules.structureFor(type, counts)
                .orElseThrow(() -> ProblemException.ruleViolated("Kế hoạch đại hội chỉ quy định cơ cấu bầu cử của"
                        + " chi bộ và đảng bộ cơ sở; " + organisation.name + " (" + organisation.type
                        + ") không thuộc các loại này", null));
        return new ElectionStructureResponse(organisation.id, organisation.name, organisation.type, counts.full(),
                counts.probationary(), structure, ElectionStructureRules.describe(structure, counts));
    }
}

package vn.dangbo.congress.candidacy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.dangbo.congress.attendance.VoteBases;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.congress.CongressStatus;
import vn.dangbo.congress.election.CandidateRepository;
import vn.dangbo.congress.election.CongressElectionStructureService;
import vn.dangbo.congress.election.Election;
import vn.dangbo.congress.election.ElectionLookup;
import vn.dangbo.congress.election.ElectionRecords.CongressElectionStructureResponse;
import vn.dangbo.congress.election.ElectionStatus;
import vn.dangbo.congress.election.ElectionStructure.Electorate;
import vn.dangbo.congress.election.ElectionStructure.Kind;
import vn.dangbo.congress.election.Office;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/** An election with what its list rules read: the congress, the rule set, the structure, the electorate. */
@ApplicationScoped
public class ElectionContexts {

    /** One election in its congress, under its round's rule set. */
    public record ElectionContext(Election election, Congress congress, RuleSet rules, Kind kind) {
    }

    private final ElectionLookup elections;
    private final CongressRepository congresses;
    private final CongressElectionStructureService structures;
    private final RuleSetCatalogue ruleSets;
    private final CandidateRepository candidates;
    private final VoteBases voteBases;
    private final AccessGuard access;

    public ElectionContexts(ElectionLookup elections, CongressRepository congresses,
            CongressElectionStructureService structures, RuleSetCatalogue ruleSets, CandidateRepository candidates,
            VoteBases voteBases, AccessGuard access) {
        this.elections = elections;
        this.congresses = congresses;
        this.structures = structures;
        this.ruleSets = ruleSets;
        this.candidates = candidates;
        this.voteBases = voteBases;
        this.access = access;
    }

    public ElectionContext of(UUID electionId) {
        Election election = elections.get(electionId);
        Congress congress = congresses.findByIdOptional(election.congressId).orElseThrow(() ->
                ProblemException.notFound("Không có đại hội với mã " + election.congressId));
        CongressElectionStructureResponse structure = structures.structureOf(congress.id);
        return new ElectionContext(election, congress, ruleSets.get(structure.ruleSetId()),
                structure.structure().kind());
    }

    /** An election whose list may still change, by a caller allowed to change the congress' organisation. */
    public ElectionContext editable(UUID electionId) {
        ElectionContext context = of(electionId);
        access.requireWriteAccess(context.congress().organisationId);
        if (context.congress().status == CongressStatus.CANCELLED) {
            throw ProblemException.conflict("Đại hội " + context.congress().id + " đã hủy");
        }
        Election election = context.election();
        if (election.status != ElectionStatus.NOMINATING) {
            throw ProblemException.conflict("Danh sách bầu " + election.office.title() + " lần thứ "
                    + election.roundNo + " đã được thông qua, không thay đổi được");
        }
        return context;
    }

    /**
     * Who vote on the election (and on an opinion ballot): those present at the congress (checked in), or the
     * members elected to the new committee at its first meeting.
     */
    public int present(ElectionContext context) {
        if (context.election().electorate == Electorate.NEW_COMMITTEE) {
            return candidates.electedAt(context.congress().id, Office.PARTY_COMMITTEE).size();
        }
        return voteBases.ofCongress(context.congress().id).present();
    }
}

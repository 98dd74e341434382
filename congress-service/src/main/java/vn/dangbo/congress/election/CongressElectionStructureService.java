package vn.dangbo.congress.election;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.dangbo.congress.congress.Congress;
import vn.dangbo.congress.congress.CongressRepository;
import vn.dangbo.congress.congress.CongressStatus;
import vn.dangbo.congress.election.ElectionRecords.CongressElectionStructureResponse;
import vn.dangbo.congress.roll.MemberCounts;
import vn.dangbo.congress.roll.MemberRollRepository;
import vn.dangbo.congress.round.RoundService;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.congress.ruleset.RuleSetCatalogue;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The structure one congress elects: its round's rule set and the roll as it stood on the congress's first day,
 * and the structure its office states (checked against both).
 */
@ApplicationScoped
public class CongressElectionStructureService {

    private final CongressRepository congresses;
    private final RoundService rounds;
    private final RuleSetCatalogue ruleSets;
    private final OrganisationDirectory organisations;
    private final MemberRollRepository roll;
    private final StatedElectionStructureRepository stated;
    private final AccessGuard access;

    public CongressElectionStructureService(CongressRepository congresses, RoundService rounds,
            RuleSetCatalogue ruleSets, OrganisationDirectory organisations, MemberRollRepository roll,
            StatedElectionStructureRepository stated, AccessGuard access) {
        this.congresses = congresses;
        this.rounds = rounds;
        this.ruleSets = ruleSets;
        this.organisations = organisations;
        this.roll = roll;
        this.stated = stated;
        this.access = access;
    }

    public CongressElectionStructureResponse structureOf(UUID congressId) {
        Congress congress = congress(congressId);
        return view(congress, derive(congress), stated.findById(congressId));
    }

    /** Stores the structure the office states, refused with the field and the limit when it does not fit. */
    @Transactional
    public CongressElectionStructureResponse state(UUID congressId, StatedStructure request) {
        Congress congress = congress(congressId);
        access.requireWriteAccess(congress.organisationId);
        if (congress.status == CongressStatus.CANCELLED) {
            throw ProblemException.conflict("Đại hội " + congressId
                    + " đã hủy, không nêu cơ cấu bầu cử được");
        }
        Derived derived = derive(congress);
        ElectionStructureRules.statedStructureProblem(derived.rules, derived.structure, derived.counts, request)
                .ifPresent(refusal -> {
                    throw ProblemException.ruleViolated(refusal.message(), refusal.field());
                });
        StatedElectionStructure entity = stated.findById(congressId);
        if (entity == null) {
            entity = new StatedElectionStructure();
            entity.congressId = congressId;
        }
        entity.committeeSize = zeroIsNone(request.committeeSize());
        entity.standingCommitteeSize = zeroIsNone(request.standingCommitteeSize());
        entity.deputySecretaries = request.deputySecretaries();
        entity.inspectionCommissionSize = zeroIsNone(request.inspectionCommissionSize());
        entity.statedBy = access.actor();
        entity.statedAt = Instant.now();
        if (!stated.isPersistent(entity)) {
            stated.persist(entity);
        }
        stated.flush();
        return view(congress, derived, entity);
    }

    private record Derived(KnownOrganisation organisation, RuleSet rules, MemberCounts counts,
            ElectionStructure structure) {
    }

    private Derived derive(Congress congress) {
        KnownOrganisation organisation = organisations.find(congress.organisationId)
                .orElseThrow(() -> ProblemException.conflict("Chưa có thông tin tổ chức đảng với mã "
                        + congress.organisationId));
        RuleSet rules = ruleSetOf(congress);
        MemberCounts counts = roll.countInSubtreeOn(organisation, congress.startDate);
        OrganisationType type = OrganisationType.parse(organisation.type).orElse(null);
        ElectionStructure structure = ElectionStructureRules.structureFor(rules, type, counts)
                .orElseThrow(() -> ProblemException.ruleViolated(
                        ElectionStructureRules.noStructure(organisation.name, organisation.type), null));
        return new Derived(organisation, rules, counts, structure);
    }

    /** The rule set of the congress's round; a congress from before rounds uses the current one. */
    private RuleSet ruleSetOf(Congress congress) {
        if (congress.roundId == null) {
            return ruleSets.current();
        }
        return ruleSets.get(rounds.get(congress.roundId).ruleSetId);
    }

    private CongressElectionStructureResponse view(Congress congress, Derived derived, StatedElectionStructure entity) {
        StatedStructure sizes = entity == null ? null : entity.sizes();
        String problem = sizes == null ? null : ElectionStructureRules
                .statedStructureProblem(derived.rules, derived.structure, derived.counts, sizes)
                .map(Refusal::message).orElse(null);
        return new CongressElectionStructureResponse(congress.id, derived.organisation.id, derived.organisation.name,
                derived.organisation.type, derived.rules.id(), congress.startDate, derived.counts.full(),
                derived.counts.probationary(), derived.structure,
                ElectionStructureRules.describe(derived.rules, derived.structure, derived.counts), sizes,
                entity == null ? null : entity.statedBy, entity == null ? null : entity.statedAt, problem);
    }

    private Congress congress(UUID id) {
        return congresses.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Không có đại hội với mã " + id));
    }

    private static Integer zeroIsNone(Integer size) {
        return size == null || size == 0 ? null : size;
    }
}

package vn.dangbo.emulation.award;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.nomination.Nomination;
import vn.dangbo.emulation.nomination.NominationState;
import vn.dangbo.kit.web.ProblemException;

/** Award decisions, proposals and awards, and the nominations they are made of. */
@ApplicationScoped
public class AwardRepository {

    static final List<NominationState> STANDING = List.of(NominationState.DECIDED, NominationState.CERTIFIED,
            NominationState.PRESENTED);

    private final EntityManager entityManager;

    public AwardRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<Nomination> nominations(UUID movementId, Collection<UUID> ids) {
        return entityManager.createQuery("from Nomination n where n.movementId = :m and n.id in :ids",
                Nomination.class).setParameter("m", movementId).setParameter("ids", ids).getResultList();
    }

    /** @throws ProblemException 404 naming the id */
    public Nomination nomination(UUID movementId, UUID id) {
        Nomination nomination = entityManager.find(Nomination.class, id);
        if (nomination == null || !nomination.movementId.equals(movementId)) {
            throw ProblemException.notFound("Không có hồ sơ đề nghị khen thưởng với mã " + id);
        }
        return nomination;
    }

    /** How many awards of the movement stand (decided, certified or presented) and take a place of the quota. */
    public int standingTowardQuota(UUID movementId) {
        return entityManager.createQuery("select count(a) from Award a, Nomination n where n.id = a.id"
                        + " and a.movementId = :m and a.countsTowardQuota = true and n.state in :standing", Long.class)
                .setParameter("m", movementId).setParameter("standing", STANDING).getSingleResult().intValue();
    }

    public Optional<Award> award(UUID id) {
        return Optional.ofNullable(entityManager.find(Award.class, id));
    }

    public List<Award> awards(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : entityManager.createQuery("from Award a where a.id in :ids", Award.class)
                .setParameter("ids", ids).getResultList();
    }

    public List<Award> awardsOfDecision(UUID decisionId) {
        return entityManager.createQuery("from Award a where a.decisionId = :d", Award.class)
                .setParameter("d", decisionId).getResultList();
    }

    public List<Award> awardsOfProposal(UUID proposalId) {
        return entityManager.createQuery("from Award a where a.proposalId = :p", Award.class)
                .setParameter("p", proposalId).getResultList();
    }

    public Optional<AwardDecision> decision(UUID id) {
        return Optional.ofNullable(entityManager.find(AwardDecision.class, id));
    }

    public Optional<AwardProposal> proposal(UUID id) {
        return Optional.ofNullable(entityManager.find(AwardProposal.class, id));
    }

    /** The movement's awards with their nominations, decisions and proposals, for the register. */
    public List<Entry> entries(UUID movementId) {
        return entityManager.createQuery("select a, n, d, p from Award a join Nomination n on n.id = a.id"
                        + " left join AwardDecision d on d.id = a.decisionId"
                        + " left join AwardProposal p on p.id = a.proposalId"
                        + " where a.movementId = :m", Object[].class)
                .setParameter("m", movementId).getResultList().stream()
                .map(row -> new Entry((Award) row[0], (Nomination) row[1], (AwardDecision) row[2],
                        (AwardProposal) row[3]))
                .toList();
    }

    /** An award with what it was made of; {@code decision} or {@code proposal} may be null. */
    public record Entry(Award award, Nomination nomination, AwardDecision decision, AwardProposal proposal) {
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public void remove(Award award) {
        entityManager.remove(award);
    }
}

package vn.dangbo.emulation.tournament.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** The results a match was given, every version kept. */
@ApplicationScoped
public class ResultRepository {

    private final EntityManager entityManager;

    public ResultRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void persist(MatchResult result) {
        entityManager.persist(result);
    }

    public List<MatchResult> history(UUID matchId) {
        return entityManager.createQuery("from MatchResult r where r.matchId = :m order by r.revision",
                MatchResult.class).setParameter("m", matchId).getResultList();
    }

    public int lastRevision(UUID matchId) {
        return entityManager.createQuery("select coalesce(max(r.revision), 0) from MatchResult r"
                + " where r.matchId = :m", Integer.class).setParameter("m", matchId).getSingleResult();
    }
}

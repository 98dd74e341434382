package vn.dangbo.emulation.tournament;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;

/** The tournaments of the movements. */
@ApplicationScoped
public class TournamentRepository {

    private final EntityManager entityManager;

    public TournamentRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws ProblemException 404 when the movement has no such tournament */
    public Tournament require(UUID movementId, UUID tournamentId) {
        Tournament tournament = entityManager.find(Tournament.class, tournamentId);
        if (tournament == null || !tournament.movementId.equals(movementId)) {
            throw ProblemException.notFound("Phong trào thi đua không có giải đấu với mã " + tournamentId);
        }
        return tournament;
    }

    /**
     * The tournament, locked until the transaction ends: its registrations, rule changes and the draw take turns,
     * so none of them decides on a state another is changing.
     */
    public Tournament lock(UUID movementId, UUID tournamentId) {
        Tournament tournament = require(movementId, tournamentId);
        entityManager.lock(tournament, LockModeType.PESSIMISTIC_WRITE);
        entityManager.refresh(tournament);
        return tournament;
    }

    public List<Tournament> ofMovement(UUID movementId) {
        return entityManager.createQuery("from Tournament t where t.movementId = :m order by t.name", Tournament.class)
                .setParameter("m", movementId).getResultList();
    }

    public long registeredTeams(UUID tournamentId) {
        return entityManager.createQuery("select count(t) from Team t where t.tournamentId = :t and t.state = :s",
                Long.class).setParameter("t", tournamentId).setParameter("s", Team.State.REGISTERED)
                .getSingleResult();
    }

    public void persist(Tournament tournament) {
        entityManager.persist(tournament);
    }
}

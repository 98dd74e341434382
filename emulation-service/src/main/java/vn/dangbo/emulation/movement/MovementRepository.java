package vn.dangbo.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;

/** Movements and their anchors. */
@ApplicationScoped
public class MovementRepository {

    private final EntityManager entityManager;

    public MovementRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Movement> find(UUID id) {
        return Optional.ofNullable(entityManager.find(Movement.class, id));
    }

    /** @throws ProblemException 404 naming the id */
    public Movement require(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Không có phong trào thi đua với mã " + id));
    }

    /** The movement, locked until the transaction ends: commands that count against its quotas take turns. */
    public Movement lock(UUID id) {
        Movement movement = entityManager.find(Movement.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (movement == null) {
            throw ProblemException.notFound("Không có phong trào thi đua với mã " + id);
        }
        return movement;
    }

    public List<Movement> all() {
        return entityManager.createQuery("from Movement m order by m.startsOn desc, m.name", Movement.class)
                .getResultList();
    }

    public boolean exists(UUID blocId, String planId) {
        return !entityManager.createQuery("select m.id from Movement m where m.blocId = :bloc and m.planId = :plan",
                        UUID.class)
                .setParameter("bloc", blocId).setParameter("plan", planId).setMaxResults(1).getResultList().isEmpty();
    }

    public void persist(Movement movement) {
        entityManager.persist(movement);
    }

    public void persist(MovementAnchor anchor) {
        entityManager.persist(anchor);
    }

    public List<MovementAnchor> anchors(UUID movementId) {
        return entityManager.createQuery("from MovementAnchor a where a.movementId = :m order by a.key",
                MovementAnchor.class).setParameter("m", movementId).getResultList();
    }

    public Optional<MovementAnchor> anchor(UUID movementId, String key) {
        return Optional.ofNullable(entityManager.find(MovementAnchor.class, new MovementAnchor.Key(movementId, key)));
    }
}

package vn.dangbo.emulation.gathering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.kit.web.ProblemException;

/** The movement's seminar and meeting. */
@ApplicationScoped
public class GatheringRepository {

    private final EntityManager entityManager;

    public GatheringRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws ProblemException 404 when the movement has no such event */
    public Gathering require(UUID movementId, UUID id) {
        Gathering gathering = entityManager.find(Gathering.class, id);
        if (gathering == null || !gathering.movementId.equals(movementId)) {
            throw ProblemException.notFound("Phong trào thi đua không có sự kiện (hội thảo, gặp mặt) với mã " + id);
        }
        return gathering;
    }

    /** The event, locked until the transaction ends: the programme's counted entries take turns. */
    public Gathering lock(UUID movementId, UUID id) {
        Gathering gathering = require(movementId, id);
        entityManager.lock(gathering, LockModeType.PESSIMISTIC_WRITE);
        return gathering;
    }

    public Optional<Gathering> ofKind(UUID movementId, Gathering.Kind kind) {
        return entityManager.createQuery("from Gathering g where g.movementId = :m and g.kind = :k", Gathering.class)
                .setParameter("m", movementId).setParameter("k", kind).getResultStream().findFirst();
    }

    /** The seminar, then the meeting. */
    public List<Gathering> of(UUID movementId) {
        return entityManager.createQuery("from Gathering g where g.movementId = :m order by g.onDate, g.kind",
                Gathering.class).setParameter("m", movementId).getResultList();
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public void flush() {
        entityManager.flush();
    }

    public <T> List<T> list(String query, Class<T> type, UUID gatheringId) {
        return entityManager.createQuery(query, type).setParameter("g", gatheringId).getResultList();
    }

    public <T> Optional<T> find(Class<T> type, Object id) {
        return Optional.ofNullable(entityManager.find(type, id));
    }

    public void remove(Object entity) {
        entityManager.remove(entity);
    }
}

package vn.dangbo.emulation.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A movement's tasks. */
@ApplicationScoped
public class TaskRepository {

    private final EntityManager entityManager;

    public TaskRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void persist(Task task) {
        entityManager.persist(task);
    }

    public Optional<Task> find(UUID movementId, UUID id) {
        return Optional.ofNullable(entityManager.find(Task.class, id)).filter(t -> t.movementId.equals(movementId));
    }

    /** The movement's tasks in the plan's order, those of one owner body when {@code ownerCode} is given. */
    public List<Task> of(UUID movementId, String ownerCode) {
        return entityManager.createQuery("from Task t where t.movementId = :m and (:owner is null or t.ownerCode = "
                        + ":owner) order by t.position", Task.class)
                .setParameter("m", movementId).setParameter("owner", ownerCode).getResultList();
    }

    public List<Task> anchoredTo(UUID movementId, String anchor) {
        return entityManager.createQuery("from Task t where t.movementId = :m and t.dueAnchor = :a order by t.position",
                        Task.class)
                .setParameter("m", movementId).setParameter("a", anchor).getResultList();
    }
}

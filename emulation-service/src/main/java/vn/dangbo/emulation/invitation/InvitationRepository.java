package vn.dangbo.emulation.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.gathering.Gathering;

/** The invitees, guests, chosen cells and batches of an event. */
@ApplicationScoped
public class InvitationRepository {

    private final EntityManager entityManager;

    public InvitationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public Optional<Gathering> gathering(UUID id) {
        return Optional.ofNullable(entityManager.find(Gathering.class, id));
    }

    /** Refreshes and issues of one event take turns (one invitee per person, one batch per change). */
    public void lock(Gathering gathering) {
        entityManager.lock(gathering, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Invitee> invitees(UUID gatheringId) {
        return entityManager.createQuery("select distinct i from Invitee i left join fetch i.roles"
                + " where i.gatheringId = :g order by i.sortKey, i.id", Invitee.class)
                .setParameter("g", gatheringId).getResultList();
    }

    public Optional<Invitee> invitee(UUID gatheringId, UUID id) {
        return Optional.ofNullable(entityManager.find(Invitee.class, id)).filter(i -> i.gatheringId.equals(gatheringId));
    }

    public List<InvitationGuest> guests(UUID gatheringId) {
        return entityManager.createQuery("select g from InvitationGuest g where g.gatheringId = :g"
                + " order by g.createdAt, g.id", InvitationGuest.class)
                .setParameter("g", gatheringId).getResultList();
    }

    public Optional<InvitationGuest> guest(UUID gatheringId, UUID id) {
        return Optional.ofNullable(entityManager.find(InvitationGuest.class, id))
                .filter(g -> g.gatheringId.equals(gatheringId));
    }

    @SuppressWarnings("unchecked")
    public List<UUID> chosenCells(UUID gatheringId, String groupCode) {
        return entityManager.createNativeQuery("select organisation_id from invitation_chosen_cell"
                        + " where gathering_id = ?1 and group_code = ?2", UUID.class)
                .setParameter(1, gatheringId).setParameter(2, groupCode).getResultList();
    }

    public void replaceChosenCells(UUID gatheringId, String groupCode, List<UUID> organisationIds) {
        entityManager.createNativeQuery("delete from invitation_chosen_cell where gathering_id = ?1"
                + " and group_code = ?2").setParameter(1, gatheringId).setParameter(2, groupCode).executeUpdate();
        for (UUID id : organisationIds) {
            entityManager.createNativeQuery("insert into invitation_chosen_cell (gathering_id, group_code,"
                            + " organisation_id) values (?1, ?2, ?3)")
                    .setParameter(1, gatheringId).setParameter(2, groupCode).setParameter(3, id).executeUpdate();
        }
    }

    public List<InvitationBatch> batches(UUID gatheringId) {
        return entityManager.createQuery("select b from InvitationBatch b where b.gatheringId = :g"
                + " order by b.requestedAt, b.id", InvitationBatch.class)
                .setParameter("g", gatheringId).getResultList();
    }

    public Optional<InvitationBatch> batch(UUID id) {
        return Optional.ofNullable(entityManager.find(InvitationBatch.class, id));
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }

    public void remove(Object entity) {
        entityManager.remove(entity);
    }
}

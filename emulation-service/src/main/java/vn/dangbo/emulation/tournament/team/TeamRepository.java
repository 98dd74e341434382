package vn.dangbo.emulation.tournament.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.kit.web.ProblemException;

/** Teams, their organisations and rosters. */
@ApplicationScoped
public class TeamRepository {

    private final EntityManager entityManager;

    public TeamRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws ProblemException 404 when the tournament has no such team */
    public Team require(UUID tournamentId, UUID teamId) {
        Team team = entityManager.find(Team.class, teamId);
        if (team == null || !team.tournamentId.equals(tournamentId)) {
            throw ProblemException.notFound("Giải đấu không có đội với mã " + teamId);
        }
        return team;
    }

    public List<Team> ofTournament(UUID tournamentId) {
        return entityManager.createQuery("from Team t where t.tournamentId = :t", Team.class)
                .setParameter("t", tournamentId).getResultList();
    }

    /** The registered teams holding any of these organisations now: organisation → team name. */
    public Map<UUID, String> holdingOrganisations(UUID tournamentId, Collection<UUID> organisationIds) {
        Map<UUID, String> held = new HashMap<>();
        entityManager.createQuery("select o.organisationId, t.name from TeamOrganisation o, Team t "
                        + "where t.id = o.teamId and o.tournamentId = :t and o.active = true "
                        + "and o.organisationId in :ids", Object[].class)
                .setParameter("t", tournamentId).setParameter("ids", organisationIds).getResultList()
                .forEach(r -> held.put((UUID) r[0], (String) r[1]));
        return held;
    }

    /** The other registered teams whose rosters hold any of these people: person key → team name. */
    public Map<String, String> holdingPlayers(UUID tournamentId, Collection<String> personKeys, UUID exceptTeam) {
        Map<String, String> held = new HashMap<>();
        if (personKeys.isEmpty()) {
            return held;
        }
        entityManager.createQuery("select p.personKey, t.name from TeamPlayer p, Team t where t.id = p.teamId "
                        + "and p.tournamentId = :t and p.active = true and p.personKey in :keys and p.teamId <> :team",
                        Object[].class)
                .setParameter("t", tournamentId).setParameter("keys", personKeys)
                .setParameter("team", exceptTeam == null ? new UUID(0, 0) : exceptTeam).getResultList()
                .forEach(r -> held.put((String) r[0], (String) r[1]));
        return held;
    }

    public List<TeamOrganisation> organisations(UUID teamId) {
        return entityManager.createQuery("from TeamOrganisation o where o.teamId = :t", TeamOrganisation.class)
                .setParameter("t", teamId).getResultList();
    }

    public List<TeamPlayer> players(UUID teamId) {
        return entityManager.createQuery("from TeamPlayer p where p.teamId = :t order by p.position",
                TeamPlayer.class).setParameter("t", teamId).getResultList();
    }

    /** Removes the team's roster now (not at the flush): the new roster may hold the same people. */
    public void clearRoster(UUID teamId) {
        entityManager.flush();
        entityManager.createQuery("delete from TeamPlayer p where p.teamId = :t").setParameter("t", teamId)
                .executeUpdate();
    }

    /** A withdrawn team no longer holds its organisations and players; the rows stay for the record. */
    public void release(UUID teamId) {
        entityManager.flush();
        entityManager.createQuery("update TeamOrganisation o set o.active = false where o.teamId = :t")
                .setParameter("t", teamId).executeUpdate();
        entityManager.createQuery("update TeamPlayer p set p.active = false where p.teamId = :t")
                .setParameter("t", teamId).executeUpdate();
    }

    public void persist(Object entity) {
        entityManager.persist(entity);
    }
}

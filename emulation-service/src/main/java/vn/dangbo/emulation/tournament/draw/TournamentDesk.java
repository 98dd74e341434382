package vn.dangbo.emulation.tournament.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * What the draw and the schedule start with: the movement and its tournament (404 unless the tournament is the
 * movement's), for a write the office's access (write access on the movement's bloc) and the tournament locked so
 * two draws or schedules take turns; its teams and matches.
 */
@ApplicationScoped
public class TournamentDesk {

    /** A tournament with the movement it belongs to. */
    public record Desk(Movement movement, Tournament tournament) {
    }

    private final MovementRepository movements;
    private final EntityManager entityManager;
    private final AccessGuard access;

    public TournamentDesk(MovementRepository movements, EntityManager entityManager, AccessGuard access) {
        this.movements = movements;
        this.entityManager = entityManager;
        this.access = access;
    }

    public Desk read(UUID movementId, UUID tournamentId) {
        Movement movement = movements.require(movementId);
        return new Desk(movement, tournament(movementId, tournamentId, LockModeType.NONE));
    }

    public Desk write(UUID movementId, UUID tournamentId) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        return new Desk(movement, tournament(movementId, tournamentId, LockModeType.PESSIMISTIC_WRITE));
    }

    private Tournament tournament(UUID movementId, UUID tournamentId, LockModeType lock) {
        Tournament tournament = entityManager.find(Tournament.class, tournamentId, lock);
        if (tournament == null || !tournament.movementId.equals(movementId)) {
            throw ProblemException.notFound("Không tìm thấy giải đấu " + tournamentId + " của phong trào");
        }
        return tournament;
    }

    public String actor() {
        return access.actor();
    }

    /** Every team of the tournament (withdrawn ones too), by name. */
    public List<Team> teams(UUID tournamentId) {
        return entityManager.createQuery("from Team t where t.tournamentId = :t order by t.name, t.id", Team.class)
                .setParameter("t", tournamentId).getResultList();
    }

    public Map<UUID, Team> teamsById(UUID tournamentId) {
        return teams(tournamentId).stream().collect(Collectors.toMap(t -> t.id, Function.identity()));
    }

    public List<TournamentMatch> matches(UUID tournamentId) {
        return entityManager.createQuery("from TournamentMatch m where m.tournamentId = :t order by m.number",
                TournamentMatch.class).setParameter("t", tournamentId).getResultList();
    }

    /** The first match with a result (played or forfeited), if any: the draw and the schedule are then fixed. */
    public Integer firstDecidedMatch(UUID tournamentId) {
        return entityManager.createQuery("select min(m.number) from TournamentMatch m where m.tournamentId = :t"
                + " and m.state <> :pending", Integer.class)
                .setParameter("t", tournamentId).setParameter("pending", TournamentMatch.State.PENDING)
                .getSingleResult();
    }

    /** Refuses a change of the draw or the schedule once a match has a result. */
    public void requireNoResult(Tournament tournament, String what) {
        if (tournament.state == Tournament.State.COMPLETED) {
            throw ProblemException.conflict("Giải đã kết thúc: không " + what + " được nữa");
        }
        Integer decided = firstDecidedMatch(tournament.id);
        if (decided != null) {
            throw ProblemException.conflict("Trận số " + decided + " đã có kết quả: không " + what + " được nữa");
        }
    }
}

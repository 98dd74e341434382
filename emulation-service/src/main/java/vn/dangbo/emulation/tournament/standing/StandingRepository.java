package vn.dangbo.emulation.tournament.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.kit.web.ProblemException;

/** A tournament's teams and matches as the results, the standings and the ranking read them. */
@ApplicationScoped
public class StandingRepository {

    private final EntityManager entityManager;

    public StandingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @throws ProblemException 404 when the movement has no such tournament */
    public Tournament tournament(UUID movementId, UUID tournamentId) {
        Tournament tournament = entityManager.find(Tournament.class, tournamentId);
        return ofMovement(tournament, movementId, tournamentId);
    }

    /**
     * The tournament locked: its results are entered one at a time, so the advancement a result causes reads the
     * matches as the previous result left them.
     */
    public Tournament lock(UUID movementId, UUID tournamentId) {
        Tournament tournament = entityManager.find(Tournament.class, tournamentId, LockModeType.PESSIMISTIC_WRITE);
        return ofMovement(tournament, movementId, tournamentId);
    }

    /** @throws ProblemException 404 when the tournament has no such match */
    public TournamentMatch match(UUID tournamentId, UUID matchId) {
        TournamentMatch match = entityManager.find(TournamentMatch.class, matchId);
        if (match == null || !match.tournamentId.equals(tournamentId)) {
            throw ProblemException.notFound("Không có trận đấu với mã " + matchId + " trong giải này");
        }
        return match;
    }

    /** Every match of the tournament, by number. */
    public List<TournamentMatch> matches(UUID tournamentId) {
        return entityManager.createQuery("from TournamentMatch m where m.tournamentId = :t order by m.number",
                TournamentMatch.class).setParameter("t", tournamentId).getResultList();
    }

    /** Every team of the tournament that was drawn or registered (a withdrawn team left before the draw). */
    public List<Team> teams(UUID tournamentId) {
        return entityManager.createQuery("from Team t where t.tournamentId = :t and t.state = :registered",
                Team.class).setParameter("t", tournamentId).setParameter("registered", Team.State.REGISTERED)
                .getResultList();
    }

    private static Tournament ofMovement(Tournament tournament, UUID movementId, UUID tournamentId) {
        if (tournament == null || !tournament.movementId.equals(movementId)) {
            throw ProblemException.notFound("Không có giải đấu với mã " + tournamentId + " trong phong trào này");
        }
        return tournament;
    }
}

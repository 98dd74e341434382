package vn.dangbo.emulation.tournament.draw;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.TournamentRules;

/**
 * A tournament and its registered teams written straight through the entities (the teams' registration is another
 * feature's): what the draw and the schedule start from.
 */
public final class TournamentFixture {

    public final UUID tournamentId;
    public final List<UUID> teams;

    private TournamentFixture(UUID tournamentId, List<UUID> teams) {
        this.tournamentId = tournamentId;
        this.teams = teams;
    }

    public static TournamentRules rules(TournamentRules.Format format) {
        return new TournamentRules(2, 21, 15, true, 30, new TournamentRules.RankingPoints(3, 2, 1, 0, 0),
                new TournamentRules.Forfeit(25, 0), new TournamentRules.Roster(6, 10, 2, 2),
                new TournamentRules.OnCourt(5, 2, 2), format, new TournamentRules.Groups(4, 2), true);
    }

    public static TournamentFixture of(EntityManager entityManager, UUID movementId, int teams,
            TournamentRules.Format format) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Tournament tournament = new Tournament();
            tournament.id = UUID.randomUUID();
            tournament.movementId = movementId;
            tournament.name = "Giải Bóng chuyền hơi chào mừng kỷ niệm 65 năm";
            tournament.venue = "Nhà thi đấu đa năng tỉnh Lào Cai";
            tournament.rules = rules(format).write();
            tournament.state = Tournament.State.REGISTRATION;
            entityManager.persist(tournament);
            List<UUID> ids = new ArrayList<>();
            for (int i = 1; i <= teams; i++) {
                Team team = new Team();
                team.id = UUID.randomUUID();
                team.tournamentId = tournament.id;
                team.name = String.format("Đội Chi bộ số %02d", i);
                team.state = Team.State.REGISTERED;
                entityManager.persist(team);
                ids.add(team.id);
            }
            return new TournamentFixture(tournament.id, List.copyOf(ids));
        });
    }

    /** A result entered for match {@code number} (the scores' feature writes it in the service). */
    public void played(EntityManager entityManager, int number) {
        QuarkusTransaction.requiringNew().run(() -> {
            TournamentMatch match = entityManager.createQuery("from TournamentMatch m where m.tournamentId = :t"
                    + " and m.number = :n", TournamentMatch.class).setParameter("t", tournamentId)
                    .setParameter("n", number).getSingleResult();
            match.state = TournamentMatch.State.PLAYED;
            match.sets = "[{\"home\": 21, \"away\": 15}, {\"home\": 21, \"away\": 18}]";
            match.winnerTeamId = match.homeTeamId;
        });
    }
}

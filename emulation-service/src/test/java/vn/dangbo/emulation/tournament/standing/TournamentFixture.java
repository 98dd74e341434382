package vn.dangbo.emulation.tournament.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;

/**
 * A drawn tournament as the teams' and the draw's features leave it (they are tested on their own): two groups of
 * four (A, B: six matches each, numbers 1-12), semi-finals 13 "A1"-"B2" and 14 "B1"-"A2", the third-place match
 * 15 "L13"-"L14" and the final 16 "W13"-"W14".
 */
@ApplicationScoped
public class TournamentFixture {

    /** The tournament, its teams by name ("A1".."B4": group and draw position) and its matches by number. */
    public record Drawn(UUID id, Map<String, UUID> teams, Map<Integer, UUID> matches) {

        public UUID team(String name) {
            return teams.get(name);
        }

        public UUID match(int number) {
            return matches.get(number);
        }
    }

    /** The circle method's pairs of a group of four, by draw position. */
    static final int[][] ROUND_ROBIN = {{1, 4}, {2, 3}, {1, 3}, {4, 2}, {1, 2}, {3, 4}};

    private final EntityManager entityManager;

    public TournamentFixture(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public Drawn drawn(UUID movementId, String name) {
        Tournament tournament = new Tournament();
        tournament.id = UUID.randomUUID();
        tournament.movementId = movementId;
        tournament.name = name;
        tournament.venue = "Nhà thi đấu đa năng tỉnh Lào Cai";
        tournament.rules = PlayingRules.PLAN.write();
        tournament.state = Tournament.State.SCHEDULED;
        entityManager.persist(tournament);
        Map<String, UUID> teams = new LinkedHashMap<>();
        for (String group : List.of("A", "B")) {
            for (int position = 1; position <= 4; position++) {
                Team team = new Team();
                team.id = UUID.randomUUID();
                team.tournamentId = tournament.id;
                team.name = "Đội " + group + position;
                team.state = Team.State.REGISTERED;
                team.groupCode = group;
                team.seed = position == 1 ? (group.equals("A") ? 1 : 2) : null;
                entityManager.persist(team);
                teams.put(group + position, team.id);
            }
        }
        entityManager.flush();
        Map<Integer, UUID> matches = new LinkedHashMap<>();
        int number = 1;
        for (String group : List.of("A", "B")) {
            for (int i = 0; i < ROUND_ROBIN.length; i++) {
                TournamentMatch m = match(tournament.id, number, TournamentMatch.Stage.GROUP, group, i / 2 + 1);
                m.homeTeamId = teams.get(group + ROUND_ROBIN[i][0]);
                m.awayTeamId = teams.get(group + ROUND_ROBIN[i][1]);
                matches.put(number++, persist(m));
            }
        }
        matches.put(13, persist(knockout(tournament.id, 13, TournamentMatch.Stage.KNOCKOUT, 1, "A1", "B2")));
        matches.put(14, persist(knockout(tournament.id, 14, TournamentMatch.Stage.KNOCKOUT, 1, "B1", "A2")));
        matches.put(15, persist(knockout(tournament.id, 15, TournamentMatch.Stage.THIRD_PLACE, 2, "L13", "L14")));
        matches.put(16, persist(knockout(tournament.id, 16, TournamentMatch.Stage.KNOCKOUT, 2, "W13", "W14")));
        return new Drawn(tournament.id, teams, matches);
    }

    /** The group's matches as [number, home position, away position], e.g. match 1 = A1 against A4. */
    public static List<int[]> groupMatches(String group) {
        int first = group.equals("A") ? 1 : 7;
        List<int[]> list = new ArrayList<>();
        for (int i = 0; i < ROUND_ROBIN.length; i++) {
            list.add(new int[] {first + i, ROUND_ROBIN[i][0], ROUND_ROBIN[i][1]});
        }
        return list;
    }

    /** The organisation a team plays for, as the teams' feature records it in {@code team_organisation}. */
    @Transactional
    public void playsFor(UUID tournamentId, UUID teamId, UUID organisationId) {
        entityManager.createNativeQuery("insert into team_organisation (team_id, tournament_id, organisation_id,"
                + " active) values (:team, :tournament, :organisation, true)").setParameter("team", teamId)
                .setParameter("tournament", tournamentId).setParameter("organisation", organisationId)
                .executeUpdate();
    }

    @Transactional
    public TournamentMatch match(UUID id) {
        return entityManager.find(TournamentMatch.class, id);
    }

    @Transactional
    public Tournament tournament(UUID id) {
        return entityManager.find(Tournament.class, id);
    }

    private UUID persist(TournamentMatch m) {
        entityManager.persist(m);
        return m.id;
    }

    private static TournamentMatch knockout(UUID tournamentId, int number, TournamentMatch.Stage stage, int round,
            String home, String away) {
        TournamentMatch m = match(tournamentId, number, stage, null, round);
        m.homeSource = home;
        m.awaySource = away;
        return m;
    }

    private static TournamentMatch match(UUID tournamentId, int number, TournamentMatch.Stage stage, String group,
            int round) {
        TournamentMatch m = new TournamentMatch();
        m.id = UUID.randomUUID();
        m.tournamentId = tournamentId;
        m.number = number;
        m.stage = stage;
        m.groupCode = group;
        m.round = round;
        m.state = TournamentMatch.State.PENDING;
        return m;
    }
}

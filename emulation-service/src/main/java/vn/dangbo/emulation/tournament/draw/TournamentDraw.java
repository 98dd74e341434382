package vn.dangbo.emulation.tournament.draw;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.draw.DrawEvents.BracketMatch;
import vn.dangbo.emulation.tournament.draw.DrawEvents.DrawMade;
import vn.dangbo.emulation.tournament.draw.DrawEvents.Ref;
import vn.dangbo.emulation.tournament.draw.DrawModel.Draw;
import vn.dangbo.emulation.tournament.draw.DrawModel.Group;
import vn.dangbo.emulation.tournament.draw.DrawModel.PlannedMatch;
import vn.dangbo.emulation.tournament.draw.DrawRecords.DrawRequest;
import vn.dangbo.emulation.tournament.draw.DrawRecords.DrawResponse;
import vn.dangbo.emulation.tournament.draw.DrawRecords.GroupsResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/**
 * The draw of a tournament's registered teams ({@link DrawRules}): its matches replace the previous draw's (a redraw
 * is allowed until a match has a result or the schedule is published), the teams get their seed and group, the
 * tournament is DRAWN with the lot's seed recorded; {@code draw.made.v1}.
 */
@ApplicationScoped
public class TournamentDraw {

    private static final SecureRandom LOT = new SecureRandom();

    private final TournamentDesk desk;
    private final EntityManager entityManager;
    private final ChangeRecorder changes;

    public TournamentDraw(TournamentDesk desk, EntityManager entityManager, ChangeRecorder changes) {
        this.desk = desk;
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @Transactional
    public DrawResponse draw(UUID movementId, UUID tournamentId, DrawRequest request) {
        TournamentDesk.Desk d = desk.write(movementId, tournamentId);
        Tournament tournament = d.tournament();
        desk.requireNoResult(tournament, "bốc thăm lại");
        if (published(tournament.id)) {
            throw ProblemException.conflict("Lịch thi đấu đã được công bố: không bốc thăm lại được nữa");
        }
        List<Team> teams = desk.teams(tournament.id);
        List<UUID> registered = teams.stream().filter(t -> t.state == Team.State.REGISTERED).map(t -> t.id).toList();
        if (registered.size() < 2) {
            throw ProblemException.ruleViolated("Cần ít nhất 2 đội đã đăng ký để bốc thăm, hiện có "
                    + registered.size(), "teams");
        }
        List<UUID> seeds = seeds(request, registered);
        long randomSeed = request != null && request.randomSeed() != null ? request.randomSeed() : LOT.nextLong();
        TournamentRules rules = tournament.rules();
        Draw draw = DrawRules.draw(registered, seeds, randomSeed, rules);

        entityManager.createQuery("delete from TournamentMatch m where m.tournamentId = :t")
                .setParameter("t", tournament.id).executeUpdate();
        Map<UUID, String> groupOf = new HashMap<>();
        for (Group group : draw.groups()) {
            group.teams().forEach(t -> groupOf.put(t, group.code()));
        }
        for (Team team : teams) {
            int seed = seeds.indexOf(team.id);
            team.seed = seed < 0 ? null : seed + 1;
            team.groupCode = groupOf.get(team.id);
        }
        // one round trip per batch, not per match: 128 matches for 64 teams
        entityManager.unwrap(Session.class).setJdbcBatchSize(200);
        for (PlannedMatch planned : draw.matches()) {
            entityManager.persist(entity(tournament.id, planned));
        }
        tournament.state = Tournament.State.DRAWN;
        tournament.drawRandomSeed = randomSeed;
        entityManager.flush();

        DrawResponse response = response(d.movement(), tournament);
        changes.record(Change.of(tournament.id)
                .event(DrawEvents.TOPIC, DrawEvents.DRAW_MADE, () -> made(d.movement(), tournament, response))
                .audit("tournament", "DRAWN", null, () -> response));
        return response;
    }

    public GroupsResponse groups(UUID movementId, UUID tournamentId) {
        Tournament tournament = desk.read(movementId, tournamentId).tournament();
        return new GroupsResponse(tournament.id, tournament.state.name(), tournament.rules().format().name(),
                tournament.drawRandomSeed, MatchViews.groups(desk.teams(tournament.id)));
    }

    private boolean published(UUID tournamentId) {
        return !entityManager.createNativeQuery("select 1 from schedule_publication where tournament_id = ?1")
                .setParameter(1, tournamentId).setMaxResults(1).getResultList().isEmpty();
    }

    private static List<UUID> seeds(DrawRequest request, List<UUID> registered) {
        List<UUID> seeds = request == null || request.seeds() == null ? List.of() : request.seeds();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < seeds.size(); i++) {
            UUID seed = seeds.get(i);
            if (seed == null || !registered.contains(seed)) {
                throw ProblemException.ruleViolated("Hạt giống số " + (i + 1) + " (" + seed
                        + ") không phải một đội đã đăng ký của giải", "seeds[" + i + "]");
            }
            if (!seen.add(seed)) {
                throw ProblemException.ruleViolated("Đội " + seed + " được xếp hạt giống hai lần", "seeds[" + i + "]");
            }
        }
        return List.copyOf(seeds);
    }

    private static TournamentMatch entity(UUID tournamentId, PlannedMatch planned) {
        TournamentMatch match = new TournamentMatch();
        match.id = UUID.randomUUID();
        match.tournamentId = tournamentId;
        match.number = planned.number();
        match.stage = TournamentMatch.Stage.valueOf(planned.stage().name());
        match.groupCode = planned.group();
        match.round = planned.round();
        match.homeTeamId = planned.home().teamId();
        match.homeSource = planned.home().source();
        match.awayTeamId = planned.away().teamId();
        match.awaySource = planned.away().source();
        match.state = TournamentMatch.State.PENDING;
        return match;
    }

    private DrawResponse response(Movement movement, Tournament tournament) {
        Map<UUID, Team> teams = desk.teamsById(tournament.id);
        return new DrawResponse(tournament.id, tournament.state.name(), tournament.rules().format().name(),
                tournament.drawRandomSeed, MatchViews.groups(List.copyOf(teams.values())),
                desk.matches(tournament.id).stream().map(m -> MatchViews.match(m, teams, movement.zoneId())).toList());
    }

    private static DrawMade made(Movement movement, Tournament tournament, DrawResponse response) {
        List<BracketMatch> bracket = response.matches().stream().filter(m -> !"GROUP".equals(m.stage()))
                .map(m -> new BracketMatch(m.number(), m.stage(), m.round(), m.home(), m.away())).toList();
        return new DrawMade(new Ref(movement.id, movement.name), new Ref(tournament.id, tournament.name),
                response.format(), response.randomSeed(), response.groups(),
                (int) response.matches().stream().filter(m -> "GROUP".equals(m.stage())).count(), bracket);
    }
}

package vn.dangbo.emulation.tournament.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.standing.StandingRecords.RankedTeam;
import vn.dangbo.emulation.tournament.standing.StandingRecords.RankingResponse;
import vn.dangbo.emulation.tournament.standing.TournamentCompletedEvent.Final;
import vn.dangbo.emulation.tournament.standing.TournamentCompletedEvent.Placed;
import vn.dangbo.emulation.tournament.standing.TournamentCompletedEvent.TeamRef;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;

/**
 * The tournament's end: once its final (and third-place match) are decided it is COMPLETED, and the final ranking
 * goes to docs-service for the result notice ({@code tournament.completed.v1}), in the deciding result's transaction.
 */
@ApplicationScoped
public class Completion {

    private final StandingRepository repository;
    private final MovementRepository movements;
    private final TeamOrganisations teamOrganisations;
    private final IssuingBody issuingBody;
    private final ChangeRecorder changes;
    private final Clock clock;

    public Completion(StandingRepository repository, MovementRepository movements,
            TeamOrganisations teamOrganisations, IssuingBody issuingBody, ChangeRecorder changes, Clock clock) {
        this.repository = repository;
        this.movements = movements;
        this.teamOrganisations = teamOrganisations;
        this.issuingBody = issuingBody;
        this.changes = changes;
        this.clock = clock;
    }

    /** Completes the tournament when its last match is decided; true when it did. */
    public boolean completeIfDecided(Tournament tournament, List<Team> teams, List<TournamentMatch> matches) {
        if (tournament.state == Tournament.State.COMPLETED || !RankingRules.complete(knockout(matches))) {
            return false;
        }
        Movement movement = movements.require(tournament.movementId);
        List<RankedTeam> ranking = ranking(tournament, teams, matches);
        Tournament.State before = tournament.state;
        tournament.state = Tournament.State.COMPLETED;
        LocalDate completedOn = LocalDate.now(clock.withZone(movement.zoneId()));
        TournamentMatch last = matches.stream().filter(m -> m.stage == TournamentMatch.Stage.KNOCKOUT)
                .max((a, b) -> Integer.compare(a.round, b.round)).orElseThrow();
        Map<UUID, String> names = names(teams);
        Final theFinal = new Final(names.getOrDefault(last.homeTeamId, last.homeSource),
                names.getOrDefault(last.awayTeamId, last.awaySource), MatchSets.read(last.sets),
                Optional.ofNullable(last.winnerTeamId).map(names::get)
                        .orElse("Không có đội thắng (cả hai đội bỏ cuộc)"));
        changes.record(Change.of(tournament.id)
                .event(TournamentCompletedEvent.TOPIC, TournamentCompletedEvent.TYPE,
                        () -> new TournamentCompletedEvent(
                                new TournamentCompletedEvent.MovementRef(movement.id, movement.name),
                                issuingBody.issuer(movement), issuingBody.higherBody(movement),
                                new TournamentCompletedEvent.TournamentRef(tournament.id, tournament.name,
                                        tournament.venue),
                                completedOn,
                                ranking.stream().map(r -> new Placed(r.rank(),
                                        new TeamRef(r.teamId(), r.name(), r.organisations()))).toList(),
                                theFinal))
                .audit("tournament", "COMPLETED", before.name(), () -> ranking));
        return true;
    }

    @Transactional
    public RankingResponse ranking(UUID movementId, UUID tournamentId) {
        Tournament tournament = repository.tournament(movementId, tournamentId);
        boolean completed = tournament.state == Tournament.State.COMPLETED;
        List<RankedTeam> ranking = completed ? ranking(tournament, repository.teams(tournamentId),
                repository.matches(tournamentId)) : List.of();
        return new RankingResponse(tournamentId, tournament.state.name(), completed, ranking);
    }

    private List<RankedTeam> ranking(Tournament tournament, List<Team> teams, List<TournamentMatch> matches) {
        List<List<UUID>> groups = Standings.tables(tournament, teams, matches).stream()
                .map(g -> g.rows().stream().map(StandingsRules.Row::teamId).toList()).toList();
        Map<UUID, String> names = names(teams);
        List<RankingRules.Rank> ranks = RankingRules.ranking(knockout(matches), groups, names);
        Map<UUID, List<String>> organisations = teamOrganisations.names(names.keySet());
        return ranks.stream().map(r -> new RankedTeam(r.rank(), r.teamId(), names.get(r.teamId()),
                organisations.getOrDefault(r.teamId(), List.of()))).toList();
    }

    private static List<RankingRules.Match> knockout(List<TournamentMatch> matches) {
        return matches.stream().filter(m -> m.stage != TournamentMatch.Stage.GROUP)
                .map(m -> new RankingRules.Match(m.stage, m.round, m.homeTeamId, m.awayTeamId, m.state,
                        m.winnerTeamId))
                .toList();
    }

    private static Map<UUID, String> names(List<Team> teams) {
        Map<UUID, String> names = new HashMap<>();
        teams.forEach(t -> names.put(t.id, t.name));
        return names;
    }
}

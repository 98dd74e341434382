package vn.dangbo.emulation.tournament.score;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.score.ResultRecords.ForfeitRequest;
import vn.dangbo.emulation.tournament.score.ResultRecords.Forfeited;
import vn.dangbo.emulation.tournament.score.ResultRecords.HistoryResponse;
import vn.dangbo.emulation.tournament.score.ResultRecords.ResultRequest;
import vn.dangbo.emulation.tournament.score.ResultRecords.ResultResponse;
import vn.dangbo.emulation.tournament.standing.Advancement;
import vn.dangbo.emulation.tournament.standing.AdvancementRules;
import vn.dangbo.emulation.tournament.standing.Completion;
import vn.dangbo.emulation.tournament.standing.MatchSets;
import vn.dangbo.emulation.tournament.standing.SetScore;
import vn.dangbo.emulation.tournament.standing.StandingRepository;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The office enters a match's result (or a forfeit); a later one corrects it, every version kept. In the same
 * transaction the teams move on (a complete group's places, a knockout match's winner and loser), matches nobody can
 * come to become walkovers, and the last decided match completes the tournament. The tournament is locked meanwhile.
 */
@ApplicationScoped
public class MatchResults {

    private final MovementRepository movements;
    private final StandingRepository tournaments;
    private final ResultRepository results;
    private final Advancement advancement;
    private final Completion completion;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Clock clock;

    public MatchResults(MovementRepository movements, StandingRepository tournaments, ResultRepository results,
            Advancement advancement, Completion completion, AccessGuard access, ChangeRecorder changes,
            Clock clock) {
        this.movements = movements;
        this.tournaments = tournaments;
        this.results = results;
        this.advancement = advancement;
        this.completion = completion;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    /** The office's or the referee's sheet: recorded with its warnings, refused only when nobody won. */
    @Transactional
    public ResultResponse record(UUID movementId, UUID tournamentId, UUID matchId, ResultRequest request) {
        Entry entry = open(movementId, tournamentId, matchId);
        ScoreRules.Verdict verdict = ScoreRules.check(entry.rules(), request.sets());
        if (!verdict.decided()) {
            throw ProblemException.ruleViolated(verdict.problem(), verdict.problemField());
        }
        TournamentMatch m = entry.match();
        UUID winner = verdict.winner() == ScoreRules.Side.HOME ? m.homeTeamId : m.awayTeamId;
        return apply(entry, TournamentMatch.State.PLAYED, request.sets(), winner, null, blankToNull(request.note()),
                verdict.warnings());
    }

    /** A side that did not play: the other wins by the forfeit score; both → nobody wins, both lose. */
    @Transactional
    public ResultResponse forfeit(UUID movementId, UUID tournamentId, UUID matchId, ForfeitRequest request) {
        Entry entry = open(movementId, tournamentId, matchId);
        TournamentMatch m = entry.match();
        String reason = request.reason().strip();
        if (request.side() == Forfeited.BOTH) {
            return apply(entry, TournamentMatch.State.DOUBLE_FORFEIT, List.of(), null, Forfeited.BOTH, reason,
                    List.of());
        }
        ScoreRules.Side winner = request.side() == Forfeited.HOME ? ScoreRules.Side.AWAY : ScoreRules.Side.HOME;
        return apply(entry, TournamentMatch.State.FORFEIT, ScoreRules.forfeitSets(entry.rules(), winner),
                winner == ScoreRules.Side.HOME ? m.homeTeamId : m.awayTeamId, request.side(), reason, List.of());
    }

    @Transactional
    public HistoryResponse history(UUID movementId, UUID tournamentId, UUID matchId) {
        tournaments.tournament(movementId, tournamentId);
        TournamentMatch m = tournaments.match(tournamentId, matchId);
        Map<UUID, String> names = names(tournaments.teams(tournamentId));
        return new HistoryResponse(m.id, m.number,
                results.history(matchId).stream().map(r -> ResultViews.version(r, names)).toList());
    }

    private record Entry(Movement movement, Tournament tournament, TournamentMatch match, TournamentRules rules) {
    }

    private Entry open(UUID movementId, UUID tournamentId, UUID matchId) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        Tournament tournament = tournaments.lock(movementId, tournamentId);
        if (tournament.state == Tournament.State.COMPLETED) {
            throw ProblemException.conflict("Giải đã kết thúc và đã có xếp hạng chung cuộc: không sửa kết quả"
                    + " được nữa");
        }
        TournamentMatch match = tournaments.match(tournamentId, matchId);
        if (match.homeTeamId == null || match.awayTeamId == null) {
            throw ProblemException.conflict("Trận số " + match.number + " chưa xác định đủ hai đội: "
                    + side(match.homeTeamId, match.homeSource) + " - " + side(match.awayTeamId, match.awaySource));
        }
        return new Entry(movement, tournament, match, tournament.rules());
    }

    private ResultResponse apply(Entry entry, TournamentMatch.State state, List<SetScore> sets, UUID winner,
            Forfeited forfeited, String note, List<String> warnings) {
        Tournament tournament = entry.tournament();
        TournamentMatch m = entry.match();
        List<Team> teams = tournaments.teams(tournament.id);
        Map<UUID, String> names = names(teams);
        boolean correction = m.state != TournamentMatch.State.PENDING;
        ResultEvents.Previous previous = correction ? ResultViews.previous(m, names) : null;
        ResultRecords.MatchView before = correction ? ResultViews.match(m, names) : null;
        m.state = state;
        m.sets = MatchSets.write(sets);
        m.winnerTeamId = winner;
        int revision = keep(m, forfeited, note, warnings, access.actor());
        String forfeitedName = forfeited == null ? null : forfeited.name();
        changes.record(Change.of(tournament.id).event(ResultEvents.TOPIC,
                correction ? ResultEvents.CORRECTED : ResultEvents.RECORDED,
                () -> correction
                        ? new ResultEvents.Corrected(ResultViews.tournament(tournament),
                                ResultViews.event(m, names, forfeitedName), previous, clock.instant())
                        : new ResultEvents.Recorded(ResultViews.tournament(tournament),
                                ResultViews.event(m, names, forfeitedName), clock.instant())));
        List<TournamentMatch> matches = tournaments.matches(tournament.id);
        moveOn(tournament, teams, matches, names, entry.rules());
        completion.completeIfDecided(tournament, teams, matches);
        ResultResponse response = new ResultResponse(ResultViews.match(m, names), revision, correction, warnings);
        changes.record(Change.of(m.id).audit("tournament-match", correction ? "RESULT_CORRECTED"
                : "RESULT_RECORDED", before, () -> response.match()));
        return response;
    }

    /** The advancement, until no match is left that nobody (or one side only) can come to. */
    private void moveOn(Tournament tournament, List<Team> teams, List<TournamentMatch> matches,
            Map<UUID, String> names, TournamentRules rules) {
        for (int round = 0; round <= matches.size(); round++) {
            List<Advancement.Walkover> walkovers = advancement.advance(tournament, teams, matches);
            if (walkovers.isEmpty()) {
                return;
            }
            for (Advancement.Walkover w : walkovers) {
                TournamentMatch m = w.match();
                m.state = w.state();
                m.winnerTeamId = w.winnerId();
                m.sets = MatchSets.write(w.winnerId() == null ? List.of() : ScoreRules.forfeitSets(rules,
                        w.winnerId().equals(m.homeTeamId) ? ScoreRules.Side.HOME : ScoreRules.Side.AWAY));
                Forfeited absent = w.winnerId() == null ? Forfeited.BOTH
                        : w.winnerId().equals(m.homeTeamId) ? Forfeited.AWAY : Forfeited.HOME;
                keep(m, absent, absent == Forfeited.BOTH
                        ? "Không có đội nào vào trận: trận trước của cả hai phía bị bỏ cuộc cả hai đội"
                        : "Thắng do đối phương không có: trận trước của họ bị bỏ cuộc cả hai đội", List.of(),
                        access.actor());
                changes.record(Change.of(tournament.id).event(ResultEvents.TOPIC, ResultEvents.RECORDED,
                        () -> new ResultEvents.Recorded(ResultViews.tournament(tournament),
                                ResultViews.event(m, names, absent.name()), clock.instant())));
            }
        }
    }

    private int keep(TournamentMatch m, Forfeited forfeited, String note, List<String> warnings, String actor) {
        MatchResult row = new MatchResult();
        row.id = UUID.randomUUID();
        row.matchId = m.id;
        row.revision = results.lastRevision(m.id) + 1;
        row.state = m.state;
        row.sets = m.sets;
        row.winnerTeamId = m.winnerTeamId;
        row.forfeited = forfeited == null ? null : forfeited.name();
        row.note = note;
        row.warnings = ResultViews.json(warnings);
        row.recordedBy = actor;
        row.recordedAt = clock.instant();
        results.persist(row);
        return row.revision;
    }

    private static Map<UUID, String> names(List<Team> teams) {
        Map<UUID, String> names = new HashMap<>();
        teams.forEach(t -> names.put(t.id, t.name));
        return names;
    }

    private static String side(UUID teamId, String source) {
        if (teamId != null) {
            return "đã có đội";
        }
        return source == null ? "chưa có đội" : AdvancementRules.label(source) + " (chưa xác định)";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package vn.dangbo.emulation.tournament.score;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.score.ResultRecords.Forfeited;
import vn.dangbo.emulation.tournament.score.ResultRecords.MatchView;
import vn.dangbo.emulation.tournament.score.ResultRecords.TeamRef;
import vn.dangbo.emulation.tournament.score.ResultRecords.Version;
import vn.dangbo.emulation.tournament.standing.MatchSets;

/** Matches and their results as the API and the events show them; teams by the names given. */
final class ResultViews {

    private ResultViews() {
    }

    static MatchView match(TournamentMatch m, Map<UUID, String> names) {
        return new MatchView(m.id, m.number, m.stage.name(), m.groupCode, m.round, team(m.homeTeamId, names),
                team(m.awayTeamId, names), m.homeSource, m.awaySource, m.state.name(), MatchSets.read(m.sets),
                team(m.winnerTeamId, names), m.version);
    }

    static Version version(MatchResult r, Map<UUID, String> names) {
        return new Version(r.revision, r.state.name(), MatchSets.read(r.sets), team(r.winnerTeamId, names),
                r.forfeited == null ? null : Forfeited.valueOf(r.forfeited), r.note, warnings(r.warnings),
                r.recordedBy, r.recordedAt);
    }

    static ResultEvents.MatchData event(TournamentMatch m, Map<UUID, String> names, String forfeited) {
        return new ResultEvents.MatchData(m.id, m.number, m.stage.name(), m.groupCode, m.round,
                eventTeam(m.homeTeamId, names), eventTeam(m.awayTeamId, names), MatchSets.read(m.sets),
                eventTeam(m.winnerTeamId, names), m.state.name(), forfeited);
    }

    static ResultEvents.Previous previous(TournamentMatch m, Map<UUID, String> names) {
        return new ResultEvents.Previous(m.state.name(), MatchSets.read(m.sets), eventTeam(m.winnerTeamId, names));
    }

    static ResultEvents.TournamentRef tournament(Tournament t) {
        return new ResultEvents.TournamentRef(t.id, t.name);
    }

    static String json(List<String> warnings) {
        try {
            return MovementPlans.JSON.writeValueAsString(warnings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> warnings(String json) {
        try {
            return List.of(MovementPlans.JSON.readValue(json, String[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a result's warnings are not readable: " + json, e);
        }
    }

    private static TeamRef team(UUID id, Map<UUID, String> names) {
        return id == null ? null : new TeamRef(id, names.get(id));
    }

    private static ResultEvents.TeamRef eventTeam(UUID id, Map<UUID, String> names) {
        return id == null ? null : new ResultEvents.TeamRef(id, names.get(id));
    }
}

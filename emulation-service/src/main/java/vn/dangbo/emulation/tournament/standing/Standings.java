package vn.dangbo.emulation.tournament.standing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.standing.StandingRecords.GroupStanding;
import vn.dangbo.emulation.tournament.standing.StandingRecords.StandingsResponse;

/** The groups' tables, read live from the matches (the advancement reads the same tables). */
@ApplicationScoped
public class Standings {

    private final StandingRepository repository;

    public Standings(StandingRepository repository) {
        this.repository = repository;
    }

    @Transactional
    public StandingsResponse standings(UUID movementId, UUID tournamentId) {
        Tournament tournament = repository.tournament(movementId, tournamentId);
        return new StandingsResponse(tournamentId, tables(tournament, repository.teams(tournamentId),
                repository.matches(tournamentId)));
    }

    /** Every group's table, by group code. */
    public static List<GroupStanding> tables(Tournament tournament, List<Team> teams, List<TournamentMatch> matches) {
        Map<String, List<StandingsRules.Team>> groups = new TreeMap<>();
        for (Team team : teams) {
            if (team.groupCode != null) {
                groups.computeIfAbsent(team.groupCode, g -> new ArrayList<>())
                        .add(new StandingsRules.Team(team.id, team.name));
            }
        }
        List<GroupStanding> tables = new ArrayList<>();
        groups.forEach((code, members) -> {
            List<TournamentMatch> ofGroup = matches.stream()
                    .filter(m -> m.stage == TournamentMatch.Stage.GROUP && code.equals(m.groupCode)).toList();
            List<StandingsRules.Match> decided = ofGroup.stream()
                    .filter(m -> m.state != TournamentMatch.State.PENDING && m.homeTeamId != null
                            && m.awayTeamId != null)
                    .map(m -> new StandingsRules.Match(m.homeTeamId, m.awayTeamId, m.state, MatchSets.read(m.sets),
                            m.winnerTeamId))
                    .toList();
            tables.add(new GroupStanding(code, !ofGroup.isEmpty() && decided.size() == ofGroup.size(),
                    decided.size(), ofGroup.size(),
                    StandingsRules.standings(tournament.rules(), members, decided)));
        });
        return tables;
    }
}

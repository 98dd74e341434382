package vn.dangbo.emulation.tournament.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.TournamentRepository;
import vn.dangbo.emulation.tournament.team.TeamRecords.AttestationResponse;
import vn.dangbo.emulation.tournament.team.TeamRecords.OrganisationRef;
import vn.dangbo.emulation.tournament.team.TeamRecords.PlayerResponse;
import vn.dangbo.emulation.tournament.team.TeamRecords.TeamResponse;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.text.VietnameseText;

/** The teams as the API and the events show them. */
@ApplicationScoped
public class TeamViews {

    private final TournamentRepository tournaments;
    private final TeamRepository teams;
    private final OrganisationDirectory directory;

    public TeamViews(TournamentRepository tournaments, TeamRepository teams, OrganisationDirectory directory) {
        this.tournaments = tournaments;
        this.teams = teams;
        this.directory = directory;
    }

    /** The registered teams first, then the withdrawn ones, each in Vietnamese order of their names. */
    public List<TeamResponse> list(UUID movementId, UUID tournamentId) {
        tournaments.require(movementId, tournamentId);
        return teams.ofTournament(tournamentId).stream()
                .sorted(Comparator.comparing((Team t) -> t.state != Team.State.REGISTERED)
                        .thenComparing(VietnameseText.byName((Team t) -> t.name, (Team t) -> t.id.toString())))
                .map(this::response).toList();
    }

    public TeamResponse one(UUID movementId, UUID tournamentId, UUID teamId) {
        tournaments.require(movementId, tournamentId);
        return response(teams.require(tournamentId, teamId));
    }

    public TeamResponse response(Team team) {
        List<PlayerResponse> players = teams.players(team.id).stream().map(TeamViews::player).toList();
        long women = players.stream().filter(p -> p.sex() == TeamRules.Sex.FEMALE).count();
        return new TeamResponse(team.id, team.tournamentId, team.name, organisations(team.id), players, women,
                players.size() - women, team.state, team.withdrawReason, team.version);
    }

    public List<OrganisationRef> organisations(UUID teamId) {
        return teams.organisations(teamId).stream().map(o -> new OrganisationRef(o.organisationId, directory
                .find(o.organisationId).map(k -> k.name).orElse(o.organisationId.toString())))
                .sorted(VietnameseText.byName(OrganisationRef::name, r -> r.id().toString())).toList();
    }

    public TeamEvents.TeamData data(Team team) {
        List<TeamPlayer> players = teams.players(team.id);
        long women = players.stream().filter(p -> p.sex == TeamRules.Sex.FEMALE).count();
        return new TeamEvents.TeamData(team.id, team.name, organisations(team.id).stream()
                .map(o -> new TeamEvents.OrganisationRef(o.id(), o.name())).toList(),
                players.stream().map(p -> new TeamEvents.Player(p.fullName, p.sex)).toList(), women,
                players.size() - women);
    }

    private static PlayerResponse player(TeamPlayer p) {
        return new PlayerResponse(p.id, p.memberId, p.fullName, p.sex, p.organisationId, p.attested(),
                p.attested() ? new AttestationResponse(p.attestedBy, p.attestedAt, p.attestationNote) : null);
    }
}

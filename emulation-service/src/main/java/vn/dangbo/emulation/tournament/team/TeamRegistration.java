package vn.dangbo.emulation.tournament.team;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementEligibility;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentRepository;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.TournamentService;
import vn.dangbo.emulation.tournament.team.TeamRecords.RegisterTeamRequest;
import vn.dangbo.emulation.tournament.team.TeamRecords.TeamResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.organisation.OrganisationType;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * A grassroots organisation (or up to the section's number of cells together) registers its team. The tournament is
 * locked for the registration's transaction: registrations, withdrawals and the draw take turns, so the checks of
 * {@link TeamRules} see every other team (and the unique indexes of V12 hold the same rules regardless).
 */
@ApplicationScoped
public class TeamRegistration {

    private final MovementRepository movements;
    private final TournamentRepository tournaments;
    private final TournamentService tournamentService;
    private final TeamRepository teams;
    private final TeamRoster roster;
    private final TeamViews views;
    private final OrganisationDirectory directory;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Clock clock;

    public TeamRegistration(MovementRepository movements, TournamentRepository tournaments,
            TournamentService tournamentService, TeamRepository teams, TeamRoster roster, TeamViews views,
            OrganisationDirectory directory, AccessGuard access, ChangeRecorder changes, Clock clock) {
        this.movements = movements;
        this.tournaments = tournaments;
        this.tournamentService = tournamentService;
        this.teams = teams;
        this.roster = roster;
        this.views = views;
        this.directory = directory;
        this.access = access;
        this.changes = changes;
        this.clock = clock;
    }

    @Transactional
    public TeamResponse register(UUID movementId, UUID tournamentId, RegisterTeamRequest request) {
        Movement movement = movements.require(movementId);
        List<KnownOrganisation> organisations = request.organisationIds().stream()
                .map(id -> participant(movement, id)).toList();
        requireWriteAccess(movement, organisations.stream().map(o -> o.id).toList());
        Tournament tournament = tournaments.lock(movementId, tournamentId);
        if (tournament.state != Tournament.State.REGISTRATION) {
            throw ProblemException.conflict("Giải đấu \"" + tournament.name + "\" đã bốc thăm: không nhận đăng ký đội");
        }
        Map<UUID, String> held = teams.holdingOrganisations(tournament.id, request.organisationIds());
        List<TeamRules.Side> sides = organisations.stream().map(o -> new TeamRules.Side(o.id, o.name,
                OrganisationType.parse(o.type).orElse(null), held.get(o.id))).toList();
        int maxCells = tournamentService.section(movement).maxCellsPerJointTeam();
        TeamRules.organisationsProblem(sides, maxCells).ifPresent(TeamRoster::refuse);

        Team team = new Team();
        team.id = UUID.randomUUID();
        team.tournamentId = tournament.id;
        team.name = request.name() == null || request.name().isBlank() ? TeamRules.defaultName(sides)
                : VietnameseText.nfcStripped(request.name());
        team.state = Team.State.REGISTERED;
        team.registeredBy = access.actor();
        TournamentRules rules = tournament.rules();
        List<TeamPlayer> players = roster.players(movement, team, organisations, request.players(), List.of(),
                rules.roster());
        teams.persist(team);
        for (KnownOrganisation o : organisations) {
            TeamOrganisation row = new TeamOrganisation();
            row.teamId = team.id;
            row.organisationId = o.id;
            row.tournamentId = tournament.id;
            row.active = true;
            teams.persist(row);
        }
        players.forEach(teams::persist);
        Instant now = clock.instant();
        changes.record(Change.of(tournament.id).event(TeamEvents.TOPIC, TeamEvents.REGISTERED,
                () -> new TeamEvents.Registered(movementRef(movement), tournamentRef(tournament), views.data(team),
                        now)));
        changes.record(Change.of(team.id).audit("team", "REGISTERED", null, () -> views.response(team)));
        return views.response(team);
    }

    /** Replaces the roster of a registered team, with the same checks; a cadre attested before stays attested. */
    @Transactional
    public TeamResponse replacePlayers(UUID movementId, UUID tournamentId, UUID teamId,
            List<TeamRecords.PlayerRequest> requested) {
        Movement movement = movements.require(movementId);
        Tournament tournament = tournaments.lock(movementId, tournamentId);
        Team team = teams.require(tournament.id, teamId);
        List<UUID> organisationIds = teams.organisations(team.id).stream().map(o -> o.organisationId).toList();
        requireWriteAccess(movement, organisationIds);
        if (team.state != Team.State.REGISTERED) {
            throw ProblemException.conflict("Đội \"" + team.name + "\" đã rút khỏi giải");
        }
        if (tournament.state == Tournament.State.COMPLETED) {
            throw ProblemException.conflict("Giải đấu \"" + tournament.name + "\" đã kết thúc");
        }
        List<KnownOrganisation> organisations = organisationIds.stream().map(id -> directory.find(id).orElseThrow())
                .toList();
        TeamResponse before = views.response(team);
        List<TeamPlayer> previous = teams.players(team.id);
        List<TeamPlayer> players = roster.players(movement, team, organisations, requested, previous,
                tournament.rules().roster());
        teams.clearRoster(team.id);
        players.forEach(teams::persist);
        changes.record(Change.of(team.id).audit("team", "ROSTER_REPLACED", before, () -> views.response(team)));
        return views.response(team);
    }

    /** The office or the team's organisation withdraws it before the draw: its organisations and players are freed. */
    @Transactional
    public TeamResponse withdraw(UUID movementId, UUID tournamentId, UUID teamId, String reason) {
        Movement movement = movements.require(movementId);
        Tournament tournament = tournaments.lock(movementId, tournamentId);
        Team team = teams.require(tournament.id, teamId);
        requireWriteAccess(movement, teams.organisations(team.id).stream().map(o -> o.organisationId).toList());
        if (team.state != Team.State.REGISTERED) {
            throw ProblemException.conflict("Đội \"" + team.name + "\" đã rút khỏi giải");
        }
        if (tournament.state != Tournament.State.REGISTRATION) {
            throw ProblemException.conflict("Giải đấu \"" + tournament.name + "\" đã bốc thăm: đội không rút được "
                    + "nữa");
        }
        TeamResponse before = views.response(team);
        TeamEvents.TeamData data = views.data(team);
        team.state = Team.State.WITHDRAWN;
        team.withdrawnAt = clock.instant();
        team.withdrawnBy = access.actor();
        team.withdrawReason = VietnameseText.nfcStripped(reason);
        teams.release(team.id);
        changes.record(Change.of(tournament.id).event(TeamEvents.TOPIC, TeamEvents.WITHDRAWN,
                () -> new TeamEvents.Withdrawn(movementRef(movement), tournamentRef(tournament), data,
                        team.withdrawReason, team.withdrawnAt)));
        changes.record(Change.of(team.id).audit("team", "WITHDRAWN", before, () -> views.response(team)));
        return views.response(team);
    }

    /** A team's acts: write access on one of its organisations, or on the movement's bloc (the office). */
    private void requireWriteAccess(Movement movement, List<UUID> organisationIds) {
        if (access.mayWrite(movement.blocId) || organisationIds.stream().anyMatch(access::mayWrite)) {
            return;
        }
        access.requireWriteAccess(organisationIds.isEmpty() ? movement.blocId : organisationIds.get(0));
    }

    private KnownOrganisation participant(Movement movement, UUID organisationId) {
        KnownOrganisation organisation = directory.find(organisationId).orElseThrow(() -> ProblemException
                .ruleViolated("Không có tổ chức đảng với mã " + organisationId, "organisationIds"));
        MovementEligibility.registrationProblem(new MovementEligibility.Candidate(organisation.id, organisation.type,
                organisation.status, organisation.path), movement.blocId).ifPresent(problem -> {
                    throw ProblemException.ruleViolated(organisation.name + ": " + problem, "organisationIds");
                });
        return organisation;
    }

    private static TeamEvents.MovementRef movementRef(Movement movement) {
        return new TeamEvents.MovementRef(movement.id, movement.name);
    }

    private static TeamEvents.TournamentRef tournamentRef(Tournament tournament) {
        return new TeamEvents.TournamentRef(tournament.id, tournament.name);
    }
}

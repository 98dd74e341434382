package vn.dangbo.emulation.tournament.team;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.dangbo.emulation.member.KnownMember;
import vn.dangbo.emulation.member.MemberDirectory;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.TournamentRules;
import vn.dangbo.emulation.tournament.team.TeamRecords.PlayerRequest;
import vn.dangbo.emulation.tournament.team.TeamRules.Candidate;
import vn.dangbo.emulation.tournament.team.TeamRules.Standing;
import vn.dangbo.kit.organisation.KnownOrganisation;
import vn.dangbo.kit.organisation.OrganisationDirectory;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/**
 * Turns a requested roster into the team's players: each member read from the registry's read model, each cadre's
 * attestation by the office (write access on the bloc) recorded, then {@link TeamRules} checked against the other
 * teams' rosters.
 */
@ApplicationScoped
public class TeamRoster {

    private final MemberDirectory members;
    private final OrganisationDirectory directory;
    private final TeamRepository teams;
    private final AccessGuard access;
    private final Clock clock;

    public TeamRoster(MemberDirectory members, OrganisationDirectory directory, TeamRepository teams,
            AccessGuard access, Clock clock) {
        this.members = members;
        this.directory = directory;
        this.teams = teams;
        this.access = access;
        this.clock = clock;
    }

    /**
     * @param previous the team's roster before (a cadre attested then keeps the attestation), empty for a new team
     * @return the players to store, not yet persisted
     * @throws ProblemException naming the player or the rule broken
     */
    public List<TeamPlayer> players(Movement movement, Team team, List<KnownOrganisation> organisations,
            List<PlayerRequest> requested, List<TeamPlayer> previous, TournamentRules.Roster roster) {
        List<Candidate> candidates = new ArrayList<>();
        List<Resolved> resolved = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            resolved.add(player(movement, team, organisations, requested.get(i), i, previous));
        }
        Map<String, String> held = teams.holdingPlayers(team.tournamentId,
                resolved.stream().map(r -> r.player().personKey).distinct().toList(), team.id);
        for (int i = 0; i < resolved.size(); i++) {
            TeamPlayer p = resolved.get(i).player();
            candidates.add(new Candidate(i, p.fullName, p.sex, p.personKey, standing(resolved.get(i), organisations),
                    organisationName(p), held.get(p.personKey)));
        }
        TeamRules.playersProblem(candidates, roster).ifPresent(TeamRoster::refuse);
        return resolved.stream().map(Resolved::player).toList();
    }

    /** A player read from the request; {@code left}: a member who is no longer on the party's list. */
    private record Resolved(TeamPlayer player, boolean left) {
    }

    private Resolved player(Movement movement, Team team, List<KnownOrganisation> organisations,
            PlayerRequest request, int index, List<TeamPlayer> previous) {
        String field = "players[" + index + "]";
        TeamPlayer player = new TeamPlayer();
        player.id = UUID.randomUUID();
        player.teamId = team.id;
        player.tournamentId = team.tournamentId;
        player.position = index;
        player.active = true;
        if (request.memberId() != null) {
            KnownMember member = members.find(request.memberId()).orElseThrow(() -> ProblemException.ruleViolated(
                    "Không có đảng viên với mã " + request.memberId(), field + ".memberId"));
            player.memberId = member.id;
            player.personKey = "MEMBER:" + member.id;
            player.organisationId = member.organisationId;
            player.fullName = member.fullName;
            player.sex = sex(member).orElseThrow(() -> ProblemException.ruleViolated("Sổ đảng viên không ghi giới "
                    + "tính của đồng chí " + member.fullName + ": chưa xếp được vào đội nam, nữ phối hợp",
                    field + ".memberId"));
            return new Resolved(player, member.hasLeft());
        }
        if (request.fullName() == null || request.fullName().isBlank()) {
            throw ProblemException.invalid(field + ".fullName", "bắt buộc khi vận động viên không có memberId");
        }
        if (request.sex() == null) {
            throw ProblemException.invalid(field + ".sex", "bắt buộc khi vận động viên không có memberId");
        }
        if (request.organisationId() == null || organisations.stream()
                .noneMatch(o -> directory.contains(o.id, request.organisationId()))) {
            throw ProblemException.ruleViolated("Cán bộ " + VietnameseText.nfcStripped(request.fullName())
                    + " phải thuộc một tổ chức đảng của đội", field + ".organisationId");
        }
        player.organisationId = request.organisationId();
        player.fullName = VietnameseText.nfcStripped(request.fullName());
        player.sex = request.sex();
        player.personKey = "CADRE:" + request.organisationId() + ":" + VietnameseText.fold(player.fullName);
        if (request.attestation() != null) {
            // the office attests: write access on the movement's bloc
            access.requireWriteAccess(movement.blocId);
            player.attestedBy = access.actor();
            player.attestedAt = clock.instant();
            player.attestationNote = VietnameseText.nfcStripped(request.attestation().note());
        } else {
            previous.stream().filter(p -> p.personKey.equals(player.personKey) && p.attested()).findFirst()
                    .ifPresent(p -> {
                        player.attestedBy = p.attestedBy;
                        player.attestedAt = p.attestedAt;
                        player.attestationNote = p.attestationNote;
                    });
        }
        return new Resolved(player, false);
    }

    private static Optional<TeamRules.Sex> sex(KnownMember member) {
        return java.util.Arrays.stream(TeamRules.Sex.values()).filter(s -> s.name().equals(member.sex)).findFirst();
    }

    private Standing standing(Resolved resolved, List<KnownOrganisation> organisations) {
        TeamPlayer p = resolved.player();
        if (p.memberId == null) {
            return p.attested() ? Standing.ATTESTED_CADRE : Standing.CADRE_WITHOUT_ATTESTATION;
        }
        if (resolved.left()) {
            return Standing.LEFT;
        }
        return organisations.stream().anyMatch(o -> directory.contains(o.id, p.organisationId)) ? Standing.MEMBER
                : Standing.OTHER_ORGANISATION;
    }

    private String organisationName(TeamPlayer p) {
        return Optional.ofNullable(p.organisationId).flatMap(directory::find).map(o -> o.name)
                .orElse("tổ chức đảng khác");
    }

    static void refuse(TeamRules.Problem problem) {
        throw switch (problem.refusal()) {
            case INVALID -> ProblemException.invalid(problem.field(), problem.message());
            case RULE -> ProblemException.ruleViolated(problem.message(), problem.field());
            case CONFLICT -> new ProblemException(409, "conflict", "Xung đột dữ liệu", problem.message(),
                    List.of(new vn.dangbo.kit.web.Problem.FieldError(problem.field(), problem.message())));
        };
    }
}

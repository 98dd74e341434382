package vn.dangbo.emulation.tournament;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.tournament.TournamentRecords.CreateTournamentRequest;
import vn.dangbo.emulation.tournament.TournamentRecords.TournamentResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.Problem;
import vn.dangbo.kit.web.ProblemException;

/**
 * The office creates the movement's tournament from the plan's section (its rules copied: data of this tournament
 * from then on) and changes its rules until the draw.
 */
@ApplicationScoped
public class TournamentService {

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final TournamentRepository tournaments;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public TournamentService(MovementRepository movements, MovementSettingsStore settings,
            TournamentRepository tournaments, AccessGuard access, ChangeRecorder changes) {
        this.movements = movements;
        this.settings = settings;
        this.tournaments = tournaments;
        this.access = access;
        this.changes = changes;
    }

    @Transactional
    public TournamentResponse create(UUID movementId, CreateTournamentRequest request) {
        // locked: two creations at once take turns, the second sees the first (the unique index holds it too)
        Movement movement = movements.lock(movementId);
        access.requireWriteAccess(movement.blocId);
        List<Tournament> existing = tournaments.ofMovement(movementId);
        if (!existing.isEmpty()) {
            throw ProblemException.conflict("Phong trào thi đua đã có giải đấu \"" + existing.get(0).name
                    + "\" (mã " + existing.get(0).id + "); mỗi phong trào một giải");
        }
        TournamentSettings section = section(movement);
        Tournament tournament = new Tournament();
        tournament.id = UUID.randomUUID();
        tournament.movementId = movementId;
        tournament.name = orDefault(request == null ? null : request.name(), section.name());
        tournament.venue = orDefault(request == null ? null : request.venue(), section.venue());
        tournament.rules = section.rules().write();
        tournament.state = Tournament.State.REGISTRATION;
        tournaments.persist(tournament);
        changes.record(Change.of(tournament.id).audit("tournament", "CREATED", null, () -> response(tournament)));
        return response(tournament);
    }

    @Transactional
    public TournamentResponse replaceRules(UUID movementId, UUID tournamentId, JsonNode body) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        Tournament tournament = tournaments.lock(movementId, tournamentId);
        if (tournament.state != Tournament.State.REGISTRATION) {
            throw ProblemException.conflict("Điều lệ giải chỉ được thay đổi trước khi bốc thăm; giải đấu \""
                    + tournament.name + "\" đã bốc thăm");
        }
        List<String> unreadable = new ArrayList<>();
        // read strictly, as the plan file is: a misspelt rule must not be dropped silently
        TournamentRules rules = body == null || !body.isObject() ? null
                : SectionReading.read(MovementPlans.JSON, body, TournamentRules.class, unreadable);
        if (rules == null) {
            List<String> problems = unreadable.isEmpty() ? List.of("rules: phải là một đối tượng JSON") : unreadable;
            throw new ProblemException(400, "validation", "Dữ liệu không hợp lệ",
                    "Điều lệ giải không đọc được: " + String.join("; ", problems),
                    problems.stream().map(TournamentService::fieldError).toList());
        }
        List<String> problems = TournamentRulesCheck.problems(rules);
        if (!problems.isEmpty()) {
            throw new ProblemException(422, "rule-violated", "Vi phạm quy định",
                    "Điều lệ giải không hợp lệ: " + String.join("; ", problems),
                    problems.stream().map(TournamentService::fieldError).toList());
        }
        TournamentResponse before = response(tournament);
        tournament.rules = rules.write();
        changes.record(Change.of(tournament.id).audit("tournament", "RULES_CHANGED", before,
                () -> response(tournament)));
        return response(tournament);
    }

    public List<TournamentResponse> list(UUID movementId) {
        movements.require(movementId);
        return tournaments.ofMovement(movementId).stream().map(this::response).toList();
    }

    public TournamentResponse one(UUID movementId, UUID tournamentId) {
        return response(tournaments.require(movementId, tournamentId));
    }

    /** The movement's {@code tournament} section: the joint team's size and the defaults. */
    public TournamentSettings section(Movement movement) {
        return settings.section(movement, TournamentSettings.SECTION, TournamentSettings.class);
    }

    private TournamentResponse response(Tournament t) {
        return new TournamentResponse(t.id, t.movementId, t.name, t.venue, t.state, t.rules(),
                tournaments.registeredTeams(t.id), t.version);
    }

    private static String orDefault(String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : VietnameseText.nfcStripped(given);
    }

    /** "roster.maxPlayers: message" → the field roster.maxPlayers and its message. */
    private static Problem.FieldError fieldError(String problem) {
        int colon = problem.indexOf(':');
        return colon < 0 ? new Problem.FieldError("rules", problem)
                : new Problem.FieldError(problem.substring(0, colon).strip(), problem.substring(colon + 1).strip());
    }
}

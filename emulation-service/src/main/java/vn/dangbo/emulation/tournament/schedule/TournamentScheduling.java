package vn.dangbo.emulation.tournament.schedule;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.emulation.tournament.Team;
import vn.dangbo.emulation.tournament.Tournament;
import vn.dangbo.emulation.tournament.TournamentMatch;
import vn.dangbo.emulation.tournament.draw.DrawRecords.MatchResponse;
import vn.dangbo.emulation.tournament.draw.MatchViews;
import vn.dangbo.emulation.tournament.draw.TournamentDesk;
import vn.dangbo.emulation.tournament.schedule.ScheduleRecords.ScheduleRequest;
import vn.dangbo.emulation.tournament.schedule.ScheduleRecords.ScheduleResponse;
import vn.dangbo.emulation.tournament.schedule.ScheduleRules.Frame;
import vn.dangbo.emulation.tournament.schedule.ScheduleRules.Placement;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.web.ProblemException;

/**
 * The schedule of a drawn tournament ({@link ScheduleRules}) over the finals' frame (section
 * {@code tournamentSchedule}, the office's changes for this schedule, the first day the finals' anchor's): every
 * match gets its court and start, or nothing changes and the answer says how many slots it needs. Again until a
 * match has a result; the tournament is SCHEDULED.
 */
@ApplicationScoped
public class TournamentScheduling {

    private final TournamentDesk desk;
    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final EntityManager entityManager;
    private final ChangeRecorder changes;

    public TournamentScheduling(TournamentDesk desk, MovementRepository movements, MovementSettingsStore settings,
            EntityManager entityManager, ChangeRecorder changes) {
        this.desk = desk;
        this.movements = movements;
        this.settings = settings;
        this.entityManager = entityManager;
        this.changes = changes;
    }

    @Transactional
    public ScheduleResponse schedule(UUID movementId, UUID tournamentId, ScheduleRequest request) {
        TournamentDesk.Desk d = desk.write(movementId, tournamentId);
        Tournament tournament = d.tournament();
        if (tournament.state == Tournament.State.REGISTRATION) {
            throw ProblemException.conflict("Giải chưa bốc thăm chia bảng: chưa xếp lịch thi đấu được");
        }
        desk.requireNoResult(tournament, "xếp lại lịch thi đấu");
        Frame frame = frame(d.movement(), request == null ? new ScheduleRequest(null, null, null, null, null, null,
                null) : request);
        List<TournamentMatch> matches = desk.matches(tournament.id);
        ScheduleRules.Schedule schedule = ScheduleRules.schedule(
                ScheduleFixtures.of(matches.stream().map(MatchViews::planned).toList()), frame);
        if (!schedule.fits()) {
            throw ProblemException.ruleViolated(tooSmall(schedule, frame), "courts");
        }
        Map<Integer, Placement> placements = new HashMap<>();
        schedule.placements().forEach(p -> placements.put(p.number(), p));
        entityManager.unwrap(Session.class).setJdbcBatchSize(200);
        for (TournamentMatch match : matches) {
            Placement placement = placements.get(match.number);
            match.court = placement.court();
            match.startsAt = placement.startsAt().atZone(d.movement().zoneId()).toInstant();
        }
        tournament.state = Tournament.State.SCHEDULED;
        entityManager.flush();
        ScheduleResponse response = response(d.movement(), tournament, frame, matches);
        changes.record(Change.of(tournament.id).audit("tournament", "SCHEDULED", null, () -> response));
        return response;
    }

    public List<MatchResponse> matches(UUID movementId, UUID tournamentId) {
        TournamentDesk.Desk d = desk.read(movementId, tournamentId);
        Map<UUID, Team> teams = desk.teamsById(tournamentId);
        return desk.matches(tournamentId).stream()
                .map(m -> MatchViews.match(m, teams, d.movement().zoneId())).toList();
    }

    /** The section's frame with the office's changes; a frame that holds no match is refused naming the field. */
    private Frame frame(Movement movement, ScheduleRequest request) {
        ScheduleSettings s = settings.section(movement, ScheduleSection.NAME, ScheduleSettings.class);
        Frame frame = new Frame(request.firstDay(), or(request.days(), s.days()), or(request.courts(), s.courts()),
                request.dayStartsAt() != null ? request.dayStartsAt() : s.dayStartsAt(),
                request.dayEndsAt() != null ? request.dayEndsAt() : s.dayEndsAt(),
                or(request.matchMinutes(), s.matchMinutes()), or(request.minRestMinutes(), s.minRestMinutes()));
        ScheduleChecks.frameProblems(frame.days(), frame.courts(), frame.dayStartsAt(), frame.dayEndsAt(),
                frame.matchMinutes(), frame.minRestMinutes()).stream().findFirst().ifPresent(p -> {
                    throw ProblemException.invalid(p.field(), p.message());
                });
        if (frame.firstDay() != null) {
            return frame;
        }
        LocalDate finals = movements.anchor(movement.id, s.anchor()).map(a -> a.effectiveDate()).orElseThrow(
                () -> ProblemException.ruleViolated("Phong trào chưa có ngày của mốc " + s.anchor()
                        + ": hãy nêu ngày thi đấu đầu tiên", "firstDay"));
        return new Frame(finals, frame.days(), frame.courts(), frame.dayStartsAt(), frame.dayEndsAt(),
                frame.matchMinutes(), frame.minRestMinutes());
    }

    private static int or(Integer requested, int section) {
        return requested != null ? requested : section;
    }

    /** "cần ít nhất N lượt sân, chỉ có M", and why when the rest and the rounds need more slots than matches. */
    static String tooSmall(ScheduleRules.Schedule schedule, Frame frame) {
        String available = "Không xếp được lịch thi đấu: cần ít nhất " + schedule.needed() + " lượt sân, chỉ có "
                + schedule.available() + " (" + frame.days() + " ngày × " + frame.courts() + " sân × "
                + frame.slotsPerDay() + " lượt mỗi ngày từ " + frame.dayStartsAt() + " đến " + frame.dayEndsAt()
                + ", mỗi trận " + frame.matchMinutes() + " phút)";
        if (schedule.needed() == schedule.matches()) {
            return available + " cho " + schedule.matches() + " trận";
        }
        return available + ": " + schedule.matches() + " trận, nhưng mỗi đội phải nghỉ ít nhất "
                + frame.minRestMinutes() + " phút giữa hai trận và trận vòng sau chỉ đấu khi các trận của vòng trước "
                + "đã xong";
    }

    private ScheduleResponse response(Movement movement, Tournament tournament, Frame frame,
            List<TournamentMatch> matches) {
        Map<UUID, Team> teams = desk.teamsById(tournament.id);
        return new ScheduleResponse(tournament.id, tournament.state.name(), frame.firstDay(), frame.days(),
                frame.courts(), frame.dayStartsAt().toString(), frame.dayEndsAt().toString(), frame.matchMinutes(),
                frame.minRestMinutes(),
                frame.slots(), matches.stream().map(m -> MatchViews.match(m, teams, movement.zoneId())).toList());
    }
}

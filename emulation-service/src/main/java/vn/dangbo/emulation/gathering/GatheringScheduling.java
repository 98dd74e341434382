package vn.dangbo.emulation.gathering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import vn.dangbo.emulation.gathering.GatheringEvents.MovementRef;
import vn.dangbo.emulation.gathering.GatheringEvents.Slot;
import vn.dangbo.emulation.gathering.GatheringRecords.EventRequest;
import vn.dangbo.emulation.gathering.GatheringRecords.EventResponse;
import vn.dangbo.emulation.gathering.GatheringRecords.ScheduleRequest;
import vn.dangbo.emulation.gathering.GatheringSettings.KindSettings;
import vn.dangbo.emulation.movement.AnchorMoved;
import vn.dangbo.emulation.movement.AnchorRescheduling;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * The office schedules the seminar and the meeting from the plan's defaults, and reschedules them. The event's date
 * is its anchor's: moving it moves the anchor, so the task board's and the journal's deadlines follow.
 */
@ApplicationScoped
public class GatheringScheduling {

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final GatheringRepository gatherings;
    private final AnchorRescheduling anchors;
    private final AccessGuard access;
    private final ChangeRecorder changes;

    public GatheringScheduling(MovementRepository movements, MovementSettingsStore settings,
            GatheringRepository gatherings, AnchorRescheduling anchors, AccessGuard access, ChangeRecorder changes) {
        this.movements = movements;
        this.settings = settings;
        this.gatherings = gatherings;
        this.anchors = anchors;
        this.access = access;
        this.changes = changes;
    }

    /** @throws ProblemException 409 when the movement has this kind of event already, 422 outside the window */
    @Transactional
    public EventResponse schedule(UUID movementId, EventRequest request) {
        Movement movement = movements.lock(movementId);
        access.requireWriteAccess(movement.blocId);
        GatheringSettings s = settings(movement);
        String kind = request.kind().name();
        KindSettings defaults = s.of(kind);
        gatherings.ofKind(movementId, request.kind()).ifPresent(existing -> {
            throw ProblemException.conflict("Phong trào thi đua đã có " + GatheringRules.label(kind) + " (ngày "
                    + GatheringRules.day(existing.onDate) + ", mã " + existing.id + "): mỗi loại chỉ có một");
        });
        LocalDate date = request.date() != null ? request.date() : anchorDate(movementId, defaults.anchor());
        if (date == null) {
            throw ProblemException.invalid("date", "phải có ngày tổ chức " + GatheringRules.label(kind)
                    + ": kế hoạch chỉ dự kiến từ " + GatheringRules.day(defaults.window().from()) + " đến "
                    + GatheringRules.day(defaults.window().to()));
        }
        LocalTime startsAt = request.startsAt() != null ? request.startsAt() : defaults.startsAt();
        LocalTime endsAt = request.endsAt() != null ? request.endsAt() : defaults.endsAt();
        List<String> warnings = check(kind, date, startsAt, endsAt, defaults, s);

        Gathering g = new Gathering();
        g.id = UUID.randomUUID();
        g.movementId = movementId;
        g.kind = request.kind();
        g.title = text(request.title(), defaults.title());
        g.onDate = date;
        g.startsAt = startsAt;
        g.endsAt = endsAt;
        g.venue = text(request.venue(), defaults.venue());
        g.organiser = defaults.organiser();
        g.plannedCount = request.plannedCount() != null ? request.plannedCount() : defaults.plannedCount();
        g.state = Gathering.State.SCHEDULED;
        gatherings.persist(g);
        moveAnchor(movementId, defaults.anchor(), date);
        EventResponse response = GatheringViews.response(g, warnings);
        changes.record(Change.of(g.id)
                .event(GatheringEvents.TOPIC, GatheringEvents.SCHEDULED,
                        () -> new GatheringEvents.Scheduled(ref(movement), GatheringViews.data(g)))
                .audit("event", "SCHEDULED", null, () -> response));
        return response;
    }

    /** @throws ProblemException 409 once the event is closed, 422 outside the window */
    @Transactional
    public EventResponse reschedule(UUID movementId, UUID eventId, ScheduleRequest request) {
        Movement movement = movements.lock(movementId);
        access.requireWriteAccess(movement.blocId);
        Gathering g = gatherings.require(movementId, eventId);
        return move(movement, g, new Slot(request.date(), GatheringRules.time(request.startsAt()),
                GatheringRules.time(request.endsAt()), text(request.venue(), g.venue)), request.startsAt(),
                request.endsAt());
    }

    /**
     * The office moved the anchor itself ({@code PUT /movements/{id}/anchors/{key}}): the event anchored there moves
     * to that day as if rescheduled, so the two never disagree. A move this class made has already set the date.
     */
    void anchorMoved(@Observes AnchorMoved moved) {
        Movement movement = movements.require(moved.movementId());
        GatheringSettings s = settings(movement);
        for (Gathering.Kind kind : Gathering.Kind.values()) {
            if (!s.of(kind.name()).anchor().equals(moved.key())) {
                continue;
            }
            gatherings.ofKind(movement.id, kind).filter(g -> !moved.after().equals(g.onDate))
                    .ifPresent(g -> move(movement, g, new Slot(moved.after(), GatheringRules.time(g.startsAt),
                            GatheringRules.time(g.endsAt), g.venue), g.startsAt, g.endsAt));
        }
    }

    private EventResponse move(Movement movement, Gathering g, Slot to, LocalTime startsAt, LocalTime endsAt) {
        String kind = g.kind.name();
        if (g.state == Gathering.State.CLOSED) {
            throw ProblemException.conflict("Không thể đổi lịch " + GatheringRules.label(kind)
                    + " đã kết thúc (đã chốt điểm danh)");
        }
        GatheringSettings s = settings(movement);
        KindSettings defaults = s.of(kind);
        List<String> warnings = check(kind, to.date(), startsAt, endsAt, defaults, s);
        Slot before = GatheringViews.slot(g);
        if (to.equals(before)) {
            return GatheringViews.response(g, warnings);
        }
        EventResponse old = GatheringViews.response(g, List.of());
        g.onDate = to.date();
        g.startsAt = startsAt;
        g.endsAt = endsAt;
        g.venue = to.venue();
        moveAnchor(movement.id, defaults.anchor(), g.onDate);
        gatherings.flush();
        EventResponse response = GatheringViews.response(g, warnings);
        changes.record(Change.of(g.id)
                .event(GatheringEvents.TOPIC, GatheringEvents.RESCHEDULED, () -> new GatheringEvents.Rescheduled(
                        ref(movement), GatheringViews.data(g), before, to))
                .audit("event", "RESCHEDULED", old, () -> response));
        return response;
    }

    @Transactional
    public List<EventResponse> events(UUID movementId) {
        GatheringSettings s = settings(movements.require(movementId));
        return gatherings.of(movementId).stream().map(g -> GatheringViews.response(g, lengthWarnings(g, s)))
                .toList();
    }

    @Transactional
    public EventResponse event(UUID movementId, UUID eventId) {
        GatheringSettings s = settings(movements.require(movementId));
        Gathering g = gatherings.require(movementId, eventId);
        return GatheringViews.response(g, lengthWarnings(g, s));
    }

    /** Refuses a date outside the window or an end before the start; a long event only warns. */
    private static List<String> check(String kind, LocalDate date, LocalTime startsAt, LocalTime endsAt,
            KindSettings defaults, GatheringSettings s) {
        GatheringRules.windowRefusal(kind, date, defaults.window().from(), defaults.window().to())
                .ifPresent(reason -> {
                    throw ProblemException.ruleViolated(reason, "date");
                });
        GatheringRules.timesRefusal(startsAt, endsAt).ifPresent(reason -> {
            throw ProblemException.invalid("endsAt", reason);
        });
        List<String> warnings = new ArrayList<>();
        GatheringRules.lengthWarning(kind, startsAt, endsAt, s.maxHours()).ifPresent(warnings::add);
        return warnings;
    }

    private static List<String> lengthWarnings(Gathering g, GatheringSettings s) {
        return GatheringRules.lengthWarning(g.kind.name(), g.startsAt, g.endsAt, s.maxHours()).stream().toList();
    }

    /** The anchor takes the event's date (AnchorRescheduling moves the tasks and audits the move). */
    private void moveAnchor(UUID movementId, String key, LocalDate date) {
        LocalDate current = movements.anchor(movementId, key).map(a -> a.onDate).orElse(null);
        if (!Objects.equals(current, date)) {
            anchors.reschedule(movementId, key, date);
        }
    }

    private LocalDate anchorDate(UUID movementId, String key) {
        return movements.anchor(movementId, key).map(a -> a.onDate).orElse(null);
    }

    private GatheringSettings settings(Movement movement) {
        return settings.section(movement, GatheringsSection.NAME, GatheringSettings.class);
    }

    private static MovementRef ref(Movement movement) {
        return new MovementRef(movement.id, movement.name);
    }

    private static String text(String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given.strip();
    }
}

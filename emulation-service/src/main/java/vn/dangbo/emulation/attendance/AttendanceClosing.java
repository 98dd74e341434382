package vn.dangbo.emulation.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.attendance.AttendanceEvents.AttendanceClosed;
import vn.dangbo.emulation.attendance.AttendanceEvents.Attendee;
import vn.dangbo.emulation.attendance.AttendanceEvents.EventRef;
import vn.dangbo.emulation.attendance.AttendanceEvents.GroupCount;
import vn.dangbo.emulation.attendance.AttendanceEvents.MovementRef;
import vn.dangbo.emulation.attendance.AttendanceRecords.AttendanceResponse;
import vn.dangbo.emulation.attendance.AttendanceRepository.Counts;
import vn.dangbo.emulation.attendance.EventDesk.Event;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.invitation.Invitee;
import vn.dangbo.emulation.movement.IssuingBody;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.text.VietnameseText;

/**
 * Closing the attendance: the counts become final, no scan or reply changes them, and docs-service prints the
 * attendee list (danh sách đại biểu) from {@code attendance.closed.v1}, published once.
 */
@ApplicationScoped
public class AttendanceClosing {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final EventDesk desk;
    private final AttendanceRepository repository;
    private final AttendanceQueries queries;
    private final IssuingBody issuingBody;
    private final ChangeRecorder changes;

    public AttendanceClosing(EventDesk desk, AttendanceRepository repository, AttendanceQueries queries,
            IssuingBody issuingBody, ChangeRecorder changes) {
        this.desk = desk;
        this.repository = repository;
        this.queries = queries;
        this.issuingBody = issuingBody;
        this.changes = changes;
    }

    /** @throws vn.dangbo.kit.web.ProblemException 404, 403, 409 when already closed */
    @Transactional
    public AttendanceResponse close(UUID movementId, UUID eventId) {
        // exclusive: waits for the scans under way (they hold the event shared), and none starts until it commits
        Event event = desk.write(movementId, eventId, LockModeType.PESSIMISTIC_WRITE);
        event.requireOpen();
        Gathering gathering = event.gathering();
        AttendanceResponse before = queries.attendance(movementId, eventId);
        gathering.state = Gathering.State.CLOSED;
        Counts total = repository.total(event.id());
        List<GroupCount> groups = queries.groups(event).stream()
                .map(g -> new GroupCount(g.code(), g.label(), g.invited(), g.accepted(), g.checkedIn())).toList();
        AttendanceClosed closed = new AttendanceClosed(new MovementRef(event.movement().id, event.movement().name),
                issuingBody.issuer(event.movement()), issuingBody.higherBody(event.movement()), ref(gathering),
                event.local(desk.now()), gathering.plannedCount, total.invited(), total.seatsTaken(),
                total.checkedIn(), groups, attendees(event));
        changes.record(Change.of(gathering.id)
                .event(AttendanceEvents.TOPIC, AttendanceEvents.CLOSED, () -> closed)
                .audit("gathering", "ATTENDANCE_CLOSED", before, () -> queries.attendance(movementId, eventId)));
        return queries.attendance(movementId, eventId);
    }

    /** Who came, in Vietnamese order of the name printed: a deputy under their own name, for whom they came. */
    private List<Attendee> attendees(Event event) {
        return repository.checkedIn(event.id()).stream()
                .map(i -> attendee(event, i))
                .sorted(Comparator.comparing((Attendee a) -> VietnameseText.sortKey(a.name()))
                        .thenComparing(a -> a.organisation() == null ? "" : a.organisation()))
                .toList();
    }

    private static Attendee attendee(Event event, Invitee i) {
        List<String> roles = i.roles.stream().map(r -> event.groups().label(r.groupCode)).toList();
        boolean deputy = i.reply == Invitee.Reply.SUBSTITUTE && i.substituteName != null;
        return new Attendee(deputy ? i.substituteName : i.fullName, deputy ? i.substituteTitle : i.title,
                i.organisationName, roles, deputy ? i.fullName : null, event.local(i.checkedInAt));
    }

    private static EventRef ref(Gathering g) {
        return new EventRef(g.id, g.kind.name(), g.title, g.onDate, HOUR_MINUTE.format(g.startsAt),
                HOUR_MINUTE.format(g.endsAt), g.venue, g.organiser, g.plannedCount);
    }
}

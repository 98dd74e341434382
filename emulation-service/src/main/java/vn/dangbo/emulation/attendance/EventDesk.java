package vn.dangbo.emulation.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import vn.dangbo.emulation.attendance.AttendanceRecords.InviteeView;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyView;
import vn.dangbo.emulation.attendance.AttendanceRecords.RoleView;
import vn.dangbo.emulation.attendance.AttendanceRecords.SubstituteView;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.invitation.Invitee;
import vn.dangbo.emulation.invitation.InviteeSettings;
import vn.dangbo.emulation.invitation.InviteesSection;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * What every reply and door command starts with: the movement, its event (404 when the event is not the movement's),
 * the office's access for a write, the event's invitee groups, the movement's zone, the time now.
 */
@ApplicationScoped
public class EventDesk {

    /** An event with what its answers need: its movement (the zone) and its groups' labels. */
    public record Event(Movement movement, Gathering gathering, InviteeGroups groups) {

        public ZoneId zone() {
            return movement.zoneId();
        }

        public UUID id() {
            return gathering.id;
        }

        public OffsetDateTime local(Instant instant) {
            return instant == null ? null : instant.atZone(zone()).toOffsetDateTime();
        }

        /** @throws ProblemException 409 once the attendance is closed */
        public void requireOpen() {
            if (gathering.state == Gathering.State.CLOSED) {
                throw ProblemException.conflict("Đã kết thúc điểm danh " + gathering.title
                        + ": không thay đổi được trả lời hay điểm danh");
            }
        }
    }

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final AttendanceRepository repository;
    private final AccessGuard access;
    private final Clock clock;
    private final Map<GroupsKey, InviteeGroups> groups = new ConcurrentHashMap<>();

    public EventDesk(MovementRepository movements, MovementSettingsStore settings, AttendanceRepository repository,
            AccessGuard access, Clock clock) {
        this.movements = movements;
        this.settings = settings;
        this.repository = repository;
        this.access = access;
        this.clock = clock;
    }

    /** @throws ProblemException 404 for an unknown movement or an event that is not the movement's */
    public Event read(UUID movementId, UUID eventId) {
        return event(movements.require(movementId), eventId, LockModeType.NONE);
    }

    /**
     * @param lock how the event's row is held: shared by the scans and replies (the close waits for them),
     *             exclusive by the close
     * @throws ProblemException 404, or 403 without write access on the movement's bloc
     */
    public Event write(UUID movementId, UUID eventId, LockModeType lock) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        return event(movement, eventId, lock);
    }

    /**
     * The event of an invitation's token (no access: the token is the credential), held shared as by the office's
     * commands, so a reply does not slip past the close.
     */
    public Optional<Event> ofToken(String token) {
        return repository.gatheringOfToken(token)
                .flatMap(id -> repository.gathering(id, LockModeType.PESSIMISTIC_READ))
                .map(gathering -> {
                    Movement movement = movements.require(gathering.movementId);
                    return new Event(movement, gathering, groups(movement, gathering));
                });
    }

    public String actor() {
        return access.actor();
    }

    /** Now, to the second: the time a scan answers is the time it stores. */
    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    public InviteeView view(Event event, Invitee invitee) {
        List<RoleView> roles = invitee.roles.stream()
                .map(r -> new RoleView(r.groupCode, event.groups().label(r.groupCode), r.reason))
                .toList();
        return new InviteeView(invitee.id, invitee.fullName, invitee.title, invitee.organisationName, roles,
                substitute(invitee));
    }

    public ReplyView reply(Event event, Invitee invitee) {
        return new ReplyView(invitee.reply.name(), substitute(invitee), event.local(invitee.repliedAt),
                invitee.repliedVia, invitee.repliedBy);
    }

    private static SubstituteView substitute(Invitee invitee) {
        return invitee.reply == Invitee.Reply.SUBSTITUTE
                ? new SubstituteView(invitee.substituteName, invitee.substituteTitle)
                : null;
    }

    private Event event(Movement movement, UUID eventId, LockModeType lock) {
        Gathering gathering = repository.gathering(eventId, lock)
                .filter(g -> g.movementId.equals(movement.id))
                .orElseThrow(() -> ProblemException.notFound("Phong trào không có sự kiện với mã " + eventId));
        return new Event(movement, gathering, groups(movement, gathering));
    }

    /** Read once per movement version and kind: every scan at the door answers with the labels of the roles. */
    private InviteeGroups groups(Movement movement, Gathering gathering) {
        return groups.computeIfAbsent(new GroupsKey(movement.id, movement.version, gathering.kind.name()),
                key -> InviteeGroups.of(settings.section(movement, InviteesSection.NAME, InviteeSettings.class),
                        key.kind()));
    }

    private record GroupsKey(UUID movementId, long movementVersion, String kind) {
    }
}

package vn.dangbo.emulation.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.dangbo.emulation.attendance.AttendanceRecords.AttendanceResponse;
import vn.dangbo.emulation.attendance.AttendanceRecords.GroupAttendance;
import vn.dangbo.emulation.attendance.AttendanceRecords.LookupEntry;
import vn.dangbo.emulation.attendance.AttendanceRecords.LookupResponse;
import vn.dangbo.emulation.attendance.AttendanceRecords.RemindersResponse;
import vn.dangbo.emulation.attendance.AttendanceRecords.RepliesResponse;
import vn.dangbo.emulation.attendance.AttendanceRecords.ReplyCounts;
import vn.dangbo.emulation.attendance.AttendanceRepository.Counts;
import vn.dangbo.emulation.attendance.EventDesk.Event;
import vn.dangbo.emulation.invitation.Invitee;
import vn.dangbo.kit.text.VietnameseText;
import vn.dangbo.kit.web.ProblemException;

/** The replies' counts, the reminders, the live attendance and the lookup by name at the door. */
@ApplicationScoped
public class AttendanceQueries {

    /** More matches than a door's screen shows: the name typed is too short. */
    static final int MAX_LOOKUP = 50;

    private final EventDesk desk;
    private final AttendanceRepository repository;

    public AttendanceQueries(EventDesk desk, AttendanceRepository repository) {
        this.desk = desk;
        this.repository = repository;
    }

    @Transactional
    public RepliesResponse replies(UUID movementId, UUID eventId) {
        Event event = desk.read(movementId, eventId);
        Counts total = repository.total(event.id());
        List<ReplyCounts> groups = new ArrayList<>();
        Map<String, Counts> perGroup = repository.perGroup(event.id());
        for (InviteeGroups.Group group : event.groups().ordered(perGroup.keySet())) {
            groups.add(replyCounts(group.code(), group.label(), perGroup.getOrDefault(group.code(), Counts.NONE)));
        }
        int planned = event.gathering().plannedCount;
        return new RepliesResponse(event.id(), planned, replyCounts(null, null, total), groups,
                ReplyRules.overPlanned(total.seatsTaken(), planned).stream().toList());
    }

    /** Who has not replied yet, in Vietnamese order. */
    @Transactional
    public RemindersResponse reminders(UUID movementId, UUID eventId) {
        Event event = desk.read(movementId, eventId);
        List<Invitee> pending = repository.pending(event.id());
        return new RemindersResponse(event.id(), pending.size(),
                pending.stream().map(i -> desk.view(event, i)).toList());
    }

    @Transactional
    public AttendanceResponse attendance(UUID movementId, UUID eventId) {
        Event event = desk.read(movementId, eventId);
        Counts total = repository.total(event.id());
        return new AttendanceResponse(event.id(), event.gathering().state.name(), event.gathering().plannedCount,
                total.invited(), total.seatsTaken(), total.checkedIn(), groups(event));
    }

    /** The groups' attendance, in the settings' order: a person counts once in each of their groups. */
    List<GroupAttendance> groups(Event event) {
        Map<String, Counts> perGroup = repository.perGroup(event.id());
        return event.groups().ordered(perGroup.keySet()).stream().map(group -> {
            Counts c = perGroup.getOrDefault(group.code(), Counts.NONE);
            return new GroupAttendance(group.code(), group.label(), c.invited(), c.seatsTaken(), c.checkedIn());
        }).toList();
    }

    /**
     * When the code is lost: the invitees (or the deputy in their seat) whose name holds every word typed, without
     * tones ("nguyen van a" finds "Nguyễn Văn A"), folded in Java as everywhere in dangbo.
     */
    @Transactional
    public LookupResponse lookup(UUID movementId, UUID eventId, String q) {
        if (q == null || q.isBlank()) {
            throw ProblemException.invalid("q", "nhập họ tên cần tìm");
        }
        Event event = desk.read(movementId, eventId);
        String[] words = VietnameseText.fold(VietnameseText.nfc(q)).split(" ");
        List<UUID> matches = repository.names(event.id()).stream()
                .filter(n -> matches(n.fullName(), words) || matches(n.substituteName(), words))
                .map(AttendanceRepository.Name::inviteeId)
                .limit(MAX_LOOKUP)
                .toList();
        List<LookupEntry> items = repository.withRoles(matches).stream()
                .map(i -> new LookupEntry(desk.view(event, i), i.reply.name(), i.checkedInAt != null,
                        event.local(i.checkedInAt)))
                .toList();
        return new LookupResponse(q, items);
    }

    private static boolean matches(String name, String[] words) {
        if (name == null) {
            return false;
        }
        List<String> nameWords = List.of(VietnameseText.fold(name).split(" "));
        for (String word : words) {
            if (nameWords.stream().noneMatch(w -> w.startsWith(word))) {
                return false;
            }
        }
        return true;
    }

    private static ReplyCounts replyCounts(String code, String label, Counts c) {
        return new ReplyCounts(code, label, c.invited(), c.accepted(), c.declined(), c.substitutes(), c.pending());
    }
}

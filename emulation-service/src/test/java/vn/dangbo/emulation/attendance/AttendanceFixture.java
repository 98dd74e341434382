package vn.dangbo.emulation.attendance;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Base64;
import java.util.UUID;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.invitation.Invitee;
import vn.dangbo.emulation.invitation.InviteeRole;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The rows the gatherings and the invitations build (an event, its invitees with their roles and tokens), made here
 * directly through their entities so the replies and the door are tried on their own.
 */
@ApplicationScoped
public class AttendanceFixture {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** An invitee as the door knows them: the id, and the token printed on the invitation. */
    public record Guest(String id, String token, String fullName) {
    }

    private final EntityManager entityManager;

    public AttendanceFixture(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional
    public String event(String movementId, Gathering.Kind kind, LocalDate date, int plannedCount) {
        Gathering g = new Gathering();
        g.id = UUID.randomUUID();
        g.movementId = UUID.fromString(movementId);
        g.kind = kind;
        g.title = kind == Gathering.Kind.MEETING ? "Gặp mặt kỷ niệm 65 năm" : "Hội thảo chuyên đề";
        g.onDate = date;
        g.startsAt = LocalTime.of(8, 0);
        g.endsAt = LocalTime.of(11, 30);
        g.venue = "Hội trường lớn Trường Chính trị tỉnh";
        g.organiser = "Văn phòng Đảng ủy Khối";
        g.plannedCount = plannedCount;
        g.state = Gathering.State.SCHEDULED;
        entityManager.persist(g);
        return g.id.toString();
    }

    /** An invitee of the event, in each of the groups given (one invitation, counted once). */
    @Transactional
    public Guest invitee(String eventId, String fullName, String title, String organisation, String... groups) {
        Invitee i = new Invitee();
        i.id = UUID.randomUUID();
        i.gatheringId = UUID.fromString(eventId);
        i.personKey = Invitee.externalKey(UUID.randomUUID());
        i.fullName = fullName;
        i.title = title;
        i.organisationName = organisation;
        i.sortKey = VietnameseText.sortKey(fullName);
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        i.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        for (String group : groups) {
            i.roles.add(new InviteeRole(group, null));
        }
        entityManager.persist(i);
        return new Guest(i.id.toString(), i.token, fullName);
    }

    @Transactional
    public void withdraw(String inviteeId) {
        entityManager.find(Invitee.class, UUID.fromString(inviteeId)).withdrawn = true;
    }

    /** The scans recorded for an invitee, and of them those that checked them in. */
    @Transactional
    public long scans(String inviteeId, boolean checkingIn) {
        return ((Number) entityManager.createNativeQuery("select count(*) from check_in_scan where invitee_id = :i"
                        + (checkingIn ? " and outcome = 'CHECKED_IN'" : ""))
                .setParameter("i", UUID.fromString(inviteeId)).getSingleResult()).longValue();
    }
}

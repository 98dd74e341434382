package vn.dangbo.emulation.invitation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.dangbo.emulation.gathering.Gathering;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/** An event of a movement as the invitations see it: the movement, the gathering, its groups from the settings. */
@ApplicationScoped
public class EventDesk {

    /** The event's invitee groups in the plan's order. */
    public record Desk(Movement movement, Gathering gathering, List<InviteeSettings.Group> groups) {

        public List<String> groupOrder() {
            return groups.stream().map(InviteeSettings.Group::code).toList();
        }

        public InviteeSettings.Group group(String code, String field) {
            return groups.stream().filter(g -> g.code().equals(code)).findFirst()
                    .orElseThrow(() -> ProblemException.invalid(field, "Không có nhóm thành phần " + code
                            + " trong danh sách mời của " + (gathering.kind == Gathering.Kind.SEMINAR ? "hội thảo"
                            : "buổi gặp mặt")));
        }

        /** An invitee's roles in the groups' order (the stored order is none). */
        public List<InviteeRole> ordered(List<InviteeRole> roles) {
            List<String> order = groupOrder();
            return roles.stream().sorted(java.util.Comparator.comparingInt((InviteeRole r) -> {
                int i = order.indexOf(r.groupCode);
                return i < 0 ? Integer.MAX_VALUE : i;
            }).thenComparing(r -> r.groupCode)).toList();
        }

        public String label(String code) {
            return groups.stream().filter(g -> g.code().equals(code)).map(InviteeSettings.Group::label).findFirst()
                    .orElse(code);
        }
    }

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final InvitationRepository repository;
    private final AccessGuard access;

    public EventDesk(MovementRepository movements, MovementSettingsStore settings, InvitationRepository repository,
            AccessGuard access) {
        this.movements = movements;
        this.settings = settings;
        this.repository = repository;
        this.access = access;
    }

    public Desk read(UUID movementId, UUID eventId) {
        Movement movement = movements.require(movementId);
        Gathering gathering = repository.gathering(eventId).filter(g -> g.movementId.equals(movementId))
                .orElseThrow(() -> ProblemException.notFound("Không có sự kiện với mã " + eventId
                        + " trong phong trào này"));
        InviteeSettings section = settings.section(movement, InviteesSection.NAME, InviteeSettings.class);
        return new Desk(movement, gathering, section.groups(gathering.kind.name()));
    }

    /** Whether the caller may act for the event (the office): only they see the invitations' tokens. */
    public boolean mayWrite(Desk desk) {
        return access.mayWrite(desk.movement().blocId);
    }

    /** The office's act: write access on the movement's bloc. */
    public Desk write(UUID movementId, UUID eventId) {
        Desk desk = read(movementId, eventId);
        access.requireWriteAccess(desk.movement().blocId);
        return desk;
    }
}

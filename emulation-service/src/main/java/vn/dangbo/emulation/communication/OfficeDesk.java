package vn.dangbo.emulation.communication;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.emulation.movement.Movement;
import vn.dangbo.emulation.movement.MovementRepository;
import vn.dangbo.emulation.movement.MovementSettingsStore;
import vn.dangbo.kit.security.AccessGuard;

/**
 * What every communications command starts with: the movement, and for a write the office's access (write access on
 * the movement's bloc); today as the movement's zone reads the clock.
 */
@ApplicationScoped
public class OfficeDesk {

    private final MovementRepository movements;
    private final MovementSettingsStore settings;
    private final AccessGuard access;
    private final Clock clock;

    public OfficeDesk(MovementRepository movements, MovementSettingsStore settings, AccessGuard access, Clock clock) {
        this.movements = movements;
        this.settings = settings;
        this.access = access;
        this.clock = clock;
    }

    /** @throws vn.dangbo.kit.web.ProblemException 404 for an unknown movement */
    public Movement read(UUID movementId) {
        return movements.require(movementId);
    }

    /** @throws vn.dangbo.kit.web.ProblemException 404, or 403 without write access on the bloc */
    public Movement write(UUID movementId) {
        Movement movement = movements.require(movementId);
        access.requireWriteAccess(movement.blocId);
        return movement;
    }

    public <T> T section(Movement movement, String name, Class<T> type) {
        return settings.section(movement, name, type);
    }

    /** Today in the movement's zone (the clock is UTC: 1/4/2024 00:00 +07 is still 31/3 in UTC). */
    public LocalDate today(Movement movement) {
        return LocalDate.ofInstant(clock.instant(), movement.zoneId());
    }

    public String actor() {
        return access.actor();
    }

    public CommunicationEvents.MovementRef ref(Movement movement) {
        return new CommunicationEvents.MovementRef(movement.id, movement.name);
    }

    /** The effective date of an anchor of the movement (the meeting), or null when it has none. */
    public LocalDate anchorDate(UUID movementId, String key) {
        return movements.anchor(movementId, key).map(a -> a.effectiveDate()).orElse(null);
    }
}

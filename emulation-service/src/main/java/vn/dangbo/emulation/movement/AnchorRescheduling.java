package vn.dangbo.emulation.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import vn.dangbo.emulation.movement.MovementRecords.AnchorResponse;
import vn.dangbo.kit.change.Change;
import vn.dangbo.kit.change.ChangeRecorder;
import vn.dangbo.kit.security.AccessGuard;
import vn.dangbo.kit.web.ProblemException;

/**
 * Gives an anchor of the movement a new date (the meeting moves to 17/5): the deadlines anchored to it move in the
 * same transaction, through {@link AnchorMoved}. A date outside the anchor's window is refused.
 */
@ApplicationScoped
public class AnchorRescheduling {

    private final MovementRepository movements;
    private final AccessGuard access;
    private final ChangeRecorder changes;
    private final Event<AnchorMoved> moved;

    public AnchorRescheduling(MovementRepository movements, AccessGuard access, ChangeRecorder changes,
            Event<AnchorMoved> moved) {
        this.movements = movements;
        this.access = access;
        this.changes = changes;
        this.moved = moved;
    }

    @Transactional
    public AnchorResponse reschedule(UUID movementId, String key, LocalDate date) {
        Movement movement = movements.lock(movementId);
        access.requireWriteAccess(movement.blocId);
        MovementAnchor anchor = movements.anchor(movementId, key).orElseThrow(() -> ProblemException.notFound(
                "Phong trào thi đua không có mốc " + key));
        if (anchor.windowFrom != null && date.isBefore(anchor.windowFrom)
                || anchor.windowTo != null && date.isAfter(anchor.windowTo)) {
            throw ProblemException.ruleViolated("Ngày " + MovementViews.day(date) + " nằm ngoài khoảng kế hoạch cho "
                    + anchor.label + " (từ " + MovementViews.day(anchor.windowFrom) + " đến "
                    + MovementViews.day(anchor.windowTo) + ")", "date");
        }
        LocalDate before = anchor.effectiveDate();
        AnchorResponse old = AnchorResponse.of(anchor);
        anchor.onDate = date;
        changes.record(Change.of(movementId).audit("movement-anchor", "RESCHEDULED", old,
                () -> AnchorResponse.of(anchor)));
        if (!date.equals(before)) {
            moved.fire(new AnchorMoved(movementId, key, before, date));
        }
        return AnchorResponse.of(anchor);
    }
}

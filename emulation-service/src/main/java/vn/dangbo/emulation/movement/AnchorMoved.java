package vn.dangbo.emulation.movement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the transaction of the change) when an anchor of a movement gets a new date, so the
 * deadlines anchored to it move with it: the task board's, the journal's.
 *
 * @param before the day deadlines counted from until now (the date, or the window's end while open)
 * @param after  the day they count from now
 */
public record AnchorMoved(UUID movementId, String key, LocalDate before, LocalDate after) {
}

package vn.dangbo.emulation.movement;

import java.util.UUID;

/**
 * Fired (CDI, synchronously, in the launch's transaction) once a movement, its anchors and its settings are stored,
 * so the features that start with the movement do (the task board loads the plan's assignments).
 */
public record MovementLaunched(UUID movementId) {
}

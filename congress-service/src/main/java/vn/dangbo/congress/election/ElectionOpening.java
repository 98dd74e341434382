package vn.dangbo.congress.election;

import java.util.UUID;

/**
 * Fired (synchronously, in the opening transaction) before an election of {@code office} opens at a congress, so
 * that a later package that may forbid it (a post waiting for the higher committee's direction) refuses by
 * throwing, without this package depending on it.
 */
public record ElectionOpening(UUID congressId, Office office) {
}

package vn.dangbo.emulation;

import io.quarkus.test.Mock;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The service's clock in the tests: the system's unless a test stands it at a moment (19/4/2024 23:59 Hanoi time),
 * so a deadline is tried at its edge without waiting for it. {@link #reset()} after such a test.
 */
public class TestClock {

    private static final AtomicReference<Instant> FIXED = new AtomicReference<>();

    public static void standAt(Instant instant) {
        FIXED.set(instant);
    }

    public static void reset() {
        FIXED.set(null);
    }

    @Produces
    @Singleton
    @Mock
    Clock clock() {
        return new Standing(ZoneOffset.UTC);
    }

    /** The system clock, or the moment a test stands it at, in any zone (withZone keeps standing there). */
    private static final class Standing extends Clock {

        private final ZoneId zone;

        Standing(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Standing(other);
        }

        @Override
        public Instant instant() {
            Instant fixed = FIXED.get();
            return fixed != null ? fixed : Instant.now();
        }
    }
}

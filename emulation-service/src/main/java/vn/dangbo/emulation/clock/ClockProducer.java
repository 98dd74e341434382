package vn.dangbo.emulation.clock;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The one clock "now" is read from (a submission's moment against its deadline, an overdue scan): a test replaces it
 * to stand at 19/4/2024 23:59 without waiting for it.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package vn.dangbo.testsupport;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Keeps the Kafka clients' and zonky's INFO logging out of this module's test output. */
public final class QuietLogging {

    /** Strong references: java.util.logging forgets the level of loggers nobody holds. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.kafka"), Logger.getLogger("io.zonky"));

    static {
        QUIET.forEach(l -> l.setLevel(Level.WARNING));
    }

    private QuietLogging() {
    }

    public static void install() {
        // the static initializer did it
    }
}

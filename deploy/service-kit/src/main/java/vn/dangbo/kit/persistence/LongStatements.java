package vn.dangbo.kit.persistence;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executor;
import org.hibernate.Session;

/**
 * Lets the statements of one transaction wait longer for the server than the datasource's socketTimeout (a few
 * seconds, so that a hung database ends a request quickly): a bulk write whose COPY or index maintenance
 * legitimately runs for minutes. The limit is the connection's network timeout; the pool (Agroal) restores the
 * configured one when the connection returns to it, so the raise ends with the transaction.
 */
public final class LongStatements {

    /** pgjdbc applies the timeout to its socket at once and never uses the executor. */
    private static final Executor DIRECT = Runnable::run;

    private LongStatements() {
    }

    /** Within the caller's transaction, each statement may wait up to {@code limit} for the server. */
    public static void allow(EntityManager entityManager, Duration limit) {
        entityManager.unwrap(Session.class).doWork(connection -> allow(connection, limit));
    }

    /** The same on a connection the caller holds (e.g. in {@code Session.doWork}). */
    public static void allow(Connection connection, Duration limit) throws SQLException {
        connection.setNetworkTimeout(DIRECT, (int) Math.min(Integer.MAX_VALUE, limit.toMillis()));
    }
}

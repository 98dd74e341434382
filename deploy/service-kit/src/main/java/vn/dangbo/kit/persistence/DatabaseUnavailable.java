package vn.dangbo.kit.persistence;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Tells whether a failure means "the database cannot be reached or does not answer" (stopped, restarting, hung,
 * network gone) rather than a fault of the request or of the code: the first is the client's to retry later
 * (503), the second a 4xx or a bug (500). Pure: it only looks at the exception and its causes.
 */
public final class DatabaseUnavailable {

    private DatabaseUnavailable() {
    }

    /** Whether {@code failure} or one of its causes says the database is unreachable, hung or shutting down. */
    public static boolean isCause(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            if (unavailable(t)) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getNextException() != null && unavailable(sql.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SocketTimeoutException || t instanceof ConnectException
                || t instanceof NoRouteToHostException) {
            return true;
        }
        if (t instanceof SocketException) {
            return true; // connection reset, broken pipe: the server went away under an open connection
        }
        if (t instanceof SQLException sql && (unavailableState(sql.getSQLState()) || acquisitionTimeout(sql.getMessage()))) {
            return true;
        }
        if (noConnection(t.getMessage())) {
            return true;
        }
        // by name: the kit does not make every service depend on Hibernate's and JTA's exception types
        String type = t.getClass().getName();
        return type.equals("org.hibernate.exception.JDBCConnectionException")
                || type.equals("org.hibernate.QueryTimeoutException")
                || type.equals("jakarta.persistence.QueryTimeoutException");
    }

    /**
     * 08: connection exception (refused, broken, timed out: pgjdbc's "An I/O error occurred"); 57P01-57P03: the
     * server is shutting down, crashed or not yet accepting connections; 57014: a statement cancelled
     * (statement_timeout or a cancel of a hung query); 53300: too many connections.
     */
    static boolean unavailableState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("57014") || state.equals("53300"));
    }

    /**
     * No connection could be had at all: Hibernate's words for any failure to get one from the pool, and pgjdbc's
     * when the pool abandons a login that hangs (SQLState 99999, "Something unusual has occurred").
     */
    private static boolean noConnection(String message) {
        return message != null && (message.startsWith("Unable to acquire JDBC Connection")
                || message.startsWith("Interrupted while attempting to connect"));
    }

    /** Agroal's pool gave up waiting for a connection (no SQLState). */
    private static boolean acquisitionTimeout(String message) {
        return message != null && message.startsWith("Acquisition timeout");
    }
}

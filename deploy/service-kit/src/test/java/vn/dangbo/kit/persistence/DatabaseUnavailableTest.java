package vn.dangbo.kit.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.ArcUndeclaredThrowableException;
import jakarta.persistence.OptimisticLockException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnavailableTest {

    @Test
    void aHungOrStoppedDatabaseIsRecognisedThroughItsWrappers() {
        // pgjdbc's socketTimeout on a hung server, as Hibernate hands it over
        PSQLException io = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE, new SocketTimeoutException("Read timed out"));
        assertTrue(DatabaseUnavailable.isCause(new JDBCConnectionException("could not execute statement", io)));
        // a stopped server: connection refused
        assertTrue(DatabaseUnavailable.isCause(new PSQLException("Connection to 127.0.0.1:5432 refused.",
                PSQLState.CONNECTION_UNABLE_TO_CONNECT)));
        // the pool gave up waiting (Agroal, no SQLState), wrapped by Hibernate and by Arc
        SQLException acquisition = new SQLException("Acquisition timeout while waiting for new connection");
        assertTrue(DatabaseUnavailable.isCause(new ArcUndeclaredThrowableException(
                new GenericJDBCException("Unable to acquire JDBC Connection", acquisition))));
        // the server shutting down under an open connection
        assertTrue(DatabaseUnavailable.isCause(new IllegalStateException("COPY failed",
                new SQLException("terminating connection due to administrator command", "57P01"))));
        assertTrue(DatabaseUnavailable.isCause(new jakarta.persistence.QueryTimeoutException("statement timeout")));
        // a login to a hung server abandoned by the pool
        assertTrue(DatabaseUnavailable.isCause(new GenericJDBCException("Unable to acquire JDBC Connection",
                new PSQLException("Something unusual has occurred to cause the driver to fail.", PSQLState.UNEXPECTED_ERROR,
                        new RuntimeException("Interrupted while attempting to connect.")))));
    }

    @Test
    void faultsOfTheRequestOrTheCodeAreNot() {
        assertFalse(DatabaseUnavailable.isCause(new ConstraintViolationException("duplicate key",
                new PSQLException("duplicate key value violates unique constraint", PSQLState.UNIQUE_VIOLATION), "member_national_id_key")));
        assertFalse(DatabaseUnavailable.isCause(new GenericJDBCException("bad SQL",
                new PSQLException("syntax error at or near \"selec\"", PSQLState.SYNTAX_ERROR))));
        assertFalse(DatabaseUnavailable.isCause(new OptimisticLockException("stale")));
        assertFalse(DatabaseUnavailable.isCause(new NullPointerException()));
        assertFalse(DatabaseUnavailable.isCause(null));
    }
}

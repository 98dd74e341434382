package vn.dangbo.kit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

class DatabaseUnavailableMappersTest {

    private final DatabaseUnavailableMappers mappers = new DatabaseUnavailableMappers(Duration.ofSeconds(5));

    @Test
    void aHungDatabaseIsA503ProblemWithRetryAfterAndNoDriverText() {
        PSQLException io = new PSQLException("An I/O error occurred while sending to the backend.",
                PSQLState.CONNECTION_FAILURE, new SocketTimeoutException("Read timed out"));
        Response response = mappers.runtime(new JDBCConnectionException("could not execute statement [select m1_0.id from member m1_0]", io), null);

        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals("urn:dangbo:problem:database-unavailable", problem.type());
        assertEquals("Dịch vụ tạm thời gián đoạn", problem.title());
        assertEquals("Cơ sở dữ liệu tạm thời không phản hồi; hãy thử lại sau 5 giây", problem.detail());
        assertFalse(problem.detail().contains("select") || problem.detail().contains("I/O"), problem.detail());
    }

    @Test
    void anyOtherFailureIsAnsweredAsBefore() {
        Response response = mappers.runtime(new IllegalStateException("a bug"), null);
        assertEquals(500, response.getStatus());
        assertEquals(null, response.getHeaderString("Retry-After"));
        assertTrue(((Problem) response.getEntity()).type().endsWith(":internal"));
    }
}

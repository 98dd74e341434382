package vn.dangbo.kit.web;

import jakarta.inject.Singleton;
import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.dangbo.kit.persistence.DatabaseUnavailable;

/**
 * A database that is stopped, restarting or hung is the client's to retry, not a bug: 503 problem+json with
 * {@code Retry-After}, without the driver's message, stack trace or SQL. The datasource's timeouts (each
 * service's application.properties) make such a failure arrive within seconds instead of hanging the request.
 *
 * <p>The failure reaches the resource wrapped in whatever threw it (Hibernate's JDBCException, a JTA
 * RollbackException, Arc's wrapper of a checked exception, CopyStream's IllegalStateException...), so these
 * mappers take the broad types and look at the causes; anything else is answered exactly as
 * {@link ProblemMappers#unexpected(Throwable, UriInfo)} answers it (more specific mappers, e.g. of a unique
 * violation or an optimistic lock, still win).
 */
@Singleton
public class DatabaseUnavailableMappers {

    private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMappers.class);

    private final long retryAfterSeconds;
    private final ProblemMappers others = new ProblemMappers();

    public DatabaseUnavailableMappers(
            @ConfigProperty(name = "dangbo.database.retry-after", defaultValue = "5s") Duration retryAfter) {
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @ServerExceptionMapper
    public Response runtime(RuntimeException e, UriInfo uri) {
        return DatabaseUnavailable.isCause(e) ? unavailable(e, uri) : others.unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response sql(SQLException e, UriInfo uri) {
        return DatabaseUnavailable.isCause(e) ? unavailable(e, uri) : others.unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response rollback(RollbackException e, UriInfo uri) {
        return DatabaseUnavailable.isCause(e) ? unavailable(e, uri) : others.unexpected(e, uri);
    }

    Response unavailable(Throwable e, UriInfo uri) {
        // one line, no stack trace: an outage produces one per request, and its cause is the database's, not ours
        LOG.warnf("Database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), rootMessage(e));
        return Response.fromResponse(ProblemMappers.respond(503, "database-unavailable", "Dịch vụ tạm thời gián đoạn",
                        "Cơ sở dữ liệu tạm thời không phản hồi; hãy thử lại sau " + retryAfterSeconds + " giây", uri,
                        List.of()))
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .build();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}

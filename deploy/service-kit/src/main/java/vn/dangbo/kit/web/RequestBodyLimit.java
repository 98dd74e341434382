package vn.dangbo.kit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Refuses a body above its path's limit before a byte of it is read: a declared Content-Length above it is
 * answered 413 at once, and the connection closed so the client need not send the rest. A body without a length
 * (chunked) is counted as it streams, by {@link BodyLimitInterceptor}, which refuses it at the limit.
 */
@ApplicationScoped
public class RequestBodyLimit {

    /** Where the interceptor finds the limit of a body whose length was not declared. */
    static final String LIMIT_KEY = "dangbo.body-limit";

    private final BodyLimits limits;
    private final ObjectMapper json;

    public RequestBodyLimit(BodyLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    // before Quarkus' own upload limit, which answers with an empty 413
    void route(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long limit = limits.limitFor(request.path());
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            ctx.put(LIMIT_KEY, limit);
        } else if (declared(length) > limit) {
            refuse(ctx, limit);
            return;
        }
        ctx.next();
    }

    private static long declared(String length) {
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // Vert.x refuses a malformed length itself
        }
    }

    private void refuse(RoutingContext ctx, long limit) {
        ProblemException tooLarge = BodyLimits.tooLarge(limit);
        Problem problem = new Problem("urn:dangbo:problem:" + tooLarge.slug(), tooLarge.title(), tooLarge.status(),
                tooLarge.getMessage(), ctx.request().path(), List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        HttpServerResponse response = ctx.response();
        response.setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
        // the unread body must not be taken as the next request: the connection ends with the answer
        response.endHandler(v -> ctx.request().connection().close());
        response.end(body);
    }
}

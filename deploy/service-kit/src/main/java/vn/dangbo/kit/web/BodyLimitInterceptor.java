package vn.dangbo.kit.web;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts a body that came without a Content-Length while it is read, whatever reads it (Jackson, an import
 * copying its upload to disk), and refuses it with 413 the moment it passes its path's limit, so a chunked upload
 * is never read (or held) beyond the limit. {@link RequestBodyLimit} has refused a declared length already.
 */
@Provider
public class BodyLimitInterceptor implements ReaderInterceptor {

    private final CurrentVertxRequest current;

    public BodyLimitInterceptor(CurrentVertxRequest current) {
        this.current = current;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        RoutingContext ctx = current.getCurrent();
        Long limit = ctx == null ? null : ctx.get(RequestBodyLimit.LIMIT_KEY);
        if (limit != null) {
            context.setInputStream(new Counted(context.getInputStream(), limit, ctx));
        }
        return context.proceed();
    }

    /** The body, refused (not read further) once more than {@code limit} bytes have come. */
    static final class Counted extends FilterInputStream {

        private final long limit;
        private final RoutingContext ctx;
        private long count;
        private boolean refused;

        Counted(InputStream in, long limit, RoutingContext ctx) {
            super(in);
            this.limit = limit;
            this.ctx = ctx;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        /** A refused body is not drained (the input stream's close reads it to its end): the connection ends. */
        @Override
        public void close() throws IOException {
            if (!refused) {
                super.close();
            }
        }

        private void counted(long n) {
            count += n;
            if (count > limit) {
                refused = true;
                // the rest of the body stays unread: the connection ends with the answer
                ctx.response().putHeader(HttpHeaders.CONNECTION, HttpHeaders.CLOSE);
                ctx.addEndHandler(done -> ctx.request().connection().close());
                throw BodyLimits.tooLarge(limit);
            }
        }
    }
}

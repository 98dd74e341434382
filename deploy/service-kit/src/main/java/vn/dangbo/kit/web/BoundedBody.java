package vn.dangbo.kit.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.LongFunction;

/**
 * An uploaded file read into memory only up to its limit. A service that accepts large imports raises the HTTP body
 * limit for them, so a file endpoint must not let the framework buffer a body of that size: it takes the stream and
 * keeps at most {@code limit} bytes; a larger body is counted through to its end (to name its size), never held.
 */
public final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * @param tooLarge the refusal, given the body's size in bytes
     * @return the whole body, at most {@code limit} bytes
     */
    public static byte[] read(InputStream body, long limit, LongFunction<? extends RuntimeException> tooLarge) {
        try (InputStream in = body) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (content.length > limit) {
                long size = content.length + in.transferTo(OutputStream.nullOutputStream());
                throw tooLarge.apply(size);
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

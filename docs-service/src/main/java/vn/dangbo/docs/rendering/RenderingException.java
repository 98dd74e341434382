package vn.dangbo.docs.rendering;

/** The rendering library failed (not a problem with the document's text). */
public class RenderingException extends RuntimeException {

    public RenderingException(String message, Throwable cause) {
        super(message, cause);
    }
}

package vn.dangbo.docs.rendering;

/**
 * Turns a {@link PartyDocument} into the bytes of one file format. Implementations are stateless
 * after construction and safe to share between threads.
 */
public interface DocumentRenderer {

    /**
     * @throws UnrenderableTextException if any character cannot be drawn with the document font
     * @throws RenderingException        if the output cannot be produced (I/O inside the library)
     */
    byte[] render(PartyDocument document);

    /** e.g. {@code application/pdf}. */
    String mediaType();

    /** Without the dot, e.g. {@code pdf}. */
    String fileExtension();
}

package vn.dangbo.docs.document;

import vn.dangbo.docs.rendering.DocxRenderer;
import vn.dangbo.docs.rendering.PdfRenderer;

/** The formats a document downloads as. */
public enum DocumentFormat {
    PDF("pdf", PdfRenderer.MEDIA_TYPE),
    DOCX("docx", DocxRenderer.MEDIA_TYPE);

    private final String extension;
    private final String mediaType;

    DocumentFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}

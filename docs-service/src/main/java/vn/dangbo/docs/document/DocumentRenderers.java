package vn.dangbo.docs.document;

import jakarta.inject.Singleton;
import vn.dangbo.docs.rendering.DocumentRenderer;
import vn.dangbo.docs.rendering.DocxRenderer;
import vn.dangbo.docs.rendering.PdfRenderer;

/** One renderer per format, shared (the renderers are thread-safe; the fonts load once). */
@Singleton
public class DocumentRenderers {

    private final PdfRenderer pdf = new PdfRenderer();
    private final DocxRenderer docx = new DocxRenderer();

    public PdfRenderer pdf() {
        return pdf;
    }

    public DocxRenderer docx() {
        return docx;
    }

    public DocumentRenderer of(DocumentFormat format) {
        return switch (format) {
            case PDF -> pdf;
            case DOCX -> docx;
        };
    }
}

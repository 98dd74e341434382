package vn.dangbo.docs.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Renders a {@link PartyDocument} as PDF with PDFBox 3: A4 (or A4 landscape), margins 20/20/30/15 mm,
 * Liberation Serif embedded as subset Type 0 fonts (so every Vietnamese glyph renders and text can be
 * extracted), body justified and paginated.
 *
 * <p>The font files are read and measured once per JVM; each call builds its own {@code PDDocument},
 * so one instance may be used by many threads at once.
 */
public final class PdfRenderer implements DocumentRenderer {

    public static final String MEDIA_TYPE = "application/pdf";

    private final LiberationSerif font;

    public PdfRenderer() {
        this.font = LiberationSerif.get();
    }

    @Override
    public byte[] render(PartyDocument document) {
        PartyDocument d = TextPreparation.prepare(document);
        TextPreparation.validate(d, font);
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title(d));
            info.setCreator("dangbo docs-service");
            info.setCreationDate(Calendar.getInstance());
            pdf.getDocumentCatalog().setLanguage("vi-VN");
            new PdfComposer(pdf, d, font).compose();
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingException("PDF rendering failed", e);
        }
    }

    static String title(PartyDocument d) {
        String summary = d.summaryLines().stream().collect(Collectors.joining(" "));
        String t = ((d.typeName() == null ? "" : d.typeName()) + " " + summary).strip();
        return t.isEmpty() ? d.header().issuingBody() : t.replace('\n', ' ');
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "pdf";
    }
}

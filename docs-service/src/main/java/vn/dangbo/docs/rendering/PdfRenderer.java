package vn.dangbo.docs.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a {@link PartyDocument} as PDF with PDFBox 3: A4 (or A4 landscape), margins 20/20/30/15 mm, or A5 two
 * to an A4 landscape sheet (ballots, see {@link PdfSheets}),
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

    /** A batch in one PDF, and the first page (1-based) of each document inside it. */
    public record Batch(byte[] bytes, List<Integer> firstPages) {
    }

    /**
     * Renders several documents (e.g. one invitation per addressee) into one PDF, each starting on a new page
     * (an A5 page: the next half sheet, so a batch of ballots prints two to a sheet).
     * The font faces are embedded once for the whole batch, which keeps a 350-copy batch small and fast
     * (merging separately rendered files would embed a font subset per copy).
     */
    public Batch renderAll(List<PartyDocument> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to render");
        }
        List<PartyDocument> prepared = new ArrayList<>(documents.size());
        for (PartyDocument document : documents) {
            PartyDocument d = TextPreparation.prepare(document);
            TextPreparation.validate(d, font);
            prepared.add(d);
        }
        try (PDDocument pdf = new PDDocument()) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle(title(prepared.get(0)));
            info.setCreator("dangbo docs-service");
            info.setCreationDate(Calendar.getInstance());
            pdf.getDocumentCatalog().setLanguage("vi-VN");
            EnumMap<FontFace, PDType0Font> fonts = new EnumMap<>(FontFace.class);
            PdfSheets sheets = new PdfSheets(pdf);
            List<Integer> firstPages = new ArrayList<>(prepared.size());
            for (PartyDocument d : prepared) {
                // two A5 copies (ballots) share a sheet: both start on it
                firstPages.add(sheets.nextSheetNumber(d.paper()));
                new PdfComposer(pdf, d, font, fonts, sheets).compose();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            pdf.save(out);
            return new Batch(out.toByteArray(), List.copyOf(firstPages));
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

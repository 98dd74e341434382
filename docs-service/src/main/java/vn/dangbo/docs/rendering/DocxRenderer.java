package vn.dangbo.docs.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Renders a {@link PartyDocument} as DOCX with Apache POI (XWPF): A4 (or A4 landscape), margins
 * 20/20/30/15 mm, every run and the document defaults in Liberation Serif, header and closing block
 * as borderless two-column tables, same text and font sizes as {@link PdfRenderer}.
 *
 * <p>The same glyph check as for PDF is applied, so a document renders in both formats or in
 * neither. Stateless; safe to share between threads. The parts are written by {@link DocxComposer}
 * ({@link DocxHeaderBlock}, {@link DocxTables}, {@link DocxClosing}, on {@link DocxPage} and with {@link DocxRuns}).
 */
public final class DocxRenderer implements DocumentRenderer {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final LiberationSerif font;

    public DocxRenderer() {
        this.font = LiberationSerif.get();
    }

    @Override
    public byte[] render(PartyDocument document) {
        PartyDocument d = TextPreparation.prepare(document);
        TextPreparation.validate(d, font);
        try (XWPFDocument docx = new XWPFDocument()) {
            new DocxComposer(docx, d, font).compose();
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingException("DOCX rendering failed", e);
        }
    }

    /**
     * Several documents of the same orientation (e.g. one invitation per addressee) in one DOCX, each starting
     * on a new page.
     */
    public byte[] renderAll(List<PartyDocument> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to render");
        }
        List<PartyDocument> prepared = new java.util.ArrayList<>(documents.size());
        for (PartyDocument document : documents) {
            PartyDocument d = TextPreparation.prepare(document);
            TextPreparation.validate(d, font);
            if (d.orientation() != documents.get(0).orientation() || d.paper() != documents.get(0).paper()) {
                throw new IllegalArgumentException("a batch has one orientation and one paper");
            }
            prepared.add(d);
        }
        try (XWPFDocument docx = new XWPFDocument()) {
            for (int i = 0; i < prepared.size(); i++) {
                new DocxComposer(docx, prepared.get(i), font).compose(i == 0, i == prepared.size() - 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingException("DOCX rendering failed", e);
        }
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "docx";
    }
}

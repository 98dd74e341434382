package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.DocxRuns.paragraph;
import static vn.dangbo.docs.rendering.DocxRuns.text;
import static vn.dangbo.docs.rendering.PartyFormat.*;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes one {@link PartyDocument} into a DOCX, part by part in reading order (header, title, body, closing).
 * One instance per document; several can write into the same file (see {@link DocxRenderer#renderAll}).
 */
final class DocxComposer {

    private final XWPFDocument docx;
    private final PartyDocument doc;
    private final LiberationSerif metrics;
    private final DocxPage page;

    DocxComposer(XWPFDocument docx, PartyDocument doc, LiberationSerif metrics) {
        this.docx = docx;
        this.doc = doc;
        this.metrics = metrics;
        this.page = new DocxPage(doc.orientation(), doc.paper(), doc.bordered());
    }

    void compose() {
        compose(true, true);
    }

    /**
     * @param first whether this is the first document of the file (sets defaults; otherwise starts a new page)
     * @param last  whether it is the last (writes the section properties, which must end the body)
     */
    void compose(boolean first, boolean last) {
        if (first) {
            DocxPage.defaults(docx);
            docx.getProperties().getCoreProperties().setTitle(PdfRenderer.title(doc));
            docx.getProperties().getCoreProperties().setCreator("dangbo docs-service");
        } else {
            docx.createParagraph().setPageBreak(true);
        }
        if (doc.centred()) {
            // a certificate: no letter header, only its title; its body says who awards, then the number beside the
            // date
            DocxHeaderBlock.title(docx, doc, page.textW);
            body();
            DocxClosing.centredClosing(docx, doc, page.textW);
        } else {
            DocxHeaderBlock.header(docx, doc.header(), page.textW, metrics);
            DocxHeaderBlock.title(docx, doc, page.textW);
            body();
            DocxClosing.closing(docx, doc, page.textW, metrics);
        }
        if (last) {
            page.section(docx); // last: sectPr must be the body's final element
        }
    }

    private void body() {
        int indent = doc.centred() ? 0 : mmToTwips(FIRST_LINE_INDENT_MM);
        ParagraphAlignment align = doc.centred() ? ParagraphAlignment.CENTER : ParagraphAlignment.BOTH;
        for (Block b : doc.body()) {
            if (b instanceof Heading h) {
                XWPFParagraph p = paragraph(docx, align);
                p.setIndentationFirstLine(indent);
                p.setSpacingAfter(ptToTwips(PARAGRAPH_SPACING_AFTER));
                p.setKeepNext(true); // a heading never ends a page apart from its text
                text(p, h.text(), BODY_SIZE, true, false, false);
            } else if (b instanceof Paragraph para) {
                XWPFParagraph p = paragraph(docx, align);
                if (para.indentFirstLine() && indent > 0) {
                    p.setIndentationFirstLine(indent);
                }
                p.setSpacingAfter(ptToTwips(PARAGRAPH_SPACING_AFTER));
                for (Run r : para.runs()) {
                    text(p, r.text(), BODY_SIZE, r.bold(), r.italic(), false);
                }
            } else if (b instanceof LargeText l) {
                XWPFParagraph p = paragraph(docx, ParagraphAlignment.CENTER);
                p.setSpacingAfter(ptToTwips(PARAGRAPH_SPACING_AFTER));
                text(p, l.text(), LARGE_SIZE, true, false, false);
            } else if (b instanceof Table t) {
                DocxTables.dataTable(docx, t, page.textW);
            }
            // a QR code goes in the closing, beside the signature (DocxClosing)
        }
    }
}

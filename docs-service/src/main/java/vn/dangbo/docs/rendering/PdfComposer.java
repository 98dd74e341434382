package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.*;
import static vn.dangbo.docs.rendering.PdfText.height;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.dangbo.docs.rendering.PdfText.Align;
import vn.dangbo.docs.rendering.PdfText.Frag;
import vn.dangbo.docs.rendering.PdfText.Line;

/**
 * Lays out one prepared {@link PartyDocument} on the pages of one {@link PDDocument}: header, title,
 * body, closing, in that order. Single use, not thread-safe (a new instance per render).
 *
 * <p>The work is shared out by concern: {@link PdfLineBreaker} measures text into lines,
 * {@link PdfPageFlow} owns the pages and the cursor ({@link PdfLinePainter} draws each line),
 * {@link PdfHeaderBlock}, {@link PdfTableLayout} and {@link PdfClosingBlock} lay out their parts.
 * This class keeps the order of the parts and the body's keep-with-next decisions.
 */
final class PdfComposer {

    private final PartyDocument doc;
    private final PdfPageFlow flow;
    private final PdfLineBreaker breaker;
    private final PdfHeaderBlock header;
    private final PdfTableLayout tables;
    private final PdfClosingBlock closing;

    /** The space above a certificate's title, inside its frame. */
    private static final float CERTIFICATE_TOP_SPACE = mmToPt(10);

    PdfComposer(PDDocument pdf, PartyDocument doc, LiberationSerif metrics) {
        this(pdf, doc, metrics, new EnumMap<>(FontFace.class), new PdfSheets(pdf));
    }

    /**
     * @param fonts  shared by every composer of one PDDocument, so a batch embeds each face once (one subset)
     * @param sheets shared likewise, so the A5 copies of a batch (ballots) fill the A4 sheets two by two
     */
    PdfComposer(PDDocument pdf, PartyDocument doc, LiberationSerif metrics, EnumMap<FontFace, PDType0Font> fonts,
            PdfSheets sheets) {
        this.doc = doc;
        this.flow = new PdfPageFlow(pdf, doc.orientation(), doc.paper(), metrics, fonts, sheets, doc.bordered());
        this.breaker = new PdfLineBreaker(metrics);
        this.header = new PdfHeaderBlock(flow, breaker);
        this.tables = new PdfTableLayout(flow, breaker);
        this.closing = new PdfClosingBlock(flow, breaker, metrics);
    }

    void compose() throws IOException {
        IOException failure;
        try {
            flow.nextPage();
            if (doc.centred()) {
                // a certificate: no letter header, only its title; its body says who awards, then the number beside
                // the date; its few lines start a fifth of the way down, as a framed certificate is set
                flow.down(CERTIFICATE_TOP_SPACE);
                header.title(doc.typeName(), doc.summaryLines());
                body();
                closing.drawCentred(doc.header(), doc.signature());
            } else {
                header.header(doc.header());
                header.title(doc.typeName(), doc.summaryLines());
                body();
                closing.draw(doc.signature(), doc.recipients(), codes());
            }
        } finally {
            failure = flow.closeAll();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void body() throws IOException {
        List<Block> blocks = doc.body();
        float left = flow.left;
        float width = flow.width;
        float indent = doc.centred() ? 0 : mmToPt(FIRST_LINE_INDENT_MM);
        Align align = doc.centred() ? Align.CENTER : Align.JUSTIFY;
        // a certificate's few lines spread over its page
        float after = doc.centred() ? 3f * PARAGRAPH_SPACING_AFTER : PARAGRAPH_SPACING_AFTER;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Heading h) {
                List<Line> lines = breaker.wrap(List.of(Frag.of(h.text(), FontFace.BOLD, BODY_SIZE)), width, indent, 0);
                // keep with next: the heading and the first lines of what follows on one page
                float need = height(lines) + (i + 1 < blocks.size() ? PARAGRAPH_SPACING_AFTER + leadingLines(blocks.get(i + 1)) : 0);
                flow.ensure(need);
                flow.flow(lines, left, width, align);
                flow.space(PARAGRAPH_SPACING_AFTER);
            } else if (b instanceof Paragraph p) {
                flow.flow(paragraphLines(p, indent), left, width, align, true);
                flow.space(after);
            } else if (b instanceof LargeText l) {
                flow.flow(breaker.wrap(l.text(), FontFace.BOLD, LARGE_SIZE, width), left, width, Align.CENTER);
                flow.space(after);
            } else if (b instanceof Table t) {
                tables.draw(t);
                flow.space(PARAGRAPH_SPACING_AFTER);
            }
            // a QR code is drawn by the closing, beside the signature
        }
    }

    private List<QrCode> codes() {
        return doc.body().stream().filter(QrCode.class::isInstance).map(QrCode.class::cast).toList();
    }

    private List<Line> paragraphLines(Paragraph p, float indent) {
        List<Frag> frags = new ArrayList<>();
        for (Run r : p.runs()) {
            frags.add(Frag.of(r.text(), FontFace.of(r.bold(), r.italic()), BODY_SIZE));
        }
        return breaker.wrap(frags, flow.width, p.indentFirstLine() ? indent : 0, 0);
    }

    /** Height of the first two lines of a body block (what a heading is kept with). */
    private float leadingLines(Block b) {
        float indent = mmToPt(FIRST_LINE_INDENT_MM);
        if (b instanceof Paragraph p) {
            List<Line> lines = paragraphLines(p, indent);
            // the same lines the widow/orphan rule of PdfPageFlow.flow moves together
            return height(lines.subList(0, Math.min(lines.size() == 3 ? 3 : 2, lines.size())));
        }
        if (b instanceof Heading h) {
            return height(breaker.wrap(List.of(Frag.of(h.text(), FontFace.BOLD, BODY_SIZE)), flow.width, indent, 0));
        }
        return PdfTableLayout.LEADING_HEIGHT;
    }
}

package vn.dangbo.docs.rendering;

import java.io.IOException;
import java.util.EnumMap;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.dangbo.docs.rendering.PdfText.Align;
import vn.dangbo.docs.rendering.PdfText.Line;
import vn.dangbo.docs.rendering.PdfText.Piece;

/**
 * Paints one laid-out line into a page's content stream and embeds the fonts it needs. Knows nothing
 * of pages or the cursor: {@link PdfPageFlow} says where and on which page.
 */
final class PdfLinePainter {

    /** Liberation Serif ascender (1825/2048 em) plus half the extra leading. */
    private static final float BASELINE_FACTOR = 0.891f + (PdfText.LINE_FACTOR - 1.107f) / 2;

    private final PDDocument pdf;
    private final LiberationSerif metrics;
    /** Shared by every composer of one PDDocument, so a batch embeds each face once (one subset). */
    private final EnumMap<FontFace, PDType0Font> fonts;

    PdfLinePainter(PDDocument pdf, LiberationSerif metrics, EnumMap<FontFace, PDType0Font> fonts) {
        this.pdf = pdf;
        this.metrics = metrics;
        this.fonts = fonts;
    }

    private PDType0Font font(FontFace face) throws IOException {
        PDType0Font f = fonts.get(face);
        if (f == null) {
            f = PDType0Font.load(pdf, new RandomAccessReadBuffer(metrics.pdfBytes(face)), true, false);
            fonts.put(face, f);
        }
        return f;
    }

    /**
     * Justifies by stretching the spaces inside a TJ array, so the real space characters stay in the
     * content stream and text extraction gives the text back.
     */
    void draw(PDPageContentStream cs, Line line, float x, float w, Align align, float lineTop) throws IOException {
        if (line.pieces.isEmpty()) {
            return;
        }
        float baseline = lineTop - line.maxSize * BASELINE_FACTOR;
        float free = w - line.indent - line.width;
        float startX = x + line.indent + (align == Align.CENTER ? Math.max(0, free / 2) : 0);
        int gaps = line.gaps();
        float extra = align == Align.JUSTIFY && !line.last && gaps > 0 && free > 0 ? free / gaps : 0;

        cs.beginText();
        cs.newLineAtOffset(startX, baseline);
        FontFace current = null;
        float currentSize = -1;
        for (Piece p : line.pieces) {
            if (p.face() != current || p.size() != currentSize) {
                cs.setFont(font(p.face()), p.size());
                current = p.face();
                currentSize = p.size();
            }
            if (p.space() && extra > 0) {
                cs.showTextWithPositioning(new Object[] {p.text(), -extra * 1000f / p.size()});
            } else {
                cs.showText(p.text());
            }
        }
        cs.endText();

        float px = startX;
        for (Piece p : line.pieces) {
            float pw = p.width() + (p.space() ? extra : 0);
            if (p.underline()) {
                cs.setLineWidth(p.size() * 0.05f);
                cs.moveTo(px, baseline - p.size() * 0.12f);
                cs.lineTo(px + pw, baseline - p.size() * 0.12f);
                cs.stroke();
            }
            px += pw;
        }
    }
}

package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.A5_SCALE;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The sheets of one PDF and where the next page of a document goes: an A4 page is a sheet of its own; an A5 page
 * (a ballot) takes the next free half of an A4 landscape sheet, shared by the documents of a batch, so the
 * printed sheets are cut in two. Each A5 half is its own content stream, scaled and moved into place, so the
 * layout classes draw an A5 page exactly as they draw an A4 one.
 */
final class PdfSheets {

    /** An A4 landscape sheet holds two A5 portrait pages side by side. */
    static final int A5_PER_SHEET = 2;
    static final PDRectangle A4_LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    /** The A5 page as the layout sees it: A5 enlarged by 1 / {@link PartyFormat#A5_SCALE}. */
    static final PDRectangle A5_LAYOUT = new PDRectangle(A4_LANDSCAPE.getWidth() / A5_PER_SHEET / A5_SCALE,
            A4_LANDSCAPE.getHeight() / A5_SCALE);

    private static final float CUT_LINE_WIDTH = 0.3f;

    private final PDDocument pdf;
    /** The A4 landscape sheet being filled with A5 pages, and how many it holds. */
    private PDPage sheet;
    private int halvesUsed;

    PdfSheets(PDDocument pdf) {
        this.pdf = pdf;
    }

    /** One page of a document: the stream to draw it with, and whether it is moved and scaled (to restore). */
    record Slot(PDPageContentStream stream, boolean transformed) {
    }

    /** The sheet (1-based) the next page of this paper will be on. */
    int nextSheetNumber(Paper paper) {
        boolean sharesSheet = paper == Paper.A5 && sheet != null && halvesUsed < A5_PER_SHEET;
        return pdf.getNumberOfPages() + (sharesSheet ? 0 : 1);
    }

    /** A new page for a document: a new A4 page (of this size), or the next A5 half of a sheet. */
    Slot next(Paper paper, PDRectangle a4Size) throws IOException {
        if (paper != Paper.A5) {
            sheet = null;
            PDPage page = new PDPage(a4Size);
            pdf.addPage(page);
            return new Slot(new PDPageContentStream(pdf, page), false);
        }
        if (sheet == null || halvesUsed == A5_PER_SHEET) {
            sheet = new PDPage(A4_LANDSCAPE);
            pdf.addPage(sheet);
            halvesUsed = 0;
            cuttingLine(sheet);
        }
        float x = halvesUsed * A4_LANDSCAPE.getWidth() / A5_PER_SHEET;
        halvesUsed++;
        PDPageContentStream cs = new PDPageContentStream(pdf, sheet, PDPageContentStream.AppendMode.APPEND, true);
        cs.saveGraphicsState();
        cs.transform(new Matrix(A5_SCALE, 0, 0, A5_SCALE, x, 0));
        return new Slot(cs, true);
    }

    /** A light dashed line down the middle of the sheet, where it is cut. */
    private void cuttingLine(PDPage page) throws IOException {
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
            float middle = A4_LANDSCAPE.getWidth() / 2;
            // the page's streams run as one: the dash and the grey must not reach the ballots drawn after
            cs.saveGraphicsState();
            cs.setLineWidth(CUT_LINE_WIDTH);
            cs.setStrokingColor(0.6f);
            cs.setLineDashPattern(new float[] {3, 3}, 0);
            cs.moveTo(middle, 0);
            cs.lineTo(middle, A4_LANDSCAPE.getHeight());
            cs.stroke();
            cs.restoreGraphicsState();
        }
    }
}

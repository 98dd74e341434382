package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.*;
import static vn.dangbo.docs.rendering.PdfText.EPS;
import static vn.dangbo.docs.rendering.PdfText.height;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import vn.dangbo.docs.rendering.PdfText.Align;
import vn.dangbo.docs.rendering.PdfText.Line;

/**
 * The pages of one document and the cursor on them: page breaks, drawing lines and rules. Every
 * page's content stream stays open until {@link #closeAll()} so that the closing block can go back to
 * an earlier page and draw its second column beside the first.
 */
final class PdfPageFlow {

    private static final float RULE_WIDTH = 0.6f;

    private final PdfLinePainter painter;
    private final PdfSheets sheets;
    private final Paper paper;
    private final List<PdfSheets.Slot> streams = new ArrayList<>();
    private final PDRectangle pageSize;
    final float left;
    final float width;
    final float top;
    final float bottom;

    private final boolean framed;
    private int page = -1;
    private float y;

    /** @param sheets shared by every composer of one PDDocument, so the A5 pages of a batch share sheets */
    PdfPageFlow(PDDocument pdf, Orientation orientation, Paper paper, LiberationSerif metrics,
            EnumMap<FontFace, PDType0Font> fonts, PdfSheets sheets) {
        this(pdf, orientation, paper, metrics, fonts, sheets, false);
    }

    /** @param framed every page gets the decorative frame, and the text keeps inside it on every side */
    PdfPageFlow(PDDocument pdf, Orientation orientation, Paper paper, LiberationSerif metrics,
            EnumMap<FontFace, PDType0Font> fonts, PdfSheets sheets, boolean framed) {
        this.painter = new PdfLinePainter(pdf, metrics, fonts);
        this.sheets = sheets;
        this.paper = paper;
        this.framed = framed && paper != Paper.A5;
        if (this.framed) {
            this.pageSize = orientation == Orientation.LANDSCAPE
                    ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4;
            this.left = mmToPt(FRAMED_MARGIN_MM);
            this.width = pageSize.getWidth() - 2 * left;
            this.top = pageSize.getHeight() - mmToPt(FRAMED_MARGIN_MM);
            this.bottom = mmToPt(FRAMED_MARGIN_MM);
        } else if (paper == Paper.A5) {
            // margins as printed, in the enlarged layout page
            this.pageSize = PdfSheets.A5_LAYOUT;
            this.left = mmToPt(A5_MARGIN_SIDE_MM) / A5_SCALE;
            this.width = pageSize.getWidth() - 2 * left;
            this.top = pageSize.getHeight() - mmToPt(A5_MARGIN_TOP_MM) / A5_SCALE;
            this.bottom = mmToPt(A5_MARGIN_BOTTOM_MM) / A5_SCALE;
        } else {
            this.pageSize = orientation == Orientation.LANDSCAPE
                    ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                    : PDRectangle.A4;
            this.left = mmToPt(MARGIN_LEFT_MM);
            this.width = pageSize.getWidth() - left - mmToPt(MARGIN_RIGHT_MM);
            this.top = pageSize.getHeight() - mmToPt(MARGIN_TOP_MM);
            this.bottom = mmToPt(MARGIN_BOTTOM_MM);
        }
    }

    /**
     * Closes every page's content stream, all of them even when one fails. Returns the last failure
     * rather than throwing it, so that a failure while composing is not hidden by one while closing.
     */
    IOException closeAll() {
        IOException failure = null;
        for (PdfSheets.Slot slot : streams) {
            try {
                if (slot.transformed()) {
                    slot.stream().restoreGraphicsState();
                }
                slot.stream().close();
            } catch (IOException e) {
                failure = e;
            }
        }
        return failure;
    }

    // ---------------------------------------------------------------- cursor

    int page() {
        return page;
    }

    float y() {
        return y;
    }

    /** Moves the cursor, possibly back to an earlier page (its stream is still open). */
    void moveTo(int toPage, float toY) {
        page = toPage;
        y = toY;
    }

    void setY(float toY) {
        y = toY;
    }

    /** Moves the cursor down by {@code h}, unclamped (the header and title are on the first page). */
    void down(float h) {
        y -= h;
    }

    void nextPage() throws IOException {
        page++;
        if (page == streams.size()) {
            streams.add(sheets.next(paper, pageSize));
            if (framed) {
                PdfFrame.draw(streams.get(page).stream(), pageSize);
            }
        }
        y = top;
    }

    private boolean atPageTop() {
        return y >= top - EPS;
    }

    /** Starts a new page unless {@code h} points fit below the cursor (or the cursor is already at the top). */
    void ensure(float h) throws IOException {
        if (y - h < bottom - EPS && !atPageTop()) {
            nextPage();
        }
    }

    /** Moves down by {@code h}, never below the bottom margin (the next {@link #ensure} breaks the page). */
    void space(float h) {
        y = Math.max(bottom, y - h);
    }

    /** Draws the lines at the cursor, one at a time, moving to the next page when one does not fit. */
    void flow(List<Line> lines, float x, float w, Align align) throws IOException {
        flow(lines, x, w, align, false);
    }

    /**
     * As {@link #flow(List, float, float, Align)}; with {@code widowOrphan}, a page never ends with the
     * first line of a paragraph alone nor starts with its last line alone (a three-line paragraph moves whole).
     */
    void flow(List<Line> lines, float x, float w, Align align, boolean widowOrphan) throws IOException {
        int n = lines.size();
        for (int i = 0; i < n; i++) {
            Line line = lines.get(i);
            float need = line.height();
            if (widowOrphan && n >= 2) {
                if (i == 0) {
                    need = height(lines.subList(0, n == 3 ? 3 : 2));
                } else if (i == n - 2 && n >= 4) {
                    need = height(lines.subList(n - 2, n));
                }
            }
            ensure(need);
            painter.draw(streams.get(page).stream(), line, x, w, align, y);
            y -= line.height();
        }
    }

    // ---------------------------------------------------------------- drawing

    /** Draws the lines from {@code fromY} down on the current page (no page break); returns the new bottom. */
    float drawLines(List<Line> lines, float x, float w, Align align, float fromY) throws IOException {
        float yy = fromY;
        for (Line line : lines) {
            painter.draw(streams.get(page).stream(), line, x, w, align, yy);
            yy -= line.height();
        }
        return yy;
    }

    /** The current page's content stream, for the borders a table draws itself. */
    PDPageContentStream stream() {
        return streams.get(page).stream();
    }

    void rule(float x, float atY, float w) throws IOException {
        PDPageContentStream cs = streams.get(page).stream();
        cs.setLineWidth(RULE_WIDTH);
        cs.moveTo(x, atY);
        cs.lineTo(x + w, atY);
        cs.stroke();
    }
}

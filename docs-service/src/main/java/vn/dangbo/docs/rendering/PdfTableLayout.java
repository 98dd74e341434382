package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.TABLE_SIZE;
import static vn.dangbo.docs.rendering.PdfText.EPS;
import static vn.dangbo.docs.rendering.PdfText.LINE_FACTOR;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import vn.dangbo.docs.rendering.PdfText.Align;
import vn.dangbo.docs.rendering.PdfText.Line;

/**
 * Draws a {@link Table} at the cursor: rows are kept whole on a page when they fit one, a row taller
 * than a page is split between lines, and the header row is repeated on every page the table reaches.
 */
final class PdfTableLayout {

    private static final float TABLE_RULE_WIDTH = 0.5f;
    private static final float CELL_PAD_X = 4f;
    private static final float CELL_PAD_Y = 2.5f;

    /** Height of a table's header and one row, roughly: what a heading before a table is kept with. */
    static final float LEADING_HEIGHT = 2 * (TABLE_SIZE * LINE_FACTOR + 2 * CELL_PAD_Y);

    private final PdfPageFlow flow;
    private final PdfLineBreaker breaker;
    /** Nothing but the (repeated) table header has been drawn on this page since the table started. */
    private boolean freshTablePage;

    PdfTableLayout(PdfPageFlow flow, PdfLineBreaker breaker) {
        this.flow = flow;
        this.breaker = breaker;
    }

    void draw(Table t) throws IOException {
        float left = flow.left;
        float width = flow.width;
        float bottom = flow.bottom;
        int n = t.columnCount();
        double[] fractions = t.columnFractions();
        float[] colX = new float[n + 1];
        colX[0] = left;
        for (int c = 0; c < n; c++) {
            colX[c + 1] = colX[c] + (float) (width * fractions[c]);
        }
        colX[n] = left + width;

        List<List<Line>> headerCells = null;
        if (!t.header().isEmpty()) {
            headerCells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                headerCells.add(breaker.wrap(t.header().get(c), FontFace.BOLD, TABLE_SIZE,
                        colX[c + 1] - colX[c] - 2 * CELL_PAD_X));
            }
        }
        List<List<List<Line>>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Line>> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                cells.add(breaker.wrap(t.cell(r, c), FontFace.REGULAR, TABLE_SIZE,
                        colX[c + 1] - colX[c] - 2 * CELL_PAD_X));
            }
            rows.add(cells);
        }
        float lineH = TABLE_SIZE * LINE_FACTOR;
        float headerH = headerCells == null ? 0 : rowLines(headerCells) * lineH + 2 * CELL_PAD_Y;
        float fullPage = flow.top - bottom - headerH;

        // start the table where the header and the first row fit together
        float firstRowH = rows.isEmpty() ? 0 : rowLines(rows.get(0)) * lineH + 2 * CELL_PAD_Y;
        flow.ensure(headerH + (firstRowH <= fullPage ? firstRowH : lineH + 2 * CELL_PAD_Y));
        freshTablePage = true;
        if (headerCells != null) {
            drawRowSlice(headerCells, colX, 0, rowLines(headerCells), Align.CENTER);
        }
        for (List<List<Line>> cells : rows) {
            int lines = rowLines(cells);
            float rowH = lines * lineH + 2 * CELL_PAD_Y;
            // a row that fits on a page is not split: it moves to the next page whole
            if (!freshTablePage && flow.y() - rowH < bottom - EPS && rowH <= fullPage) {
                tablePageBreak(headerCells, colX);
            }
            int from = 0;
            while (from < lines) {
                int fit = (int) Math.floor((flow.y() - bottom - 2 * CELL_PAD_Y + EPS) / lineH);
                if (fit < 1) {
                    tablePageBreak(headerCells, colX);
                    continue;
                }
                int count = Math.min(fit, lines - from);
                drawRowSlice(cells, colX, from, from + count, Align.LEFT);
                freshTablePage = false;
                from += count;
                if (from < lines) {
                    tablePageBreak(headerCells, colX);
                }
            }
        }
    }

    private void tablePageBreak(List<List<Line>> headerCells, float[] colX) throws IOException {
        flow.nextPage();
        freshTablePage = true;
        if (headerCells != null) {
            drawRowSlice(headerCells, colX, 0, rowLines(headerCells), Align.CENTER);
        }
    }

    private static int rowLines(List<List<Line>> cells) {
        int max = 1;
        for (List<Line> c : cells) {
            max = Math.max(max, c.size());
        }
        return max;
    }

    /** Draws lines [from, to) of every cell of a row, with its borders, at the cursor. */
    private void drawRowSlice(List<List<Line>> cells, float[] colX, int from, int to, Align align) throws IOException {
        float lineH = TABLE_SIZE * LINE_FACTOR;
        float h = (to - from) * lineH + 2 * CELL_PAD_Y;
        float rowTop = flow.y();
        for (int c = 0; c < cells.size(); c++) {
            List<Line> lines = cells.get(c);
            if (from < lines.size()) {
                flow.drawLines(lines.subList(from, Math.min(to, lines.size())), colX[c] + CELL_PAD_X,
                        colX[c + 1] - colX[c] - 2 * CELL_PAD_X, align, rowTop - CELL_PAD_Y);
            }
        }
        PDPageContentStream cs = flow.stream();
        cs.setLineWidth(TABLE_RULE_WIDTH);
        float rowBottom = rowTop - h;
        cs.moveTo(colX[0], rowTop);
        cs.lineTo(colX[colX.length - 1], rowTop);
        cs.moveTo(colX[0], rowBottom);
        cs.lineTo(colX[colX.length - 1], rowBottom);
        for (float x : colX) {
            cs.moveTo(x, rowTop);
            cs.lineTo(x, rowBottom);
        }
        cs.stroke();
        flow.setY(rowBottom);
    }
}

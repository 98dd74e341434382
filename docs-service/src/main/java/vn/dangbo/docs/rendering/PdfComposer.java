package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Lays out one prepared {@link PartyDocument} on the pages of one {@link PDDocument}. Single use,
 * not thread-safe (a new instance per render).
 *
 * <p>Text is broken into lines by measured width (breaks only at spaces; a word wider than the line
 * is split between characters rather than cut off), justified by stretching the spaces inside a TJ
 * array so that the real space characters stay in the content stream and text extraction gives the
 * text back. Every page's content stream stays open until the end so that the two columns of the
 * closing block can start on the same page even when the left one flows onto the next.
 */
final class PdfComposer {

    /** Baseline-to-baseline distance as a multiple of the font size ("single" spacing of Times/Liberation). */
    private static final float LINE_FACTOR = 1.15f;
    /** Liberation Serif ascender (1825/2048 em) plus half the extra leading. */
    private static final float BASELINE_FACTOR = 0.891f + (LINE_FACTOR - 1.107f) / 2;
    private static final float EPS = 0.01f;
    private static final float RULE_WIDTH = 0.6f;
    private static final float TABLE_RULE_WIDTH = 0.5f;
    private static final float CELL_PAD_X = 4f;
    private static final float CELL_PAD_Y = 2.5f;

    enum Align { LEFT, CENTER, JUSTIFY }

    /** A styled piece of input text. */
    record Frag(String text, FontFace face, float size, boolean underline) {
        static Frag of(String text, FontFace face, float size) {
            return new Frag(text, face, size, false);
        }
    }

    /** A measured piece on a line: part of a word, or a run of spaces. */
    record Piece(String text, FontFace face, float size, boolean underline, boolean space, float width) {
    }

    static final class Line {
        final List<Piece> pieces = new ArrayList<>();
        float indent;
        float width;
        float maxSize;
        /** Last line of the paragraph or ended by a forced break: never stretched. */
        boolean last;

        float height() {
            return maxSize * LINE_FACTOR;
        }

        int gaps() {
            int n = 0;
            for (Piece p : pieces) {
                if (p.space) {
                    n++;
                }
            }
            return n;
        }
    }

    private final PDDocument pdf;
    private final PartyDocument doc;
    private final LiberationSerif metrics;
    /** Shared by every composer of one PDDocument, so a batch embeds each face once (one subset). */
    private final EnumMap<FontFace, PDType0Font> fonts;
    private final List<PDPageContentStream> streams = new ArrayList<>();
    private final PDRectangle pageSize;
    private final float left;
    private final float width;
    private final float top;
    private final float bottom;

    private int page = -1;
    private float y;
    /** Nothing but the (repeated) table header has been drawn on this page since the table started. */
    private boolean freshTablePage;

    PdfComposer(PDDocument pdf, PartyDocument doc, LiberationSerif metrics) {
        this(pdf, doc, metrics, new EnumMap<>(FontFace.class));
    }

    PdfComposer(PDDocument pdf, PartyDocument doc, LiberationSerif metrics, EnumMap<FontFace, PDType0Font> fonts) {
        this.fonts = fonts;
        this.pdf = pdf;
        this.doc = doc;
        this.metrics = metrics;
        this.pageSize = doc.orientation() == Orientation.LANDSCAPE
                ? new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth())
                : PDRectangle.A4;
        this.left = mmToPt(MARGIN_LEFT_MM);
        this.width = pageSize.getWidth() - left - mmToPt(MARGIN_RIGHT_MM);
        this.top = pageSize.getHeight() - mmToPt(MARGIN_TOP_MM);
        this.bottom = mmToPt(MARGIN_BOTTOM_MM);
    }

    void compose() throws IOException {
        IOException failure = null;
        try {
            nextPage();
            header();
            title();
            body();
            closing();
        } finally {
            for (PDPageContentStream cs : streams) {
                try {
                    cs.close();
                } catch (IOException e) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    // ---------------------------------------------------------------- document parts

    private void header() throws IOException {
        Header h = doc.header();
        float leftW = (float) (width * LEFT_COLUMN_FRACTION);
        float rightW = width - leftW;
        float rightX = left + leftW;
        float rowTop = y;

        // row 1, left: higher body, issuing body, "*"
        List<Line> issuer = new ArrayList<>();
        if (h.higherBody() != null) {
            issuer.addAll(wrap(List.of(Frag.of(h.higherBody(), FontFace.REGULAR, HIGHER_BODY_SIZE)), leftW, 0, 0));
        }
        issuer.addAll(wrap(List.of(Frag.of(h.issuingBody(), FontFace.BOLD, ISSUING_BODY_SIZE)), leftW, 0, 0));
        issuer.addAll(wrap(List.of(Frag.of(STAR, FontFace.REGULAR, ISSUING_BODY_SIZE)), leftW, 0, 0));
        float leftEnd = drawLines(issuer, left, leftW, Align.CENTER, rowTop);

        // row 1, right: party name with a rule as long as the text
        List<Line> party = wrap(List.of(Frag.of(PARTY_NAME, FontFace.BOLD, PARTY_NAME_SIZE)), rightW, 0, 0);
        float rightEnd = drawLines(party, rightX, rightW, Align.CENTER, rowTop);
        float textW = party.stream().map(l -> l.width).max(Float::compare).orElse(0f);
        float ruleY = rightEnd - 1.5f;
        rule(rightX + (rightW - textW) / 2, ruleY, textW);
        rightEnd = ruleY - 2;

        // row 2: number (left) level with place and date (right)
        float row2Top = Math.min(leftEnd, rightEnd);
        float numberEnd = row2Top;
        if (h.number() != null) {
            numberEnd = drawLines(wrap(List.of(Frag.of(h.number(), FontFace.REGULAR, NUMBER_SIZE)), leftW, 0, 0),
                    left, leftW, Align.CENTER, row2Top);
        }
        float dateEnd = row2Top;
        if (h.placeAndDate() != null) {
            dateEnd = drawLines(wrap(List.of(Frag.of(h.placeAndDate(), FontFace.ITALIC, DATE_SIZE)), rightW, 0, 0),
                    rightX, rightW, Align.CENTER, row2Top);
        }
        y = Math.min(numberEnd, dateEnd);
    }

    private void title() throws IOException {
        boolean any = doc.typeName() != null || !doc.summaryLines().isEmpty();
        if (!any) {
            y -= BODY_SIZE * LINE_FACTOR;
            return;
        }
        y -= BODY_SIZE * LINE_FACTOR; // one blank line below the header
        if (doc.typeName() != null) {
            flow(wrap(List.of(Frag.of(doc.typeName(), FontFace.BOLD, TYPE_NAME_SIZE)), width, 0, 0), left, width, Align.CENTER);
        }
        for (String s : doc.summaryLines()) {
            flow(wrap(List.of(Frag.of(s, FontFace.BOLD, SUMMARY_SIZE)), width, 0, 0), left, width, Align.CENTER);
        }
        float ruleW = (float) (width * SUMMARY_RULE_FRACTION);
        y -= 0.3f * SUMMARY_SIZE;
        rule(left + (width - ruleW) / 2, y, ruleW);
        y -= BODY_SIZE * LINE_FACTOR * 0.75f;
    }

    private void body() throws IOException {
        List<Block> blocks = doc.body();
        float indent = mmToPt(FIRST_LINE_INDENT_MM);
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b instanceof Heading h) {
                List<Line> lines = wrap(List.of(Frag.of(h.text(), FontFace.BOLD, BODY_SIZE)), width, indent, 0);
                // keep with next: the heading and the first lines of what follows on one page
                float need = height(lines) + (i + 1 < blocks.size() ? PARAGRAPH_SPACING_AFTER + leadingLines(blocks.get(i + 1)) : 0);
                ensure(need);
                flow(lines, left, width, Align.JUSTIFY);
                space(PARAGRAPH_SPACING_AFTER);
            } else if (b instanceof Paragraph p) {
                List<Frag> frags = new ArrayList<>();
                for (Run r : p.runs()) {
                    frags.add(Frag.of(r.text(), FontFace.of(r.bold(), r.italic()), BODY_SIZE));
                }
                flow(wrap(frags, width, p.indentFirstLine() ? indent : 0, 0), left, width, Align.JUSTIFY, true);
                space(PARAGRAPH_SPACING_AFTER);
            } else if (b instanceof Table t) {
                table(t);
                space(PARAGRAPH_SPACING_AFTER);
            }
        }
    }

    private void closing() throws IOException {
        Signature s = doc.signature();
        List<String> recipients = doc.recipients();
        if (s == null && recipients.isEmpty()) {
            return;
        }
        float leftW = (float) (width * LEFT_COLUMN_FRACTION);
        float rightW = width - leftW;
        float rightX = left + leftW;

        List<Line> sign = new ArrayList<>();
        if (s != null) {
            if (s.authority() != null) {
                sign.addAll(wrap(List.of(Frag.of(s.authority(), FontFace.BOLD, SIGNATURE_SIZE)), rightW, 0, 0));
            }
            sign.addAll(wrap(List.of(Frag.of(s.position(), FontFace.BOLD, SIGNATURE_SIZE)), rightW, 0, 0));
            for (int i = 0; i < SIGNATURE_BLANK_LINES; i++) {
                sign.addAll(wrap(List.of(Frag.of("", FontFace.REGULAR, SIGNATURE_SIZE)), rightW, 0, 0));
            }
            sign.addAll(wrap(List.of(Frag.of(s.signerName(), FontFace.BOLD, SIGNATURE_SIZE)), rightW, 0, 0));
        }
        List<Line> sent = new ArrayList<>();
        if (!recipients.isEmpty()) {
            sent.addAll(wrap(List.of(new Frag(RECIPIENTS_LABEL, FontFace.BOLD_ITALIC, RECIPIENTS_LABEL_SIZE, true)), leftW, 0, 0));
            float hanging = metrics.width(FontFace.REGULAR, "- ", RECIPIENT_SIZE);
            for (String r : recipients) {
                sent.addAll(wrap(List.of(Frag.of(r, FontFace.REGULAR, RECIPIENT_SIZE)), leftW, 0, hanging));
            }
        }

        space(BODY_SIZE * 0.5f);
        // the whole block on one page when it fits there; otherwise it starts on a new page
        // (and a very long recipient list flows on)
        ensure(Math.max(height(sign), height(sent)));
        int startPage = page;
        float startY = y;
        flow(sent, left, leftW, Align.LEFT);
        int endPage = page;
        float endY = y;
        page = startPage;
        y = startY;
        flow(sign, rightX, rightW, Align.CENTER);
        if (page < endPage || (page == endPage && endY < y)) {
            page = endPage;
            y = endY;
        }
    }

    // ---------------------------------------------------------------- table

    private void table(Table t) throws IOException {
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
                headerCells.add(wrap(List.of(Frag.of(t.header().get(c), FontFace.BOLD, TABLE_SIZE)),
                        colX[c + 1] - colX[c] - 2 * CELL_PAD_X, 0, 0));
            }
        }
        List<List<List<Line>>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            List<List<Line>> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                cells.add(wrap(List.of(Frag.of(t.cell(r, c), FontFace.REGULAR, TABLE_SIZE)),
                        colX[c + 1] - colX[c] - 2 * CELL_PAD_X, 0, 0));
            }
            rows.add(cells);
        }
        float lineH = TABLE_SIZE * LINE_FACTOR;
        float headerH = headerCells == null ? 0 : rowLines(headerCells) * lineH + 2 * CELL_PAD_Y;
        float fullPage = top - bottom - headerH;

        // start the table where the header and the first row fit together
        float firstRowH = rows.isEmpty() ? 0 : rowLines(rows.get(0)) * lineH + 2 * CELL_PAD_Y;
        ensure(headerH + (firstRowH <= fullPage ? firstRowH : lineH + 2 * CELL_PAD_Y));
        freshTablePage = true;
        if (headerCells != null) {
            drawRowSlice(headerCells, colX, 0, rowLines(headerCells), Align.CENTER);
        }
        for (List<List<Line>> cells : rows) {
            int lines = rowLines(cells);
            float rowH = lines * lineH + 2 * CELL_PAD_Y;
            // a row that fits on a page is not split: it moves to the next page whole
            if (!freshTablePage && y - rowH < bottom - EPS && rowH <= fullPage) {
                tablePageBreak(headerCells, colX);
            }
            int from = 0;
            while (from < lines) {
                int fit = (int) Math.floor((y - bottom - 2 * CELL_PAD_Y + EPS) / lineH);
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
        nextPage();
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
        float rowTop = y;
        for (int c = 0; c < cells.size(); c++) {
            List<Line> lines = cells.get(c);
            if (from < lines.size()) {
                drawLines(lines.subList(from, Math.min(to, lines.size())), colX[c] + CELL_PAD_X,
                        colX[c + 1] - colX[c] - 2 * CELL_PAD_X, align, rowTop - CELL_PAD_Y);
            }
        }
        PDPageContentStream cs = streams.get(page);
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
        y = rowBottom;
    }

    // ---------------------------------------------------------------- pagination

    private void nextPage() throws IOException {
        page++;
        if (page == streams.size()) {
            PDPage p = new PDPage(pageSize);
            pdf.addPage(p);
            streams.add(new PDPageContentStream(pdf, p));
        }
        y = top;
    }

    private boolean atPageTop() {
        return y >= top - EPS;
    }

    /** Starts a new page unless {@code h} points fit below the cursor (or the cursor is already at the top). */
    private void ensure(float h) throws IOException {
        if (y - h < bottom - EPS && !atPageTop()) {
            nextPage();
        }
    }

    private void space(float h) {
        y = Math.max(bottom, y - h);
    }

    /** Draws the lines at the cursor, one at a time, moving to the next page when one does not fit. */
    private void flow(List<Line> lines, float x, float w, Align align) throws IOException {
        flow(lines, x, w, align, false);
    }

    /**
     * As {@link #flow(List, float, float, Align)}; with {@code widowOrphan}, a page never ends with the
     * first line of a paragraph alone nor starts with its last line alone (a three-line paragraph moves whole).
     */
    private void flow(List<Line> lines, float x, float w, Align align, boolean widowOrphan) throws IOException {
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
            drawLine(line, x, w, align, y);
            y -= line.height();
        }
    }

    /** Height of the first two lines of a body block (what a heading is kept with). */
    private float leadingLines(Block b) {
        float indent = mmToPt(FIRST_LINE_INDENT_MM);
        if (b instanceof Paragraph p) {
            List<Frag> frags = new ArrayList<>();
            for (Run r : p.runs()) {
                frags.add(Frag.of(r.text(), FontFace.of(r.bold(), r.italic()), BODY_SIZE));
            }
            List<Line> lines = wrap(frags, width, p.indentFirstLine() ? indent : 0, 0);
            return height(lines.subList(0, Math.min(lines.size() == 3 ? 3 : 2, lines.size())));
        }
        if (b instanceof Heading h) {
            return height(wrap(List.of(Frag.of(h.text(), FontFace.BOLD, BODY_SIZE)), width, indent, 0));
        }
        return 2 * (TABLE_SIZE * LINE_FACTOR + 2 * CELL_PAD_Y); // table: header and one row, roughly
    }

    /** Draws the lines from {@code top} down on the current page (no page break); returns the new bottom. */
    private float drawLines(List<Line> lines, float x, float w, Align align, float fromY) throws IOException {
        float yy = fromY;
        for (Line line : lines) {
            drawLine(line, x, w, align, yy);
            yy -= line.height();
        }
        return yy;
    }

    private static float height(List<Line> lines) {
        float h = 0;
        for (Line l : lines) {
            h += l.height();
        }
        return h;
    }

    // ---------------------------------------------------------------- drawing

    private PDType0Font font(FontFace face) throws IOException {
        PDType0Font f = fonts.get(face);
        if (f == null) {
            f = PDType0Font.load(pdf, new RandomAccessReadBuffer(metrics.pdfBytes(face)), true, false);
            fonts.put(face, f);
        }
        return f;
    }

    private void rule(float x, float atY, float w) throws IOException {
        PDPageContentStream cs = streams.get(page);
        cs.setLineWidth(RULE_WIDTH);
        cs.moveTo(x, atY);
        cs.lineTo(x + w, atY);
        cs.stroke();
    }

    private void drawLine(Line line, float x, float w, Align align, float lineTop) throws IOException {
        if (line.pieces.isEmpty()) {
            return;
        }
        float baseline = lineTop - line.maxSize * BASELINE_FACTOR;
        float free = w - line.indent - line.width;
        float startX = x + line.indent + (align == Align.CENTER ? Math.max(0, free / 2) : 0);
        int gaps = line.gaps();
        float extra = align == Align.JUSTIFY && !line.last && gaps > 0 && free > 0 ? free / gaps : 0;

        PDPageContentStream cs = streams.get(page);
        cs.beginText();
        cs.newLineAtOffset(startX, baseline);
        FontFace current = null;
        float currentSize = -1;
        for (Piece p : line.pieces) {
            if (p.face != current || p.size != currentSize) {
                cs.setFont(font(p.face), p.size);
                current = p.face;
                currentSize = p.size;
            }
            if (p.space && extra > 0) {
                cs.showTextWithPositioning(new Object[] {p.text, -extra * 1000f / p.size});
            } else {
                cs.showText(p.text);
            }
        }
        cs.endText();

        float px = startX;
        for (Piece p : line.pieces) {
            float pw = p.width + (p.space ? extra : 0);
            if (p.underline) {
                cs.setLineWidth(p.size * 0.05f);
                cs.moveTo(px, baseline - p.size * 0.12f);
                cs.lineTo(px + pw, baseline - p.size * 0.12f);
                cs.stroke();
            }
            px += pw;
        }
    }

    // ---------------------------------------------------------------- line breaking

    /**
     * Breaks styled text into lines of at most {@code w} points. The first line is indented by
     * {@code firstIndent}, the others by {@code restIndent}. Breaks at spaces (spaces at a break are
     * not drawn) and at LF; a word longer than a line is split between characters. Always returns at
     * least one line (an empty one for empty text) so blank paragraphs keep their height.
     */
    List<Line> wrap(List<Frag> frags, float w, float firstIndent, float restIndent) {
        List<Line> lines = new ArrayList<>();
        float size = 0;
        for (Frag f : frags) {
            size = Math.max(size, f.size);
        }
        Line line = newLine(firstIndent, size);
        List<Piece> word = new ArrayList<>();
        Piece gap = null;

        // tokenise: words (possibly spanning several frags), gaps, forced breaks
        List<Object> tokens = new ArrayList<>();
        for (Frag f : frags) {
            String s = f.text;
            int i = 0;
            while (i < s.length()) {
                char ch = s.charAt(i);
                if (ch == '\n') {
                    if (!word.isEmpty()) {
                        tokens.add(word);
                        word = new ArrayList<>();
                    }
                    tokens.add(Boolean.TRUE);
                    i++;
                    continue;
                }
                boolean isSpace = ch == ' ';
                int j = i;
                while (j < s.length() && s.charAt(j) != '\n' && (s.charAt(j) == ' ') == isSpace) {
                    j++;
                }
                String part = s.substring(i, j);
                Piece piece = new Piece(part, f.face, f.size, f.underline, isSpace, metrics.width(f.face, part, f.size));
                if (isSpace) {
                    if (!word.isEmpty()) {
                        tokens.add(word);
                        word = new ArrayList<>();
                    }
                    tokens.add(piece);
                } else {
                    word.add(piece);
                }
                i = j;
            }
        }
        if (!word.isEmpty()) {
            tokens.add(word);
        }

        for (Object token : tokens) {
            if (token == Boolean.TRUE) {
                line.last = true;
                lines.add(line);
                line = newLine(restIndent, size);
                gap = null;
            } else if (token instanceof Piece p) {
                gap = line.pieces.isEmpty() ? null : p; // spaces at the start of a line are not drawn
            } else {
                @SuppressWarnings("unchecked")
                List<Piece> wd = (List<Piece>) token;
                float ww = 0;
                for (Piece p : wd) {
                    ww += p.width;
                }
                float avail = w - line.indent;
                if (!line.pieces.isEmpty() && line.width + (gap == null ? 0 : gap.width) + ww <= avail + EPS) {
                    if (gap != null) {
                        add(line, gap);
                    }
                    for (Piece p : wd) {
                        add(line, p);
                    }
                } else {
                    if (!line.pieces.isEmpty()) {
                        lines.add(line);
                        line = newLine(restIndent, size);
                        avail = w - line.indent;
                    }
                    if (ww <= avail + EPS) {
                        for (Piece p : wd) {
                            add(line, p);
                        }
                    } else {
                        line = splitLongWord(wd, line, lines, w, restIndent, size);
                    }
                }
                gap = null;
            }
        }
        line.last = true;
        lines.add(line);
        return lines;
    }

    /** Places a word wider than the line character by character; returns the (unfinished) last line. */
    private Line splitLongWord(List<Piece> wd, Line line, List<Line> lines, float w, float restIndent, float size) {
        for (Piece p : wd) {
            String s = p.text;
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = metrics.width(p.face, ch, p.size);
                if (!line.pieces.isEmpty() && line.width + cw > w - line.indent + EPS) {
                    lines.add(line);
                    line = newLine(restIndent, size);
                }
                add(line, new Piece(ch, p.face, p.size, p.underline, false, cw));
                i += Character.charCount(cp);
            }
        }
        return line;
    }

    private static Line newLine(float indent, float size) {
        Line l = new Line();
        l.indent = indent;
        l.maxSize = size;
        return l;
    }

    private static void add(Line line, Piece p) {
        List<Piece> ps = line.pieces;
        if (!ps.isEmpty()) {
            Piece last = ps.get(ps.size() - 1);
            if (last.space == p.space && !p.space && last.face == p.face && last.size == p.size
                    && last.underline == p.underline) {
                ps.set(ps.size() - 1, new Piece(last.text + p.text, p.face, p.size, p.underline, false, last.width + p.width));
                line.width += p.width;
                return;
            }
        }
        ps.add(p);
        line.width += p.width;
    }
}

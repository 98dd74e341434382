package vn.dangbo.docs.rendering;

import java.util.ArrayList;
import java.util.List;

/**
 * The vocabulary shared by the PDF layout classes: styled input text, measured pieces and the lines
 * {@link PdfLineBreaker} makes of them, which {@link PdfPageFlow} then draws. Kept in one place so the
 * line height used to paginate is the very one used to draw.
 */
final class PdfText {

    /** Baseline-to-baseline distance as a multiple of the font size ("single" spacing of Times/Liberation). */
    static final float LINE_FACTOR = 1.15f;
    /** Tolerance for float comparisons, so a line that fits exactly is not pushed to the next line or page. */
    static final float EPS = 0.01f;

    private PdfText() {
    }

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
                if (p.space()) {
                    n++;
                }
            }
            return n;
        }
    }

    static float height(List<Line> lines) {
        float h = 0;
        for (Line l : lines) {
            h += l.height();
        }
        return h;
    }
}

package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PdfText.EPS;

import java.util.ArrayList;
import java.util.List;

import vn.dangbo.docs.rendering.PdfText.Frag;
import vn.dangbo.docs.rendering.PdfText.Line;
import vn.dangbo.docs.rendering.PdfText.Piece;

/**
 * Breaks styled text into lines by measured width. Pure measuring, no drawing: the composer needs the
 * lines' heights before it draws them (keep-with-next, widow/orphan control, whole table rows).
 */
final class PdfLineBreaker {

    private final LiberationSerif metrics;

    PdfLineBreaker(LiberationSerif metrics) {
        this.metrics = metrics;
    }

    /** One line of text in a single style: the common case of every header, title and table cell. */
    List<Line> wrap(String text, FontFace face, float size, float w) {
        return wrap(List.of(Frag.of(text, face, size)), w, 0, 0);
    }

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
            size = Math.max(size, f.size());
        }
        Line line = newLine(firstIndent, size);
        Piece gap = null;
        for (Object token : tokens(frags)) {
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
                    ww += p.width();
                }
                float avail = w - line.indent;
                if (!line.pieces.isEmpty() && line.width + (gap == null ? 0 : gap.width()) + ww <= avail + EPS) {
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

    /**
     * Tokenises into words (a {@code List<Piece>}, possibly spanning several frags, so a word whose
     * letters change style is still kept together), gaps (a space {@link Piece}) and forced breaks
     * ({@link Boolean#TRUE}).
     */
    private List<Object> tokens(List<Frag> frags) {
        List<Object> tokens = new ArrayList<>();
        List<Piece> word = new ArrayList<>();
        for (Frag f : frags) {
            String s = f.text();
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
                Piece piece = new Piece(part, f.face(), f.size(), f.underline(), isSpace,
                        metrics.width(f.face(), part, f.size()));
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
        return tokens;
    }

    /** Places a word wider than the line character by character; returns the (unfinished) last line. */
    private Line splitLongWord(List<Piece> wd, Line line, List<Line> lines, float w, float restIndent, float size) {
        for (Piece p : wd) {
            String s = p.text();
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                String ch = new String(Character.toChars(cp));
                float cw = metrics.width(p.face(), ch, p.size());
                if (!line.pieces.isEmpty() && line.width + cw > w - line.indent + EPS) {
                    lines.add(line);
                    line = newLine(restIndent, size);
                }
                add(line, new Piece(ch, p.face(), p.size(), p.underline(), false, cw));
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

    /** Appends a piece, merging it into the previous one of the same style so each word is one showText. */
    private static void add(Line line, Piece p) {
        List<Piece> ps = line.pieces;
        if (!ps.isEmpty()) {
            Piece last = ps.get(ps.size() - 1);
            if (last.space() == p.space() && !p.space() && last.face() == p.face() && last.size() == p.size()
                    && last.underline() == p.underline()) {
                ps.set(ps.size() - 1, new Piece(last.text() + p.text(), p.face(), p.size(), p.underline(), false,
                        last.width() + p.width()));
                line.width += p.width();
                return;
            }
        }
        ps.add(p);
        line.width += p.width();
    }
}

package vn.dangbo.docs.template;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.docs.rendering.Block;
import vn.dangbo.docs.rendering.Heading;
import vn.dangbo.docs.rendering.LargeText;
import vn.dangbo.docs.rendering.Orientation;
import vn.dangbo.docs.rendering.Paper;
import vn.dangbo.docs.rendering.Paragraph;
import vn.dangbo.docs.rendering.QrCode;
import vn.dangbo.docs.rendering.Run;
import vn.dangbo.docs.rendering.Signature;
import vn.dangbo.docs.rendering.Table;

/**
 * The line-based markup a template renders to, parsed into a {@link DocumentDraft}. One line, one block:
 *
 * <pre>
 * &#64;type KẾ HOẠCH                   type name (printed in capitals)
 * &#64;summary Tổ chức đại hội ...      a summary line (repeatable)
 * &#64;landscape                      A4 landscape (certificates)
 * &#64;border                         a decorative frame round the page (certificates)
 * &#64;centred                        every line centred, no letter header; the number beside the date (certificates)
 * &#64;large NGUYỄN VĂN A              a centred line in large bold type (a certificate's name)
 * &#64;unnumbered                     no number line (ballot papers, lists)
 * &#64;undated                        no place-and-date line (ballot papers)
 * &#64;paper A5                       A5, two to an A4 landscape sheet (ballot papers); A4 otherwise
 * &#64;mark Mã phiếu: 001            printed where the date would be (a ballot's serial)
 * &#64;signature T/M BAN THƯỜNG VỤ | BÍ THƯ | Nguyễn Hữu Long   (authority may be empty)
 * &#64;recipient Lưu Văn phòng.       a "Nơi nhận:" entry (repeatable)
 * &#64;qr TOKEN | Mã: ABCD-EFGH       a QR code of TOKEN beside the signature, the caption beneath (an invitation's)
 * &#64;widths 1 6 3                   relative column widths of the next table
 * # I. MỤC ĐÍCH, YÊU CẦU             heading
 * &gt; text                           paragraph without first-line indent
 * | TT | Họ và tên |                table row; a following |---| line makes it the header row
 * any other line                     indented paragraph; **bold**, *italic*, ***both***
 * </pre>
 *
 * Blank lines separate nothing (they end a table). {@code \} escapes the next character; values from a request
 * are escaped with {@link #escape} before they reach a template, so user text can never become markup.
 */
public final class DocumentMarkup {

    private DocumentMarkup() {
    }

    /** Makes a value literal: markup characters escaped, line breaks become spaces. */
    public static String escape(String value) {
        if (value == null) {
            return null;
        }
        String v = value.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
        StringBuilder out = new StringBuilder(v.length() + 4);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' || c == '*' || c == '|' || (i == 0 && (c == '#' || c == '>' || c == '@'))) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    public static DocumentDraft parse(String markup) {
        String typeName = null;
        List<String> summary = new ArrayList<>();
        List<Block> body = new ArrayList<>();
        Signature signature = null;
        List<String> recipients = new ArrayList<>();
        Orientation orientation = Orientation.PORTRAIT;
        boolean numbered = true;
        boolean dated = true;
        String mark = null;
        Paper paper = Paper.A4;
        boolean bordered = false;
        boolean centred = false;
        List<Integer> widths = null;
        List<List<String>> rows = new ArrayList<>();
        List<String> header = null;

        String[] lines = markup.replace("\r\n", "\n").split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            boolean tableLine = line.startsWith("|");
            if (!tableLine && (!rows.isEmpty() || header != null)) {
                body.add(new Table(header, rows, widths));
                rows = new ArrayList<>();
                header = null;
                widths = null;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (tableLine) {
                List<String> cells = cells(line);
                if (cells.stream().allMatch(c -> c.matches("-{3,}"))) {
                    if (rows.size() != 1 || header != null) {
                        throw new MarkupException(n + 1, "|---| must follow the first row of a table");
                    }
                    header = rows.remove(0);
                } else {
                    rows.add(cells);
                }
            } else if (line.startsWith("@")) {
                String[] kv = line.substring(1).split("\\s+", 2);
                String value = kv.length > 1 ? kv[1].strip() : "";
                switch (kv[0]) {
                    case "type" -> typeName = text(value);
                    case "summary" -> summary.add(text(value));
                    case "landscape" -> orientation = Orientation.LANDSCAPE;
                    case "border" -> bordered = true;
                    case "centred" -> centred = true;
                    case "large" -> body.add(new LargeText(text(value)));
                    case "unnumbered" -> numbered = false;
                    case "undated" -> dated = false;
                    case "mark" -> mark = value.isEmpty() ? null : text(value);
                    case "paper" -> {
                        try {
                            paper = Paper.valueOf(value.toUpperCase(java.util.Locale.ROOT));
                        } catch (IllegalArgumentException e) {
                            throw new MarkupException(n + 1, "@paper is A4 or A5, not " + value);
                        }
                    }
                    case "recipient" -> recipients.add(text(value));
                    case "qr" -> {
                        List<String> parts = split(value, '|');
                        String code = text(parts.get(0).strip());
                        if (code.isEmpty() || parts.size() > 2) {
                            throw new MarkupException(n + 1, "@qr needs a text, then optionally | caption");
                        }
                        body.add(new QrCode(code, parts.size() == 2 ? text(parts.get(1).strip()) : ""));
                    }
                    case "widths" -> widths = value.isEmpty() ? null
                            : java.util.Arrays.stream(value.split("\\s+")).map(Integer::valueOf).toList();
                    case "signature" -> {
                        List<String> parts = split(value, '|');
                        if (parts.size() != 3) {
                            throw new MarkupException(n + 1, "@signature needs authority | position | name");
                        }
                        signature = new Signature(parts.get(0).isBlank() ? null : text(parts.get(0).strip()),
                                text(parts.get(1).strip()), text(parts.get(2).strip()));
                    }
                    default -> throw new MarkupException(n + 1, "unknown directive @" + kv[0]);
                }
            } else if (line.startsWith("# ")) {
                body.add(new Heading(text(line.substring(2).strip())));
            } else if (line.startsWith("> ") || line.equals(">")) {
                body.add(new Paragraph(runs(line.substring(1).strip()), false));
            } else {
                body.add(new Paragraph(runs(line), true));
            }
        }
        if (!rows.isEmpty() || header != null) {
            body.add(new Table(header, rows, widths));
        }
        return new DocumentDraft(typeName, summary, body, signature, recipients, orientation, numbered, dated, mark,
                paper, bordered, centred);
    }

    /** The cells of {@code | a | b |}, unescaped. */
    static List<String> cells(String line) {
        String inner = line.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        return split(inner, '|').stream().map(c -> text(c.strip())).toList();
    }

    /** Splits on unescaped separators, keeping escapes for {@link #text}. */
    private static List<String> split(String s, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                current.append(c).append(s.charAt(++i));
            } else if (c == separator) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    /** Plain text: escapes removed, emphasis markers dropped. */
    static String text(String s) {
        StringBuilder out = new StringBuilder();
        for (Run r : runs(s)) {
            out.append(r.text());
        }
        return out.toString();
    }

    /** Inline emphasis: {@code **bold**}, {@code *italic*}, {@code ***bold italic***}; {@code \*} is a star. */
    static List<Run> runs(String s) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean bold = false;
        boolean italic = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                current.append(s.charAt(++i));
            } else if (c == '*') {
                int stars = 1;
                while (i + stars < s.length() && s.charAt(i + stars) == '*' && stars < 3) {
                    stars++;
                }
                if (!current.isEmpty()) {
                    runs.add(new Run(current.toString(), bold, italic));
                    current.setLength(0);
                }
                if (stars >= 2) {
                    bold = !bold;
                }
                if (stars != 2) {
                    italic = !italic;
                }
                i += stars - 1;
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty() || runs.isEmpty()) {
            runs.add(new Run(current.toString(), bold, italic));
        }
        return runs;
    }

    /** A template produced markup that is not valid (a template error, not a request error). */
    public static final class MarkupException extends RuntimeException {
        public MarkupException(int line, String message) {
            super("template output line " + line + ": " + message);
        }
    }
}

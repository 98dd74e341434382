package vn.dangbo.docs.rendering;

import java.util.ArrayList;
import java.util.List;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The text step shared by all renderers, so every format prints exactly the same characters:
 * NFC normalisation, line-ending clean-up, capitals where the format requires them, "- " before
 * recipients, and the glyph-coverage check that turns a missing glyph into
 * {@link UnrenderableTextException} instead of a silently dropped character.
 */
final class TextPreparation {

    private TextPreparation() {
    }

    /** NFC; CR LF and CR become LF (a forced line break); TAB becomes a space. Null stays null. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        return VietnameseText.nfc(t);
    }

    private static String caps(String s) {
        return s == null ? null : VietnameseText.nfc(clean(s).toUpperCase(VietnameseText.VIETNAMESE));
    }

    static String recipient(String r) {
        String c = clean(r);
        String stripped = c.stripLeading();
        return stripped.startsWith("-") || stripped.startsWith("–") ? c : "- " + c;
    }

    /** The document exactly as it will be printed. */
    static PartyDocument prepare(PartyDocument d) {
        Header h = d.header();
        Header header = new Header(caps(h.higherBody()), caps(h.issuingBody()), clean(h.number()), clean(h.placeAndDate()),
                clean(h.mark()));
        List<String> summary = d.summaryLines().stream().map(TextPreparation::clean).toList();
        List<Block> body = new ArrayList<>(d.body().size());
        for (Block b : d.body()) {
            if (b instanceof Heading x) {
                body.add(new Heading(clean(x.text())));
            } else if (b instanceof Paragraph p) {
                body.add(new Paragraph(
                        p.runs().stream().map(r -> new Run(clean(r.text()), r.bold(), r.italic())).toList(),
                        p.indentFirstLine()));
            } else if (b instanceof LargeText l) {
                body.add(new LargeText(clean(l.text())));
            } else if (b instanceof QrCode q) {
                body.add(new QrCode(q.text(), clean(q.caption())));
            } else if (b instanceof Table t) {
                body.add(new Table(
                        t.header().stream().map(TextPreparation::clean).toList(),
                        t.rows().stream().map(row -> row.stream().map(TextPreparation::clean).toList()).toList(),
                        t.columnWeights()));
            } else {
                throw new IllegalArgumentException("Unknown block " + b);
            }
        }
        Signature s = d.signature();
        Signature signature = s == null ? null : new Signature(caps(s.authority()), caps(s.position()), clean(s.signerName()));
        List<String> recipients = d.recipients().stream().map(TextPreparation::recipient).toList();
        return new PartyDocument(header, caps(d.typeName()), summary, body, signature, recipients, d.orientation(), d.paper(),
                d.bordered(), d.centred());
    }

    /**
     * Checks that every character of the (prepared) document has a glyph in the face it will be drawn
     * with. LF is a line break, not a glyph.
     */
    static void validate(PartyDocument d, LiberationSerif font) {
        Header h = d.header();
        check(font, FontFace.REGULAR, h.higherBody(), "header.higherBody");
        check(font, FontFace.BOLD, h.issuingBody(), "header.issuingBody");
        check(font, FontFace.REGULAR, h.number(), "header.number");
        check(font, FontFace.ITALIC, h.placeAndDate(), "header.placeAndDate");
        check(font, FontFace.REGULAR, h.mark(), "header.mark");
        check(font, FontFace.BOLD, d.typeName(), "typeName");
        for (int i = 0; i < d.summaryLines().size(); i++) {
            check(font, FontFace.BOLD, d.summaryLines().get(i), "summaryLines[" + i + "]");
        }
        for (int i = 0; i < d.body().size(); i++) {
            String where = "body[" + i + "]";
            Block b = d.body().get(i);
            if (b instanceof Heading x) {
                check(font, FontFace.BOLD, x.text(), where + " (heading)");
            } else if (b instanceof LargeText l) {
                check(font, FontFace.BOLD, l.text(), where + " (large text)");
            } else if (b instanceof QrCode q) {
                check(font, FontFace.REGULAR, q.caption(), where + " (QR code caption)");
            } else if (b instanceof Paragraph p) {
                for (int r = 0; r < p.runs().size(); r++) {
                    Run run = p.runs().get(r);
                    check(font, FontFace.of(run.bold(), run.italic()), run.text(), where + " (paragraph) run " + r);
                }
            } else if (b instanceof Table t) {
                for (int c = 0; c < t.header().size(); c++) {
                    check(font, FontFace.BOLD, t.header().get(c), where + " (table) header column " + c);
                }
                for (int r = 0; r < t.rows().size(); r++) {
                    List<String> row = t.rows().get(r);
                    for (int c = 0; c < row.size(); c++) {
                        check(font, FontFace.REGULAR, row.get(c), where + " (table) row " + r + " column " + c);
                    }
                }
            }
        }
        Signature s = d.signature();
        if (s != null) {
            check(font, FontFace.BOLD, s.authority(), "signature.authority");
            check(font, FontFace.BOLD, s.position(), "signature.position");
            check(font, FontFace.BOLD, s.signerName(), "signature.signerName");
        }
        for (int i = 0; i < d.recipients().size(); i++) {
            check(font, FontFace.REGULAR, d.recipients().get(i), "recipients[" + i + "]");
        }
    }

    private static void check(LiberationSerif font, FontFace face, String text, String where) {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp != '\n' && !font.covers(face, cp)) {
                throw new UnrenderableTextException(cp, where + ", offset " + i + " (\"" + excerpt(text, i) + "\")",
                        LiberationSerif.displayName(face));
            }
            i += Character.charCount(cp);
        }
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 20);
        int to = Math.min(text.length(), at + 20);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
            to++;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).replace('\n', ' ') + (to < text.length() ? "…" : "");
    }
}

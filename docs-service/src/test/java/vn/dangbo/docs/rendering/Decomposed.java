package vn.dangbo.docs.rendering;

import java.text.Normalizer;
import java.util.List;

/** Rewrites every string of a document in NFD (as some keyboards and PDFs copy-paste produce it). */
final class Decomposed {

    private Decomposed() {
    }

    static String nfd(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFD);
    }

    static List<String> nfd(List<String> l) {
        return l.stream().map(Decomposed::nfd).toList();
    }

    static PartyDocument of(PartyDocument d) {
        Header h = d.header();
        List<Block> body = d.body().stream().map(b -> {
            if (b instanceof Heading x) {
                return (Block) new Heading(nfd(x.text()));
            } else if (b instanceof Paragraph p) {
                return new Paragraph(p.runs().stream().map(r -> new Run(nfd(r.text()), r.bold(), r.italic())).toList(),
                        p.indentFirstLine());
            } else {
                Table t = (Table) b;
                return new Table(nfd(t.header()), t.rows().stream().map(Decomposed::nfd).toList(), t.columnWeights());
            }
        }).toList();
        Signature s = d.signature();
        return new PartyDocument(new Header(nfd(h.higherBody()), nfd(h.issuingBody()), nfd(h.number()), nfd(h.placeAndDate())),
                nfd(d.typeName()), nfd(d.summaryLines()), body,
                s == null ? null : new Signature(nfd(s.authority()), nfd(s.position()), nfd(s.signerName())),
                nfd(d.recipients()), d.orientation());
    }
}

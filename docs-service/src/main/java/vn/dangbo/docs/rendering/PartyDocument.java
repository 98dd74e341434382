package vn.dangbo.docs.rendering;

import java.util.List;
import java.util.Objects;

/**
 * One party document (Hướng dẫn 36-HD/VPTW layout), independent of the output format.
 *
 * <p>Renderers normalise all text to NFC and upper-case the fields the format prints in capitals
 * (higher body, issuing body, type name, signature authority and position); everything else is
 * printed as given.
 *
 * @param header       heading block
 * @param typeName     "THÔNG BÁO", "KẾ HOẠCH", "NGHỊ QUYẾT"; {@code null} for a letter without one
 * @param summaryLines the summary (trích yếu), one entry per centred line; may be empty
 * @param body         body blocks in order
 * @param signature    signature block; {@code null} for none (e.g. a draft)
 * @param recipients   the "Nơi nhận:" list; "- " is prefixed where an entry does not start with "-"
 * @param orientation  {@code null} means portrait
 * @param paper        {@code null} means A4; A5 (a ballot) is laid out two to an A4 landscape sheet
 * @param bordered     a decorative frame round every page (a certificate, to be framed)
 * @param centred      every line centred, no letter header: the body, then the number beside the place, date and
 *                     signature (a certificate); the type name only titles the file
 */
public record PartyDocument(Header header, String typeName, List<String> summaryLines, List<Block> body,
                            Signature signature, List<String> recipients, Orientation orientation, Paper paper,
                            boolean bordered, boolean centred) {

    public PartyDocument {
        Objects.requireNonNull(header, "header");
        summaryLines = List.copyOf(summaryLines == null ? List.of() : summaryLines);
        body = List.copyOf(body == null ? List.of() : body);
        recipients = List.copyOf(recipients == null ? List.of() : recipients);
        orientation = orientation == null ? Orientation.PORTRAIT : orientation;
        paper = paper == null ? Paper.A4 : paper;
    }

    /** A letter: neither framed nor centred. */
    public PartyDocument(Header header, String typeName, List<String> summaryLines, List<Block> body,
            Signature signature, List<String> recipients, Orientation orientation, Paper paper) {
        this(header, typeName, summaryLines, body, signature, recipients, orientation, paper, false, false);
    }

    /** A document on A4. */
    public PartyDocument(Header header, String typeName, List<String> summaryLines, List<Block> body,
            Signature signature, List<String> recipients, Orientation orientation) {
        this(header, typeName, summaryLines, body, signature, recipients, orientation, Paper.A4);
    }
}

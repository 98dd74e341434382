package vn.dangbo.docs.template;

import java.util.List;
import vn.dangbo.docs.rendering.Block;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.Orientation;
import vn.dangbo.docs.rendering.Paper;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.Signature;

/**
 * What a template produces: everything of a document but its header, which comes from the issuer and the
 * allocated number.
 *
 * @param numbered whether the number line is printed (a ballot paper or an attendee list has none)
 * @param dated    whether the place-and-date line is printed (a ballot paper has none)
 * @param mark     printed where the date would be (a ballot's serial); null for none
 * @param paper    A4, or A5 for a ballot (two to an A4 sheet)
 * @param bordered framed (a certificate)
 * @param centred  every line centred, without the letter header (a certificate)
 */
public record DocumentDraft(String typeName, List<String> summaryLines, List<Block> body, Signature signature,
        List<String> recipients, Orientation orientation, boolean numbered, boolean dated, String mark, Paper paper,
        boolean bordered, boolean centred) {

    public DocumentDraft {
        summaryLines = List.copyOf(summaryLines);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
    }

    public PartyDocument withHeader(Header header) {
        Header h = new Header(header.higherBody(), header.issuingBody(), numbered ? header.number() : null,
                dated ? header.placeAndDate() : null, mark);
        return new PartyDocument(h, typeName, summaryLines, body, signature, recipients, orientation, paper,
                bordered, centred);
    }
}

package vn.dangbo.docs.template;

import java.util.List;
import vn.dangbo.docs.rendering.Block;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.Orientation;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.Signature;

/**
 * What a template produces: everything of a document but its header, which comes from the issuer and the
 * allocated number.
 *
 * @param numbered whether the number line is printed (a ballot paper or an attendee list has none)
 */
public record DocumentDraft(String typeName, List<String> summaryLines, List<Block> body, Signature signature,
        List<String> recipients, Orientation orientation, boolean numbered) {

    public DocumentDraft {
        summaryLines = List.copyOf(summaryLines);
        body = List.copyOf(body);
        recipients = List.copyOf(recipients);
    }

    public PartyDocument withHeader(Header header) {
        Header h = numbered ? header : new Header(header.higherBody(), header.issuingBody(), null, header.placeAndDate());
        return new PartyDocument(h, typeName, summaryLines, body, signature, recipients, orientation);
    }
}

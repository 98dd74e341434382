package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.*;
import static vn.dangbo.docs.rendering.PdfText.LINE_FACTOR;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import vn.dangbo.docs.rendering.PdfText.Align;
import vn.dangbo.docs.rendering.PdfText.Line;

/**
 * The top of the first page: the two-column header (issuing body and number on the left, party name
 * and place/date on the right) and the centred title. Drawn without page breaks, as they always fit
 * on an empty first page.
 */
final class PdfHeaderBlock {

    private final PdfPageFlow flow;
    private final PdfLineBreaker breaker;

    PdfHeaderBlock(PdfPageFlow flow, PdfLineBreaker breaker) {
        this.flow = flow;
        this.breaker = breaker;
    }

    void header(Header h) throws IOException {
        float left = flow.left;
        float width = flow.width;
        float leftW = (float) (width * LEFT_COLUMN_FRACTION);
        float rightW = width - leftW;
        float rightX = left + leftW;
        float rowTop = flow.y();

        // row 1, left: higher body, issuing body, "*"
        List<Line> issuer = new ArrayList<>();
        if (h.higherBody() != null) {
            issuer.addAll(breaker.wrap(h.higherBody(), FontFace.REGULAR, HIGHER_BODY_SIZE, leftW));
        }
        issuer.addAll(breaker.wrap(h.issuingBody(), FontFace.BOLD, ISSUING_BODY_SIZE, leftW));
        issuer.addAll(breaker.wrap(STAR, FontFace.REGULAR, ISSUING_BODY_SIZE, leftW));
        float leftEnd = flow.drawLines(issuer, left, leftW, Align.CENTER, rowTop);

        // row 1, right: party name with a rule as long as the text
        List<Line> party = breaker.wrap(PARTY_NAME, FontFace.BOLD, PARTY_NAME_SIZE, rightW);
        float rightEnd = flow.drawLines(party, rightX, rightW, Align.CENTER, rowTop);
        float textW = party.stream().map(l -> l.width).max(Float::compare).orElse(0f);
        float ruleY = rightEnd - 1.5f;
        flow.rule(rightX + (rightW - textW) / 2, ruleY, textW);
        rightEnd = ruleY - 2;

        // row 2: number (left) level with place and date (right)
        float row2Top = Math.min(leftEnd, rightEnd);
        float numberEnd = row2Top;
        if (h.number() != null) {
            numberEnd = flow.drawLines(breaker.wrap(h.number(), FontFace.REGULAR, NUMBER_SIZE, leftW),
                    left, leftW, Align.CENTER, row2Top);
        }
        float dateEnd = row2Top;
        if (h.placeAndDate() != null) {
            dateEnd = flow.drawLines(breaker.wrap(h.placeAndDate(), FontFace.ITALIC, DATE_SIZE, rightW),
                    rightX, rightW, Align.CENTER, row2Top);
        } else if (h.mark() != null) {
            dateEnd = flow.drawLines(breaker.wrap(h.mark(), FontFace.REGULAR, DATE_SIZE, rightW),
                    rightX, rightW, Align.CENTER, row2Top);
        }
        flow.setY(Math.min(numberEnd, dateEnd));
    }

    void title(String typeName, List<String> summaryLines) throws IOException {
        boolean any = typeName != null || !summaryLines.isEmpty();
        if (!any) {
            flow.down(BODY_SIZE * LINE_FACTOR);
            return;
        }
        float left = flow.left;
        float width = flow.width;
        flow.down(BODY_SIZE * LINE_FACTOR); // one blank line below the header
        if (typeName != null) {
            flow.flow(breaker.wrap(typeName, FontFace.BOLD, TYPE_NAME_SIZE, width), left, width, Align.CENTER);
        }
        for (String s : summaryLines) {
            flow.flow(breaker.wrap(s, FontFace.BOLD, SUMMARY_SIZE, width), left, width, Align.CENTER);
        }
        float ruleW = (float) (width * SUMMARY_RULE_FRACTION);
        flow.down(0.3f * SUMMARY_SIZE);
        flow.rule(left + (width - ruleW) / 2, flow.y(), ruleW);
        flow.down(BODY_SIZE * LINE_FACTOR * 0.75f);
    }
}

package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.*;
import static vn.dangbo.docs.rendering.PdfText.height;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import vn.dangbo.docs.rendering.PdfText.Align;
import vn.dangbo.docs.rendering.PdfText.Frag;
import vn.dangbo.docs.rendering.PdfText.Line;

/**
 * The end of the document: the recipients ("Nơi nhận") on the left and the signature on the right,
 * side by side from the same line even when the recipient list flows onto the next page. A QR code (an
 * invitation's) goes in the left column, below the recipients if any, its caption beneath it.
 */
final class PdfClosingBlock {

    private final PdfPageFlow flow;
    private final PdfLineBreaker breaker;
    private final LiberationSerif metrics;

    PdfClosingBlock(PdfPageFlow flow, PdfLineBreaker breaker, LiberationSerif metrics) {
        this.flow = flow;
        this.breaker = breaker;
        this.metrics = metrics;
    }

    void draw(Signature s, List<String> recipients) throws IOException {
        draw(s, recipients, List.of());
    }

    void draw(Signature s, List<String> recipients, List<QrCode> codes) throws IOException {
        if (s == null && recipients.isEmpty() && codes.isEmpty()) {
            return;
        }
        float left = flow.left;
        float width = flow.width;
        float leftW = (float) (width * LEFT_COLUMN_FRACTION);
        float rightW = width - leftW;
        float rightX = left + leftW;

        List<Line> sign = new ArrayList<>();
        if (s != null) {
            if (s.authority() != null) {
                sign.addAll(breaker.wrap(s.authority(), FontFace.BOLD, SIGNATURE_SIZE, rightW));
            }
            sign.addAll(breaker.wrap(s.position(), FontFace.BOLD, SIGNATURE_SIZE, rightW));
            for (int i = 0; i < SIGNATURE_BLANK_LINES; i++) {
                sign.addAll(breaker.wrap("", FontFace.REGULAR, SIGNATURE_SIZE, rightW));
            }
            sign.addAll(breaker.wrap(s.signerName(), FontFace.BOLD, SIGNATURE_SIZE, rightW));
        }
        List<Line> sent = new ArrayList<>();
        if (!recipients.isEmpty()) {
            sent.addAll(breaker.wrap(List.of(new Frag(RECIPIENTS_LABEL, FontFace.BOLD_ITALIC, RECIPIENTS_LABEL_SIZE, true)),
                    leftW, 0, 0));
            // wrapped recipient lines align with the text after the leading "- "
            float hanging = metrics.width(FontFace.REGULAR, "- ", RECIPIENT_SIZE);
            for (String r : recipients) {
                sent.addAll(breaker.wrap(List.of(Frag.of(r, FontFace.REGULAR, RECIPIENT_SIZE)), leftW, 0, hanging));
            }
        }

        float side = mmToPt(QrCode.SIDE_MM);
        List<List<Line>> captions = new ArrayList<>();
        float codesHeight = 0;
        for (QrCode code : codes) {
            List<Line> caption = code.caption().isEmpty() ? List.of()
                    : breaker.wrap(code.caption(), FontFace.REGULAR, RECIPIENT_SIZE, leftW);
            captions.add(caption);
            codesHeight += side + height(caption);
        }

        flow.space(BODY_SIZE * 0.5f);
        // the whole block on one page when it fits there; otherwise it starts on a new page
        // (and a very long recipient list flows on)
        flow.ensure(Math.max(height(sign), height(sent) + codesHeight));
        int startPage = flow.page();
        float startY = flow.y();
        flow.flow(sent, left, leftW, Align.LEFT);
        for (int i = 0; i < codes.size(); i++) {
            flow.ensure(side + height(captions.get(i)));
            PdfQrCode.draw(flow.stream(), codes.get(i), left + (leftW - side) / 2, flow.y() - side, side);
            flow.setY(flow.y() - side);
            flow.flow(captions.get(i), left, leftW, Align.CENTER);
        }
        int endPage = flow.page();
        float endY = flow.y();
        flow.moveTo(startPage, startY);
        flow.flow(sign, rightX, rightW, Align.CENTER);
        // continue below whichever column ends lower
        if (flow.page() < endPage || (flow.page() == endPage && endY < flow.y())) {
            flow.moveTo(endPage, endY);
        }
    }

    /**
     * A certificate's end: the number on the left, level with the place and date over the signature on the right
     * (its recipients, if any, are not printed: a certificate is handed over, not sent).
     */
    void drawCentred(Header h, Signature s) throws IOException {
        float left = flow.left;
        float width = flow.width;
        float leftW = (float) (width * LEFT_COLUMN_FRACTION);
        float rightW = width - leftW;
        float rightX = left + leftW;
        List<Line> sign = new ArrayList<>();
        if (h.placeAndDate() != null) {
            sign.addAll(breaker.wrap(h.placeAndDate(), FontFace.ITALIC, DATE_SIZE, rightW));
        }
        if (s != null) {
            if (s.authority() != null) {
                sign.addAll(breaker.wrap(s.authority(), FontFace.BOLD, SIGNATURE_SIZE, rightW));
            }
            sign.addAll(breaker.wrap(s.position(), FontFace.BOLD, SIGNATURE_SIZE, rightW));
            for (int i = 0; i < SIGNATURE_BLANK_LINES; i++) {
                sign.addAll(breaker.wrap("", FontFace.REGULAR, SIGNATURE_SIZE, rightW));
            }
            sign.addAll(breaker.wrap(s.signerName(), FontFace.BOLD, SIGNATURE_SIZE, rightW));
        }
        List<Line> number = h.number() == null ? List.of()
                : breaker.wrap(h.number(), FontFace.REGULAR, NUMBER_SIZE, leftW);
        flow.space(BODY_SIZE * 0.5f);
        flow.ensure(Math.max(height(sign), height(number)));
        float startY = flow.y();
        float numberEnd = flow.drawLines(number, left, leftW, Align.CENTER, startY);
        float signEnd = flow.drawLines(sign, rightX, rightW, Align.CENTER, startY);
        flow.setY(Math.min(numberEnd, signEnd));
    }
}

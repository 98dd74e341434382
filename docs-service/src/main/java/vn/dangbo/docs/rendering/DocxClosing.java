package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.DocxRuns.cellParagraph;
import static vn.dangbo.docs.rendering.DocxRuns.text;
import static vn.dangbo.docs.rendering.PartyFormat.*;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The closing block of a DOCX: recipients ("Nơi nhận") on the left and the signature on the right, on the same
 * borderless two-column grid as the header, so both columns line up with it.
 */
final class DocxClosing {

    private DocxClosing() {
    }

    static void closing(XWPFDocument docx, PartyDocument doc, int textW, LiberationSerif metrics) {
        Signature s = doc.signature();
        List<String> recipients = doc.recipients();
        List<QrCode> codes = doc.body().stream().filter(QrCode.class::isInstance).map(QrCode.class::cast).toList();
        if (s == null && recipients.isEmpty() && codes.isEmpty()) {
            return;
        }
        int leftW = (int) Math.round(textW * LEFT_COLUMN_FRACTION);
        int rightW = textW - leftW;
        XWPFTable t = DocxTables.layoutTable(docx, 1, new int[] {leftW, rightW});
        XWPFTableCell sent = t.getRow(0).getCell(0);
        XWPFTableCell sign = t.getRow(0).getCell(1);
        if (!recipients.isEmpty()) {
            recipients(sent, recipients, metrics);
        }
        for (int i = 0; i < codes.size(); i++) {
            DocxQrCode.add(sent, codes.get(i), recipients.isEmpty() && i == 0);
        }
        if (s != null) {
            signature(sign, s);
        }
    }

    private static void recipients(XWPFTableCell sent, List<String> recipients, LiberationSerif metrics) {
        XWPFParagraph label = cellParagraph(sent, true, ParagraphAlignment.LEFT);
        label.setSpacingBefore(ptToTwips(BODY_SIZE * 0.5));
        text(label, RECIPIENTS_LABEL, RECIPIENTS_LABEL_SIZE, true, true, true);
        // hanging indent of the "- " prefix, so a wrapped recipient lines up under its own text
        int hanging = ptToTwips(metrics.width(FontFace.REGULAR, "- ", RECIPIENT_SIZE));
        for (String r : recipients) {
            XWPFParagraph p = cellParagraph(sent, false, ParagraphAlignment.LEFT);
            p.setIndentationLeft(hanging);
            p.setIndentationHanging(hanging);
            text(p, r, RECIPIENT_SIZE, false, false, false);
        }
    }

    private static void signature(XWPFTableCell sign, Signature s) {
        boolean first = true;
        if (s.authority() != null) {
            XWPFParagraph p = cellParagraph(sign, true, ParagraphAlignment.CENTER);
            p.setSpacingBefore(ptToTwips(BODY_SIZE * 0.5));
            text(p, s.authority(), SIGNATURE_SIZE, true, false, false);
            first = false;
        }
        XWPFParagraph pos = cellParagraph(sign, first, ParagraphAlignment.CENTER);
        if (first) {
            pos.setSpacingBefore(ptToTwips(BODY_SIZE * 0.5));
        }
        text(pos, s.position(), SIGNATURE_SIZE, true, false, false);
        // blank lines leave room for the handwritten signature and the seal
        for (int i = 0; i < SIGNATURE_BLANK_LINES; i++) {
            text(cellParagraph(sign, false, ParagraphAlignment.CENTER), "", SIGNATURE_SIZE, false, false, false);
        }
        text(cellParagraph(sign, false, ParagraphAlignment.CENTER), s.signerName(), SIGNATURE_SIZE, true, false, false);
    }

    /** A certificate's end: the number on the left, the place and date over the signature on the right. */
    static void centredClosing(XWPFDocument docx, PartyDocument doc, int textW) {
        int leftW = (int) Math.round(textW * LEFT_COLUMN_FRACTION);
        XWPFTable t = DocxTables.layoutTable(docx, 1, new int[] {leftW, textW - leftW});
        XWPFTableCell number = t.getRow(0).getCell(0);
        XWPFTableCell sign = t.getRow(0).getCell(1);
        Header h = doc.header();
        if (h.number() != null) {
            XWPFParagraph p = cellParagraph(number, true, ParagraphAlignment.CENTER);
            p.setSpacingBefore(ptToTwips(BODY_SIZE * 0.5));
            text(p, h.number(), NUMBER_SIZE, false, false, false);
        }
        boolean first = true;
        if (h.placeAndDate() != null) {
            XWPFParagraph p = cellParagraph(sign, true, ParagraphAlignment.CENTER);
            p.setSpacingBefore(ptToTwips(BODY_SIZE * 0.5));
            text(p, h.placeAndDate(), DATE_SIZE, false, true, false);
            first = false;
        }
        Signature s = doc.signature();
        if (s != null) {
            if (s.authority() != null) {
                text(cellParagraph(sign, first, ParagraphAlignment.CENTER), s.authority(), SIGNATURE_SIZE, true,
                        false, false);
                first = false;
            }
            text(cellParagraph(sign, first, ParagraphAlignment.CENTER), s.position(), SIGNATURE_SIZE, true, false,
                    false);
            for (int i = 0; i < SIGNATURE_BLANK_LINES; i++) {
                text(cellParagraph(sign, false, ParagraphAlignment.CENTER), "", SIGNATURE_SIZE, false, false, false);
            }
            text(cellParagraph(sign, false, ParagraphAlignment.CENTER), s.signerName(), SIGNATURE_SIZE, true, false,
                    false);
        }
    }
}

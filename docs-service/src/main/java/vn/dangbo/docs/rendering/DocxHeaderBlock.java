package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.DocxRuns.cellParagraph;
import static vn.dangbo.docs.rendering.DocxRuns.paragraph;
import static vn.dangbo.docs.rendering.DocxRuns.text;
import static vn.dangbo.docs.rendering.DocxRuns.topRule;
import static vn.dangbo.docs.rendering.PartyFormat.*;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * The Party-format opening of a DOCX: the two-column header (issuing body, party name, number, place and date)
 * and the title (type name, summary lines and the rule beneath), in the same sizes as {@link PdfComposer}.
 */
final class DocxHeaderBlock {

    private DocxHeaderBlock() {
    }

    static void header(XWPFDocument docx, Header h, int textW, LiberationSerif metrics) {
        int leftW = (int) Math.round(textW * LEFT_COLUMN_FRACTION);
        int rightW = textW - leftW;
        XWPFTable t = DocxTables.layoutTable(docx, 2, new int[] {leftW, rightW});

        XWPFTableCell issuer = t.getRow(0).getCell(0);
        boolean first = true;
        if (h.higherBody() != null) {
            text(cellParagraph(issuer, first, ParagraphAlignment.CENTER), h.higherBody(), HIGHER_BODY_SIZE, false, false, false);
            first = false;
        }
        text(cellParagraph(issuer, first, ParagraphAlignment.CENTER), h.issuingBody(), ISSUING_BODY_SIZE, true, false, false);
        text(cellParagraph(issuer, false, ParagraphAlignment.CENTER), STAR, ISSUING_BODY_SIZE, false, false, false);

        XWPFTableCell party = t.getRow(0).getCell(1);
        text(cellParagraph(party, true, ParagraphAlignment.CENTER), PARTY_NAME, PARTY_NAME_SIZE, true, false, false);
        // the rule beneath, as long as the text: the top border of an empty paragraph indented to that width
        // (an empty paragraph cannot wrap, whatever the word processor's metrics)
        int nameW = ptToTwips(metrics.width(FontFace.BOLD, PARTY_NAME, PARTY_NAME_SIZE));
        int side = Math.max(0, (rightW - nameW) / 2);
        XWPFParagraph rule = cellParagraph(party, false, ParagraphAlignment.CENTER);
        rule.setIndentationLeft(side);
        rule.setIndentationRight(side);
        rule.setSpacingBefore(ptToTwips(1.5));
        topRule(rule);
        rule.setSpacingBetween(4, LineSpacingRule.EXACT);

        if (h.number() != null) {
            text(cellParagraph(t.getRow(1).getCell(0), true, ParagraphAlignment.CENTER), h.number(), NUMBER_SIZE, false, false, false);
        }
        if (h.placeAndDate() != null) {
            text(cellParagraph(t.getRow(1).getCell(1), true, ParagraphAlignment.CENTER), h.placeAndDate(), DATE_SIZE, false, true, false);
        } else if (h.mark() != null) {
            text(cellParagraph(t.getRow(1).getCell(1), true, ParagraphAlignment.CENTER), h.mark(), DATE_SIZE, false, false, false);
        }
    }

    static void title(XWPFDocument docx, PartyDocument doc, int textW) {
        boolean firstAfterHeader = true;
        if (doc.typeName() != null) {
            XWPFParagraph p = paragraph(docx, ParagraphAlignment.CENTER);
            p.setSpacingBefore(ptToTwips(BODY_SIZE * 1.15));
            text(p, doc.typeName(), TYPE_NAME_SIZE, true, false, false);
            firstAfterHeader = false;
        }
        for (String s : doc.summaryLines()) {
            XWPFParagraph p = paragraph(docx, ParagraphAlignment.CENTER);
            if (firstAfterHeader) {
                p.setSpacingBefore(ptToTwips(BODY_SIZE * 1.15));
                firstAfterHeader = false;
            }
            text(p, s, SUMMARY_SIZE, true, false, false);
        }
        XWPFParagraph rule = paragraph(docx, ParagraphAlignment.CENTER);
        if (firstAfterHeader) {
            rule.setSpacingBefore(ptToTwips(BODY_SIZE * 1.15));
        } else {
            int ruleW = (int) Math.round(textW * SUMMARY_RULE_FRACTION);
            int side = (textW - ruleW) / 2;
            rule.setIndentationLeft(side);
            rule.setIndentationRight(side);
            rule.setSpacingBefore(ptToTwips(SUMMARY_SIZE * 0.25));
            topRule(rule);
        }
        rule.setSpacingBetween(BODY_SIZE * 0.75, LineSpacingRule.EXACT);
    }
}

package vn.dangbo.docs.rendering;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;

/**
 * Paragraphs and runs of a DOCX: the one place that sets a run's font, size and language, so every part of the
 * document writes text the same way (and the same way as the PDF's glyph check assumes).
 */
final class DocxRuns {

    static final String VI = "vi-VN";

    private DocxRuns() {
    }

    static XWPFParagraph paragraph(XWPFDocument docx, ParagraphAlignment align) {
        XWPFParagraph p = docx.createParagraph();
        p.setAlignment(align);
        return p;
    }

    /** The cell's first (pre-existing) paragraph, or a new one. */
    static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first, ParagraphAlignment align) {
        XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
        p.setAlignment(align);
        return p;
    }

    /** Appends the text as one run (LF becomes a line break) in Liberation Serif for all scripts. */
    static XWPFRun text(XWPFParagraph p, String text, float size, boolean bold, boolean italic, boolean underline) {
        XWPFRun r = p.createRun();
        for (XWPFRun.FontCharRange range : XWPFRun.FontCharRange.values()) { // ascii, hAnsi, cs, eastAsia
            r.setFontFamily(LiberationSerif.FAMILY, range);
        }
        // rPr children in the order of the schema's sequence (POI writes them in call order)
        if (bold) {
            r.setBold(true);
        }
        if (italic) {
            r.setItalic(true);
        }
        r.setFontSize((double) size);
        r.setComplexScriptFontSize((double) size);
        if (underline) {
            r.setUnderline(UnderlinePatterns.SINGLE);
        }
        r.setLang(VI);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                r.addBreak();
            }
            r.setText(lines[i]);
        }
        return r;
    }

    /** A single 0.75 pt black line along the top of the paragraph. */
    static void topRule(XWPFParagraph p) {
        p.setBorderTop(Borders.SINGLE);
        CTBorder b = p.getCTP().getPPr().getPBdr().getTop();
        b.setSz(BigInteger.valueOf(6)); // eighths of a point
        b.setSpace(BigInteger.ZERO);
        b.setColor("000000");
    }
}

package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.DocxRuns.cellParagraph;
import static vn.dangbo.docs.rendering.DocxRuns.paragraph;
import static vn.dangbo.docs.rendering.DocxRuns.text;
import static vn.dangbo.docs.rendering.PartyFormat.*;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Tables of a DOCX: the borderless fixed-width grid that the header and closing blocks are laid out on, and the
 * bordered data tables of a document's body.
 */
final class DocxTables {

    private DocxTables() {
    }

    /** A body {@link Table}: bordered, header row repeated on each page, columns split across the text width. */
    static void dataTable(XWPFDocument docx, Table t, int textW) {
        int n = t.columnCount();
        double[] fr = t.columnFractions();
        int[] widths = new int[n];
        int used = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = c == n - 1 ? textW - used : (int) Math.round(textW * fr[c]);
            used += widths[c];
        }
        boolean hasHeader = !t.header().isEmpty();
        XWPFTable table = layoutTable(docx, (hasHeader ? 1 : 0) + t.rows().size(), widths);
        int border = 4; // eighths of a point
        table.setTopBorder(XWPFBorderType.SINGLE, border, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, border, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, border, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, border, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, border, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, border, 0, "000000");
        table.setCellMargins(50, 80, 50, 80);
        int r0 = 0;
        if (hasHeader) {
            XWPFTableRow row = table.getRow(0);
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
            for (int c = 0; c < n; c++) {
                text(cellParagraph(row.getCell(c), true, ParagraphAlignment.CENTER), t.header().get(c), TABLE_SIZE, true, false, false);
            }
            r0 = 1;
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r0 + r);
            for (int c = 0; c < n; c++) {
                text(cellParagraph(row.getCell(c), true, ParagraphAlignment.LEFT), t.cell(r, c), TABLE_SIZE, false, false, false);
            }
        }
        // keeps the next table (if any) from merging with this one; also the space after the table
        XWPFParagraph gap = paragraph(docx, ParagraphAlignment.LEFT);
        gap.setSpacingBetween(PARAGRAPH_SPACING_AFTER, LineSpacingRule.EXACT);
    }

    /** A fixed-layout, borderless table of the given column widths (twips) and no cell padding. */
    static XWPFTable layoutTable(XWPFDocument docx, int rows, int[] widths) {
        XWPFTable t = docx.createTable(rows, widths.length);
        t.removeBorders();
        CTTbl ct = t.getCTTbl();
        CTTblPr pr = ct.getTblPr() != null ? ct.getTblPr() : ct.addNewTblPr();
        // explicit zero cell margins, so the columns are exactly those of the PDF
        // (XWPFTable.setCellMargins(0, 0, 0, 0) writes an empty element, i.e. the defaults)
        CTTblCellMar mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        zero(mar.isSetTop() ? mar.getTop() : mar.addNewTop());
        zero(mar.isSetLeft() ? mar.getLeft() : mar.addNewLeft());
        zero(mar.isSetBottom() ? mar.getBottom() : mar.addNewBottom());
        zero(mar.isSetRight() ? mar.getRight() : mar.addNewRight());
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        tw.setW(BigInteger.valueOf(total));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : t.getRows()) {
            for (int c = 0; c < widths.length; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidthType(TableWidthType.DXA);
                cell.setWidth(Integer.toString(widths[c]));
            }
        }
        return t;
    }

    private static void zero(CTTblWidth w) {
        w.setW(BigInteger.ZERO);
        w.setType(STTblWidth.DXA);
    }
}

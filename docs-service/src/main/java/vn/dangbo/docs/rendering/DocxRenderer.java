package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.*;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a {@link PartyDocument} as DOCX with Apache POI (XWPF): A4 (or A4 landscape), margins
 * 20/20/30/15 mm, every run and the document defaults in Liberation Serif, header and closing block
 * as borderless two-column tables, same text and font sizes as {@link PdfRenderer}.
 *
 * <p>The same glyph check as for PDF is applied, so a document renders in both formats or in
 * neither. Stateless; safe to share between threads.
 */
public final class DocxRenderer implements DocumentRenderer {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final String VI = "vi-VN";

    private final LiberationSerif font;

    public DocxRenderer() {
        this.font = LiberationSerif.get();
    }

    @Override
    public byte[] render(PartyDocument document) {
        PartyDocument d = TextPreparation.prepare(document);
        TextPreparation.validate(d, font);
        try (XWPFDocument docx = new XWPFDocument()) {
            new Composer(docx, d, font).compose();
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingException("DOCX rendering failed", e);
        }
    }

    /**
     * Several documents of the same orientation (e.g. one invitation per addressee) in one DOCX, each starting
     * on a new page.
     */
    public byte[] renderAll(List<PartyDocument> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("nothing to render");
        }
        List<PartyDocument> prepared = new java.util.ArrayList<>(documents.size());
        for (PartyDocument document : documents) {
            PartyDocument d = TextPreparation.prepare(document);
            TextPreparation.validate(d, font);
            if (d.orientation() != documents.get(0).orientation()) {
                throw new IllegalArgumentException("a batch has one orientation");
            }
            prepared.add(d);
        }
        try (XWPFDocument docx = new XWPFDocument()) {
            for (int i = 0; i < prepared.size(); i++) {
                new Composer(docx, prepared.get(i), font).compose(i == 0, i == prepared.size() - 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new RenderingException("DOCX rendering failed", e);
        }
    }

    @Override
    public String mediaType() {
        return MEDIA_TYPE;
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    private static final class Composer {
        private final XWPFDocument docx;
        private final PartyDocument doc;
        private final LiberationSerif metrics;
        private final int pageW;
        private final int pageH;
        private final int textW;

        Composer(XWPFDocument docx, PartyDocument doc, LiberationSerif metrics) {
            this.docx = docx;
            this.doc = doc;
            this.metrics = metrics;
            boolean landscape = doc.orientation() == Orientation.LANDSCAPE;
            int a4w = mmToTwips(PAGE_WIDTH_MM);
            int a4h = mmToTwips(PAGE_HEIGHT_MM);
            this.pageW = landscape ? a4h : a4w;
            this.pageH = landscape ? a4w : a4h;
            this.textW = pageW - mmToTwips(MARGIN_LEFT_MM) - mmToTwips(MARGIN_RIGHT_MM);
        }

        void compose() {
            compose(true, true);
        }

        /**
         * @param first whether this is the first document of the file (sets defaults; otherwise starts a new page)
         * @param last  whether it is the last (writes the section properties, which must end the body)
         */
        void compose(boolean first, boolean last) {
            if (first) {
                defaults();
                docx.getProperties().getCoreProperties().setTitle(PdfRenderer.title(doc));
                docx.getProperties().getCoreProperties().setCreator("dangbo docs-service");
            } else {
                docx.createParagraph().setPageBreak(true);
            }
            header();
            title();
            body();
            closing();
            if (last) {
                section(); // last: sectPr must be the body's final element
            }
        }

        // ------------------------------------------------------------ document settings

        private void defaults() {
            XWPFStyles styles = docx.createStyles();
            CTFonts fonts = CTFonts.Factory.newInstance();
            fonts.setAscii(LiberationSerif.FAMILY);
            fonts.setHAnsi(LiberationSerif.FAMILY);
            fonts.setCs(LiberationSerif.FAMILY);
            fonts.setEastAsia(LiberationSerif.FAMILY);
            styles.setDefaultFonts(fonts);

            CTStyles ct = styles.getCtStyles();
            CTDocDefaults dd = ct.isSetDocDefaults() ? ct.getDocDefaults() : ct.addNewDocDefaults();
            CTRPr rpr = dd.isSetRPrDefault() && dd.getRPrDefault().isSetRPr()
                    ? dd.getRPrDefault().getRPr()
                    : (dd.isSetRPrDefault() ? dd.getRPrDefault() : dd.addNewRPrDefault()).addNewRPr();
            rpr.addNewSz().setVal(BigInteger.valueOf(Math.round(BODY_SIZE * 2)));
            rpr.addNewSzCs().setVal(BigInteger.valueOf(Math.round(BODY_SIZE * 2)));
            rpr.addNewLang().setVal(VI);
            CTPPrGeneral ppr = (dd.isSetPPrDefault() ? dd.getPPrDefault() : dd.addNewPPrDefault()).addNewPPr();
            ppr.addNewWidowControl(); // as the PDF: no lone first or last line of a paragraph on a page
            CTSpacing spacing = ppr.addNewSpacing();
            spacing.setBefore(BigInteger.ZERO);
            spacing.setAfter(BigInteger.ZERO);
            spacing.setLine(BigInteger.valueOf(240));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }

        private void section() {
            CTSectPr sect = docx.getDocument().getBody().isSetSectPr()
                    ? docx.getDocument().getBody().getSectPr()
                    : docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
            size.setW(BigInteger.valueOf(pageW));
            size.setH(BigInteger.valueOf(pageH));
            size.setOrient(doc.orientation() == Orientation.LANDSCAPE ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
            mar.setTop(BigInteger.valueOf(mmToTwips(MARGIN_TOP_MM)));
            mar.setBottom(BigInteger.valueOf(mmToTwips(MARGIN_BOTTOM_MM)));
            mar.setLeft(BigInteger.valueOf(mmToTwips(MARGIN_LEFT_MM)));
            mar.setRight(BigInteger.valueOf(mmToTwips(MARGIN_RIGHT_MM)));
            mar.setHeader(BigInteger.valueOf(mmToTwips(10)));
            mar.setFooter(BigInteger.valueOf(mmToTwips(10)));
            mar.setGutter(BigInteger.ZERO);
        }

        // ------------------------------------------------------------ parts

        private void header() {
            Header h = doc.header();
            int leftW = (int) Math.round(textW * LEFT_COLUMN_FRACTION);
            int rightW = textW - leftW;
            XWPFTable t = layoutTable(2, new int[] {leftW, rightW});

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
            }
        }

        private void title() {
            boolean firstAfterHeader = true;
            if (doc.typeName() != null) {
                XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
                p.setSpacingBefore(ptToTwips(BODY_SIZE * 1.15));
                text(p, doc.typeName(), TYPE_NAME_SIZE, true, false, false);
                firstAfterHeader = false;
            }
            for (String s : doc.summaryLines()) {
                XWPFParagraph p = paragraph(ParagraphAlignment.CENTER);
                if (firstAfterHeader) {
                    p.setSpacingBefore(ptToTwips(BODY_SIZE * 1.15));
                    firstAfterHeader = false;
                }
                text(p, s, SUMMARY_SIZE, true, false, false);
            }
            XWPFParagraph rule = paragraph(ParagraphAlignment.CENTER);
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

        private void body() {
            int indent = mmToTwips(FIRST_LINE_INDENT_MM);
            List<Block> blocks = doc.body();
            for (Block b : blocks) {
                if (b instanceof Heading h) {
                    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
                    p.setIndentationFirstLine(indent);
                    p.setSpacingAfter(ptToTwips(PARAGRAPH_SPACING_AFTER));
                    p.setKeepNext(true);
                    text(p, h.text(), BODY_SIZE, true, false, false);
                } else if (b instanceof Paragraph para) {
                    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH);
                    if (para.indentFirstLine()) {
                        p.setIndentationFirstLine(indent);
                    }
                    p.setSpacingAfter(ptToTwips(PARAGRAPH_SPACING_AFTER));
                    for (Run r : para.runs()) {
                        text(p, r.text(), BODY_SIZE, r.bold(), r.italic(), false);
                    }
                } else if (b instanceof Table t) {
                    table(t);
                }
            }
        }

        private void table(Table t) {
            int n = t.columnCount();
            double[] fr = t.columnFractions();
            int[] widths = new int[n];
            int used = 0;
            for (int c = 0; c < n; c++) {
                widths[c] = c == n - 1 ? textW - used : (int) Math.round(textW * fr[c]);
                used += widths[c];
            }
            boolean hasHeader = !t.header().isEmpty();
            XWPFTable table = layoutTable((hasHeader ? 1 : 0) + t.rows().size(), widths);
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
            XWPFParagraph gap = paragraph(ParagraphAlignment.LEFT);
            gap.setSpacingBetween(PARAGRAPH_SPACING_AFTER, LineSpacingRule.EXACT);
        }

        private void closing() {
            Signature s = doc.signature();
            List<String> recipients = doc.recipients();
            if (s == null && recipients.isEmpty()) {
                return;
            }
            int leftW = (int) Math.round(textW * LEFT_COLUMN_FRACTION);
            int rightW = textW - leftW;
            XWPFTable t = layoutTable(1, new int[] {leftW, rightW});
            XWPFTableCell sent = t.getRow(0).getCell(0);
            XWPFTableCell sign = t.getRow(0).getCell(1);
            if (!recipients.isEmpty()) {
                XWPFParagraph label = cellParagraph(sent, true, ParagraphAlignment.LEFT);
                label.setSpacingBefore(ptToTwips(BODY_SIZE * 0.5));
                text(label, RECIPIENTS_LABEL, RECIPIENTS_LABEL_SIZE, true, true, true);
                int hanging = ptToTwips(metrics.width(FontFace.REGULAR, "- ", RECIPIENT_SIZE));
                for (String r : recipients) {
                    XWPFParagraph p = cellParagraph(sent, false, ParagraphAlignment.LEFT);
                    p.setIndentationLeft(hanging);
                    p.setIndentationHanging(hanging);
                    text(p, r, RECIPIENT_SIZE, false, false, false);
                }
            }
            if (s != null) {
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
                for (int i = 0; i < SIGNATURE_BLANK_LINES; i++) {
                    text(cellParagraph(sign, false, ParagraphAlignment.CENTER), "", SIGNATURE_SIZE, false, false, false);
                }
                text(cellParagraph(sign, false, ParagraphAlignment.CENTER), s.signerName(), SIGNATURE_SIZE, true, false, false);
            }
        }

        // ------------------------------------------------------------ helpers

        private XWPFParagraph paragraph(ParagraphAlignment align) {
            XWPFParagraph p = docx.createParagraph();
            p.setAlignment(align);
            return p;
        }

        /** The cell's first (pre-existing) paragraph, or a new one. */
        private static XWPFParagraph cellParagraph(XWPFTableCell cell, boolean first, ParagraphAlignment align) {
            XWPFParagraph p = first ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(align);
            return p;
        }

        /** Appends the text as one run (LF becomes a line break) in Liberation Serif for all scripts. */
        private static XWPFRun text(XWPFParagraph p, String text, float size, boolean bold, boolean italic, boolean underline) {
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

        /** A fixed-layout, borderless table of the given column widths (twips) and no cell padding. */
        private XWPFTable layoutTable(int rows, int[] widths) {
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

        /** A single 0.75 pt black line along the top of the paragraph. */
        private static void topRule(XWPFParagraph p) {
            p.setBorderTop(Borders.SINGLE);
            CTBorder b = p.getCTP().getPPr().getPBdr().getTop();
            b.setSz(BigInteger.valueOf(6)); // eighths of a point
            b.setSpace(BigInteger.ZERO);
            b.setColor("000000");
        }

        private static void zero(CTTblWidth w) {
            w.setW(BigInteger.ZERO);
            w.setType(STTblWidth.DXA);
        }
    }
}

package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.*;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageBorderOffset;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Page setup of a DOCX: the A4 geometry (in twips) for an orientation, the document defaults (font, size,
 * language, spacing) and the section properties. Kept apart so every part lays out against the same text width.
 */
final class DocxPage {

    private final Orientation orientation;
    private final Paper paper;
    private final boolean bordered;
    final int pageW;
    final int pageH;
    /** The width between the margins, which every table and rule is laid out against. */
    final int textW;

    /**
     * @param paper A5 (a ballot) makes an A5 page of its own: a word processor prints it two to a sheet if asked
     */
    DocxPage(Orientation orientation, Paper paper) {
        this(orientation, paper, false);
    }

    /** @param bordered a decorative page border (w:pgBorders) and even margins inside it: a certificate */
    DocxPage(Orientation orientation, Paper paper, boolean bordered) {
        this.orientation = orientation;
        this.paper = paper;
        this.bordered = bordered && paper != Paper.A5;
        if (paper == Paper.A5) {
            this.pageW = mmToTwips(PAGE_HEIGHT_MM / 2);
            this.pageH = mmToTwips(PAGE_WIDTH_MM);
            this.textW = pageW - 2 * mmToTwips(A5_MARGIN_SIDE_MM);
            return;
        }
        boolean landscape = orientation == Orientation.LANDSCAPE;
        int a4w = mmToTwips(PAGE_WIDTH_MM);
        int a4h = mmToTwips(PAGE_HEIGHT_MM);
        this.pageW = landscape ? a4h : a4w;
        this.pageH = landscape ? a4w : a4h;
        this.textW = this.bordered ? pageW - 2 * mmToTwips(FRAMED_MARGIN_MM)
                : pageW - mmToTwips(MARGIN_LEFT_MM) - mmToTwips(MARGIN_RIGHT_MM);
    }

    /** Document-wide defaults, written once per file (by its first document). */
    static void defaults(XWPFDocument docx) {
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
        rpr.addNewLang().setVal(DocxRuns.VI);
        CTPPrGeneral ppr = (dd.isSetPPrDefault() ? dd.getPPrDefault() : dd.addNewPPrDefault()).addNewPPr();
        ppr.addNewWidowControl(); // as the PDF: no lone first or last line of a paragraph on a page
        CTSpacing spacing = ppr.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
    }

    /** Page size and margins; the caller writes them last, as sectPr must be the body's final element. */
    void section(XWPFDocument docx) {
        CTSectPr sect = docx.getDocument().getBody().isSetSectPr()
                ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(pageW));
        size.setH(BigInteger.valueOf(pageH));
        size.setOrient(orientation == Orientation.LANDSCAPE && paper != Paper.A5
                ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        boolean a5 = paper == Paper.A5;
        mar.setTop(BigInteger.valueOf(mmToTwips(a5 ? A5_MARGIN_TOP_MM : MARGIN_TOP_MM)));
        mar.setBottom(BigInteger.valueOf(mmToTwips(a5 ? A5_MARGIN_BOTTOM_MM : MARGIN_BOTTOM_MM)));
        mar.setLeft(BigInteger.valueOf(mmToTwips(a5 ? A5_MARGIN_SIDE_MM : MARGIN_LEFT_MM)));
        mar.setRight(BigInteger.valueOf(mmToTwips(a5 ? A5_MARGIN_SIDE_MM : MARGIN_RIGHT_MM)));
        mar.setHeader(BigInteger.valueOf(mmToTwips(10)));
        mar.setFooter(BigInteger.valueOf(mmToTwips(10)));
        mar.setGutter(BigInteger.ZERO);
        if (bordered) {
            int framed = mmToTwips(FRAMED_MARGIN_MM);
            mar.setTop(BigInteger.valueOf(framed));
            mar.setBottom(BigInteger.valueOf(framed));
            mar.setLeft(BigInteger.valueOf(framed));
            mar.setRight(BigInteger.valueOf(framed));
            border(sect);
        }
    }

    /** The frame of a certificate: a thick-thin double line, measured from the page's edge as the PDF's. */
    private static void border(CTSectPr sect) {
        CTPageBorders borders = sect.isSetPgBorders() ? sect.getPgBorders() : sect.addNewPgBorders();
        borders.setOffsetFrom(STPageBorderOffset.PAGE);
        int space = (int) Math.round(FRAME_MM * 72 / 25.4); // points, as w:space wants
        for (CTBorder b : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
            borders.addNewRight()}) {
            b.setVal(STBorder.THICK_THIN_MEDIUM_GAP);
            b.setSz(BigInteger.valueOf(24)); // eighths of a point: 3 pt
            b.setSpace(BigInteger.valueOf(space));
            b.setColor("8C1414");
        }
    }
}

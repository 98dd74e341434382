package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.PartyFormat.FRAME_MM;
import static vn.dangbo.docs.rendering.PartyFormat.mmToPt;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The decorative frame of a certificate's page, as a printed giấy khen has one to be framed: a thick outer and a
 * thin inner line, and an ornament at each corner (a diamond between two small squares on the lines).
 */
final class PdfFrame {

    private static final float OUTER_WIDTH = 2.4f;
    private static final float INNER_WIDTH = 0.8f;
    /** Between the outer and the inner line. */
    private static final float GAP = 5f;
    private static final float ORNAMENT = 9f;

    private PdfFrame() {
    }

    static void draw(PDPageContentStream cs, PDRectangle page) throws IOException {
        float m = mmToPt(FRAME_MM);
        float w = page.getWidth() - 2 * m;
        float h = page.getHeight() - 2 * m;
        cs.saveGraphicsState();
        cs.setStrokingColor(0.55f, 0.08f, 0.08f); // the deep red of the party's papers
        cs.setNonStrokingColor(0.55f, 0.08f, 0.08f);
        cs.setLineWidth(OUTER_WIDTH);
        cs.addRect(m, m, w, h);
        cs.stroke();
        cs.setLineWidth(INNER_WIDTH);
        cs.addRect(m + GAP, m + GAP, w - 2 * GAP, h - 2 * GAP);
        cs.stroke();
        float[][] corners = {{m + GAP, m + GAP}, {m + w - GAP, m + GAP}, {m + GAP, m + h - GAP},
            {m + w - GAP, m + h - GAP}};
        for (float[] c : corners) {
            ornament(cs, c[0], c[1]);
        }
        cs.restoreGraphicsState();
    }

    /** A filled diamond on the inner frame's corner, with a smaller one outside it on the diagonal. */
    private static void ornament(PDPageContentStream cs, float x, float y) throws IOException {
        diamond(cs, x, y, ORNAMENT);
        cs.fill();
        diamond(cs, x, y, ORNAMENT * 1.6f);
        cs.setLineWidth(INNER_WIDTH);
        cs.stroke();
    }

    private static void diamond(PDPageContentStream cs, float x, float y, float r) throws IOException {
        cs.moveTo(x, y + r);
        cs.lineTo(x + r, y);
        cs.lineTo(x, y - r);
        cs.lineTo(x - r, y);
        cs.closePath();
    }
}

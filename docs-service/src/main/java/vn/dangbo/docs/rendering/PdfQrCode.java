package vn.dangbo.docs.rendering;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** Draws a {@link QrCode} as vector squares: sharp at any print size, and a few hundred bytes per code. */
final class PdfQrCode {

    private PdfQrCode() {
    }

    /** @param x, y the lower left corner of the square, quiet zone included; {@code side} its side in points */
    static void draw(PDPageContentStream cs, QrCode code, float x, float y, float side) throws IOException {
        boolean[][] m = code.modules();
        int n = m.length;
        float module = side / n;
        cs.saveGraphicsState();
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            float top = y + side - (row + 1) * module;
            int col = 0;
            while (col < n) {
                if (!m[row][col]) {
                    col++;
                    continue;
                }
                // one rectangle per run of dark modules on a row: fewer operators, and no hairline seams
                int end = col;
                while (end < n && m[row][end]) {
                    end++;
                }
                cs.addRect(x + col * module, top, (end - col) * module, module);
                col = end;
            }
        }
        cs.fill();
        cs.restoreGraphicsState();
    }
}

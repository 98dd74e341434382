package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.DocxRuns.cellParagraph;
import static vn.dangbo.docs.rendering.DocxRuns.text;
import static vn.dangbo.docs.rendering.PartyFormat.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A {@link QrCode} in a DOCX: an embedded PNG of the same modules as the PDF's squares, one pixel block per module
 * (no smoothing, so it scans at any zoom), printed at the PDF's size, with its caption beneath.
 */
final class DocxQrCode {

    /** Pixels per module: sharp when printed at 30 mm (about 400 dpi for a version 4 code). */
    private static final int PIXELS_PER_MODULE = 10;

    private DocxQrCode() {
    }

    static void add(XWPFTableCell cell, QrCode code, boolean firstInCell) {
        XWPFParagraph p = cellParagraph(cell, firstInCell, ParagraphAlignment.CENTER);
        p.setSpacingBefore(ptToTwips(BODY_SIZE * 0.5));
        int side = Units.toEMU(mmToPt(QrCode.SIDE_MM));
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png(code)), Document.PICTURE_TYPE_PNG, "qr.png", side,
                    side);
        } catch (InvalidFormatException e) {
            throw new RenderingException("QR code image refused", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!code.caption().isEmpty()) {
            text(cellParagraph(cell, false, ParagraphAlignment.CENTER), code.caption(), RECIPIENT_SIZE, false, false,
                    false);
        }
    }

    static byte[] png(QrCode code) throws IOException {
        boolean[][] m = code.modules();
        int n = m.length * PIXELS_PER_MODULE;
        BufferedImage image = new BufferedImage(n, n, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                image.setRGB(x, y, m[y / PIXELS_PER_MODULE][x / PIXELS_PER_MODULE] ? 0x000000 : 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(2048);
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}

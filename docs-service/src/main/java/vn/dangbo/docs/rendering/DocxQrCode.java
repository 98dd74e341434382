package vn.dangbo.docs.rendering;

import static vn.dangbo.docs.rendering.DocxRuns.cellParagraph;
import static vn.dangbo.docs.rendering.DocxRuns.text;
import static vn.dangbo.docs.rendering.PartyFormat.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
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

    /**
     * A 1-bit greyscale PNG written directly (signature, IHDR, one deflated IDAT, IEND): ImageIO's general encoder
     * takes milliseconds per code, which a batch of 350 invitations would feel.
     */
    static byte[] png(QrCode code) throws IOException {
        boolean[][] m = code.modules();
        int n = m.length * PIXELS_PER_MODULE;
        int rowBytes = (n + 7) / 8;
        byte[] raw = new byte[(rowBytes + 1) * n];
        for (int y = 0; y < n; y++) {
            int at = y * (rowBytes + 1); // raw[at] = 0: no filter
            boolean[] modules = m[y / PIXELS_PER_MODULE];
            for (int x = 0; x < n; x++) {
                if (!modules[x / PIXELS_PER_MODULE]) { // 1 = white in greyscale
                    raw[at + 1 + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        ByteArrayOutputStream idat = new ByteArrayOutputStream(1024);
        try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_SPEED))) {
            z.write(raw);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(idat.size() + 64);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(n).putInt(n).put((byte) 1).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.write(ByteBuffer.allocate(4).putInt(data.length).array());
        out.write(name);
        out.write(data);
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

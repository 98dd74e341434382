package vn.dangbo.docs.rendering;

import io.nayuki.qrcodegen.QrCode.Ecc;
import java.util.Objects;

/**
 * A QR code of a text (an invitation's check-in token), printed in the closing's left column beside the signature,
 * where a letter lists "Nơi nhận", with its caption beneath (the short code for a manual entry). Both renderers
 * draw the same modules: the PDF as filled squares (vector), the DOCX as an embedded PNG.
 *
 * @param text    what the code holds, printed as given (never NFC-changed: a token is ASCII)
 * @param caption the line beneath it; may be empty
 */
public record QrCode(String text, String caption) implements Block {

    /** The printed side of the code, quiet zone included: large enough for a phone at arm's length. */
    static final double SIDE_MM = 30;
    /** The white margin round the symbol that a scanner needs (ISO/IEC 18004: 4 modules). */
    static final int QUIET_ZONE = 4;

    public QrCode {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a QR code needs a text");
        }
        caption = caption == null ? "" : caption;
    }

    /**
     * The symbol's modules (true = dark), quiet zone included. Medium error correction: a folded or lightly
     * soiled paper still scans, and a 43-character token stays at version 4.
     */
    public boolean[][] modules() {
        io.nayuki.qrcodegen.QrCode code = io.nayuki.qrcodegen.QrCode.encodeText(text, Ecc.MEDIUM);
        int n = code.size + 2 * QUIET_ZONE;
        boolean[][] m = new boolean[n][n];
        for (int y = 0; y < code.size; y++) {
            for (int x = 0; x < code.size; x++) {
                m[y + QUIET_ZONE][x + QUIET_ZONE] = code.getModule(x, y);
            }
        }
        return m;
    }
}

package vn.dangbo.docs.rendering;

import java.util.Objects;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The number line of a party document: {@code "Số 21-KH/ĐUK"} — sequence (at least two digits), the
 * document-type code (TB, KH, NQ, BC, QĐ, ...) and the issuer's code.
 */
public final class DocumentNumber {

    private DocumentNumber() {
    }

    /** {@code format(1, "TB", "ĐU")} is {@code "Số 01-TB/ĐU"}. */
    public static String format(int seq, String typeCode, String issuerCode) {
        return "Số " + symbol(seq, typeCode, issuerCode);
    }

    /** The number without the leading "Số ", e.g. {@code "01-TB/ĐU"}, as cited inside other documents. */
    public static String symbol(int seq, String typeCode, String issuerCode) {
        if (seq < 1) {
            throw new IllegalArgumentException("sequence must be at least 1: " + seq);
        }
        return String.format("%02d", seq) + "-" + code(typeCode, "typeCode") + "/" + code(issuerCode, "issuerCode");
    }

    private static String code(String code, String what) {
        Objects.requireNonNull(code, what);
        String c = VietnameseText.nfcStripped(code);
        if (c.isEmpty() || c.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + " must be a non-blank code without spaces: '" + code + "'");
        }
        return c;
    }
}

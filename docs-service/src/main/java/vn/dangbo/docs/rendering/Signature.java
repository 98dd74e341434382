package vn.dangbo.docs.rendering;

import java.util.Objects;

/**
 * The signature block, bottom right.
 *
 * @param authority  "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ", "T/L BAN THƯỜNG VỤ"; {@code null} when the signer
 *                   signs in their own capacity
 * @param position   "BÍ THƯ", "PHÓ BÍ THƯ", "CHÁNH VĂN PHÒNG"
 * @param signerName "Nguyễn Hữu Long"
 */
public record Signature(String authority, String position, String signerName) {

    public Signature {
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(signerName, "signerName");
    }
}

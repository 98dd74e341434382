package vn.dangbo.docs.rendering;

import java.util.Objects;

/**
 * The two-column heading block. Left: higher body (caps), issuing body (bold caps), "*", number line.
 * Right: "ĐẢNG CỘNG SẢN VIỆT NAM" with a rule, then the place and date (italic) level with the number.
 *
 * @param higherBody   e.g. "ĐẢNG BỘ TỈNH LÀO CAI"; {@code null} when the issuer has none to name
 * @param issuingBody  e.g. "ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH"
 * @param number       e.g. "Số 21-KH/ĐUK" (see {@link DocumentNumber}); {@code null} for none
 * @param placeAndDate e.g. "Lào Cai, ngày 10 tháng 5 năm 2024" (see {@link PartyDate}); {@code null} for none
 * @param mark         printed in the right column where a dated document has its place and date, for a paper
 *                     that has none: a ballot's serial; {@code null} for none
 */
public record Header(String higherBody, String issuingBody, String number, String placeAndDate, String mark) {

    public Header {
        Objects.requireNonNull(issuingBody, "issuingBody");
    }

    /** The header of an ordinary document: no mark. */
    public Header(String higherBody, String issuingBody, String number, String placeAndDate) {
        this(higherBody, issuingBody, number, placeAndDate, null);
    }
}

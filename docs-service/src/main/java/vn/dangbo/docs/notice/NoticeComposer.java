package vn.dangbo.docs.notice;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.dangbo.docs.rendering.Block;
import vn.dangbo.docs.rendering.DocumentNumber;
import vn.dangbo.docs.rendering.Header;
import vn.dangbo.docs.rendering.Orientation;
import vn.dangbo.docs.rendering.Paragraph;
import vn.dangbo.docs.rendering.PartyDate;
import vn.dangbo.docs.rendering.PartyDocument;
import vn.dangbo.docs.rendering.Run;
import vn.dangbo.docs.rendering.Signature;

/**
 * Writes the notice (THÔNG BÁO) that a congress will be held, in the name of the organisation convening it.
 * Plain Java: all text in NFC Vietnamese; the renderer sets the capitals of header and signature.
 */
public final class NoticeComposer {

    /** The type code of a notice in its number line. */
    public static final String TYPE_CODE = "TB";
    public static final String TYPE_NAME = "THÔNG BÁO";
    /** The header's upper line when the convener has no higher body to name. */
    public static final String FALLBACK_HIGHER_BODY = "ĐẢNG BỘ TỈNH";

    private static final String PARTY_COMMITTEE = "Đảng bộ ";
    private static final String CELL = "Chi bộ ";

    private final String place;
    private final String signerName;

    /**
     * @param place      the place of the date line, e.g. Lào Cai
     * @param signerName the secretary's name under the signature; blank leaves the line for a handwritten name
     */
    public NoticeComposer(String place, String signerName) {
        this.place = nfc(place);
        this.signerName = signerName == null ? "" : nfc(signerName.strip());
    }

    /** The issuer's code in the document symbol: the registry's short code, else ĐU for a committee, CB for a cell. */
    public static String issuerCode(CongressNotice notice) {
        String code = notice.convenerShortCode();
        if (code != null && !code.isBlank()) {
            return nfc(code.strip()).replaceAll("\\s+", "");
        }
        return isCell(notice.convenerName()) ? "CB" : "ĐU";
    }

    /** The document title as listed: {@code Thông báo về việc tổ chức Đại hội Chi bộ I nhiệm kỳ 2020-2022}. */
    public static String title(CongressNotice notice) {
        return "Thông báo " + lowerFirst(summary(notice));
    }

    static String summary(CongressNotice notice) {
        return "Về việc tổ chức Đại hội " + nfc(notice.organisationName()) + " nhiệm kỳ " + notice.term();
    }

    /**
     * The issuing body of the header: a party organisation (đảng bộ) issues through its committee (đảng ủy),
     * a cell (chi bộ) in its own name.
     */
    static String issuingBody(String convenerName) {
        String name = nfc(convenerName.strip());
        if (name.regionMatches(true, 0, PARTY_COMMITTEE, 0, PARTY_COMMITTEE.length())) {
            return "Đảng ủy " + name.substring(PARTY_COMMITTEE.length());
        }
        return name;
    }

    /**
     * @param symbol the allocated number as cited, e.g. {@code 01-TB/ĐU} (see {@link DocumentNumber#symbol})
     */
    public PartyDocument compose(CongressNotice notice, String symbol) {
        String organisation = nfc(notice.organisationName());
        String issuingBody = issuingBody(notice.convenerName());
        boolean cellIssuer = isCell(notice.convenerName());
        String higherBody = notice.higherBodyName() == null || notice.higherBodyName().isBlank()
                ? FALLBACK_HIGHER_BODY : nfc(notice.higherBodyName());
        Header header = new Header(higherBody, issuingBody, "Số " + symbol,
                PartyDate.placeAndDate(place, notice.issuedOn()));

        String announcer = cellIssuer ? issuingBody : "Ban Thường vụ " + issuingBody;
        String addressee = notice.ownCongress()
                ? (cellIssuer ? "các đồng chí đảng viên trong chi bộ" : "các đồng chí cấp ủy viên và các bộ phận giúp việc của cấp ủy")
                : organisation;
        String congress = "Đại hội " + organisation + " nhiệm kỳ " + notice.term();

        List<Block> body = new ArrayList<>();
        body.add(Paragraph.of(Run.plain("Thực hiện kế hoạch tổ chức đại hội đảng bộ, chi bộ nhiệm kỳ " + notice.term()
                + ", " + announcer + " thông báo việc tổ chức "), Run.bold(congress), Run.plain(" như sau:")));
        String form = "1. Hình thức: " + kindText(notice.kind()) + ".";
        if (notice.pilot()) {
            form += " Đây là đại hội điểm, được tổ chức trước để rút kinh nghiệm chỉ đạo đại hội các chi bộ, đảng bộ khác.";
        }
        body.add(Paragraph.of(form));
        body.add(Paragraph.of("2. Thời gian: " + when(notice) + "."));
        body.add(Paragraph.of("3. Công tác chuẩn bị: đề nghị " + addressee
                + " chuẩn bị đầy đủ văn kiện đại hội (báo cáo chính trị, báo cáo kiểm điểm của cấp ủy), phương án nhân sự "
                + "cấp ủy nhiệm kỳ " + notice.term() + " và các điều kiện bảo đảm theo đúng kế hoạch; báo cáo "
                + announcer + " kết quả chuẩn bị trước khi tiến hành đại hội."));
        body.add(Paragraph.of("Nhận được thông báo này, đề nghị " + addressee + " khẩn trương triển khai thực hiện./."));

        Signature signature = new Signature(cellIssuer ? "T/M CHI BỘ" : "T/M BAN THƯỜNG VỤ", "BÍ THƯ", signerName);
        List<String> recipients = List.of("Như trên,", cellIssuer ? "Lưu hồ sơ chi bộ." : "Lưu Văn phòng.");
        return new PartyDocument(header, TYPE_NAME, List.of(summary(notice)), body, signature, recipients,
                Orientation.PORTRAIT);
    }

    static String kindText(CongressNotice.Kind kind) {
        return switch (kind) {
            case ALL_MEMBER -> "đại hội toàn thể đảng viên";
            case DELEGATE -> "đại hội đại biểu";
        };
    }

    /** {@code ngày 20 tháng 3 năm 2020 (01 ngày)}, or {@code từ ngày ... đến ngày ... (02 ngày)}. */
    static String when(CongressNotice notice) {
        int days = Math.max(1, notice.days());
        String duration = " (" + String.format(Locale.ROOT, "%02d", days) + " ngày)";
        if (days == 1 || notice.endDate().equals(notice.startDate())) {
            return PartyDate.date(notice.startDate()) + duration;
        }
        return "từ " + PartyDate.date(notice.startDate()) + " đến " + PartyDate.date(notice.endDate()) + duration;
    }

    private static boolean isCell(String name) {
        return nfc(name.strip()).regionMatches(true, 0, CELL, 0, CELL.length());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.forLanguageTag("vi")) + s.substring(1);
    }

    private static String nfc(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}

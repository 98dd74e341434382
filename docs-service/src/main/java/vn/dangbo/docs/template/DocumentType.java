package vn.dangbo.docs.template;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The document types the service issues, each with one template ({@code templates/docs/<slug>.txt}) that
 * produces both the DOCX and the PDF. {@code code} is the type code of the number line (Số 01-KH/ĐUK).
 */
public enum DocumentType {
    PLAN("plan", "KH", "Kế hoạch"),
    DECISION("decision", "QĐ", "Quyết định"),
    SUBMISSION("submission", "TTr", "Tờ trình"),
    MINUTES("minutes", "BB", "Biên bản"),
    REPORT("report", "BC", "Báo cáo"),
    RESOLUTION("resolution", "NQ", "Nghị quyết"),
    PROGRAMME("programme", "CTr", "Chương trình"),
    NOTICE("notice", "TB", "Thông báo"),
    INVITATION("invitation", "GM", "Giấy mời"),
    CERTIFICATE("certificate", "GK", "Giấy khen"),
    BALLOT("ballot", "PB", "Phiếu bầu"),
    ATTENDEE_LIST("attendee-list", "DS", "Danh sách"),
    SCHEDULE("schedule", "LTĐ", "Lịch thi đấu");

    private final String slug;
    private final String code;
    private final String label;

    DocumentType(String slug, String code, String label) {
        this.slug = slug;
        this.code = code;
        this.label = label;
    }

    /** The API name and template file name, e.g. {@code plan}. */
    public String slug() {
        return slug;
    }

    /** The code of the number line, e.g. {@code KH}. */
    public String code() {
        return code;
    }

    /** The Vietnamese name, e.g. Kế hoạch. */
    public String label() {
        return label;
    }

    /** By slug ({@code plan}) or type code ({@code KH}), ignoring case. */
    public static Optional<DocumentType> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = VietnameseText.nfcStripped(name);
        return Arrays.stream(values())
                .filter(t -> t.slug.equalsIgnoreCase(n) || t.code.toUpperCase(Locale.ROOT).equals(n.toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    /** {@code plan (KH), decision (QĐ), ...} for error messages. */
    public static String known() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.slug + " (" + t.code + ")").toList());
    }
}

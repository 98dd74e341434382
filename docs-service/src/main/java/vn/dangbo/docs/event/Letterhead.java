package vn.dangbo.docs.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.event.EventData.HigherBody;
import vn.dangbo.docs.event.EventData.Issuer;
import vn.dangbo.docs.event.EventData.Signature;
import vn.dangbo.docs.notice.CongressNoticeValues;
import vn.dangbo.docs.numbering.NumberRun;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The bloc committee's letterhead on the gatherings' and the tournament's documents, as on the awards': the higher
 * body above "Đảng ủy Khối ...", each type numbered in the committee's own run and term, signed for its standing
 * committee by the secretary unless the event names who signs. Plain Java.
 */
final class Letterhead {

    private final String place;
    private final String signerName;

    /**
     * @param place      the place of the date line, e.g. Lào Cai
     * @param signerName the secretary's name under the signature; blank leaves the line for a handwritten name
     */
    Letterhead(String place, String signerName) {
        this.place = place;
        this.signerName = signerName == null ? "" : signerName.strip();
    }

    TemplateIssue issue(DocumentType type, Issuer issuer, HigherBody higherBody, String relatedTo,
            Map<String, Object> data, String title, String sourceEventId, LocalDate date, String createdBy) {
        String higher = higherBody == null || higherBody.name() == null || higherBody.name().isBlank()
                ? CongressNoticeValues.FALLBACK_HIGHER_BODY : higherBody.name();
        TemplateIssue.Issuer by = new TemplateIssue.Issuer(issuer.id(), issuer.name(), header(issuer),
                CongressNoticeValues.issuerCode(issuer.shortCode(), issuer.cell()), higher);
        return new TemplateIssue(type, by, issuer.term(), NumberRun.key(type.code(), null), relatedTo, sourceEventId,
                date, place, title, data, createdBy);
    }

    /** Who signs: the event's signature when it names one, else the standing committee's secretary. */
    Map<String, Object> signature(Issuer issuer, Signature given) {
        if (given != null && given.position() != null && !given.position().isBlank()) {
            return Map.of("authority", given.authority() == null ? "" : given.authority(),
                    "position", given.position(), "name", given.name() == null ? signerName : given.name());
        }
        return Map.of("authority", issuer.cell() ? "T/M CHI BỘ" : "T/M BAN THƯỜNG VỤ", "position", "BÍ THƯ",
                "name", signerName);
    }

    /** The issuing body of the header: a committee through its đảng ủy (Đảng ủy Khối ...), a cell in its name. */
    static String header(Issuer issuer) {
        return CongressNoticeValues.issuingBody(issuer.name(), issuer.cell());
    }

    /** Who invites and announces: the committee's standing committee (Ban Thường vụ Đảng ủy Khối ...). */
    static String authority(Issuer issuer) {
        return issuer.cell() ? header(issuer) : "Ban Thường vụ " + header(issuer);
    }

    /** "08 giờ 00 phút". */
    static String clock(LocalTime t) {
        return String.format("%02d giờ %02d phút", t.getHour(), t.getMinute());
    }

    /** "thứ Sáu, ngày 10 tháng 5 năm 2024". */
    static String day(LocalDate date) {
        return weekday(date.getDayOfWeek()) + ", " + vn.dangbo.docs.rendering.PartyDate.date(date);
    }

    /** "04/5/2024", as a list or table prints a date. */
    static String shortDate(LocalDate date) {
        return String.format("%02d/%d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    static String weekday(DayOfWeek d) {
        return switch (d) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }

    static String caps(String s) {
        return VietnameseText.nfc(s.toUpperCase(VietnameseText.VIETNAMESE));
    }
}

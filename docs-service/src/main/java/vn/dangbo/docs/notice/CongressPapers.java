package vn.dangbo.docs.notice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.numbering.NumberRun;
import vn.dangbo.docs.rendering.PartyDate;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The programme (CTr) and the attendee list (DS) of a scheduled congress, as the {@code programme} and
 * {@code attendee-list} templates' values, built from the event's own data (the agenda, the members expected): the
 * contract is congress-service's schema, not its Java. Both are documents of the congress, so they are numbered in
 * the congress' run (see {@link NumberRun}), in the name of the convener, like the notice. Plain Java.
 */
public final class CongressPapers {

    /** The presidium leads every item of a congress' agenda. */
    static final String PRESIDIUM = "Đoàn Chủ tịch";

    private final String place;
    private final String signerName;

    /**
     * @param place      the place of the date line, e.g. Lào Cai
     * @param signerName the secretary's name under the signature; blank leaves the line for a handwritten name
     */
    public CongressPapers(String place, String signerName) {
        this.place = place;
        this.signerName = signerName == null ? "" : signerName.strip();
    }

    /** One item of the congress' agenda as the event numbers it. */
    public record AgendaItem(int number, String text) {

        public AgendaItem {
            text = VietnameseText.nfcStripped(Objects.requireNonNull(text, "text"));
        }
    }

    /** A member expected at an all-member congress. */
    public record Attendee(String fullName, boolean probationary, String cellName) {

        public Attendee {
            fullName = VietnameseText.nfcStripped(Objects.requireNonNull(fullName, "fullName"));
            cellName = VietnameseText.nfcStripped(Objects.requireNonNull(cellName, "cellName"));
        }
    }

    /** The programme: the agenda as its rows, in the event's order, each led by the presidium. */
    public TemplateIssue programme(CongressNotice congress, List<AgendaItem> agenda, String sourceEventId,
            String createdBy) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (AgendaItem item : agenda) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("time", ""); // the agenda sets the order, not the hours: the office writes them in
            row.put("content", item.number() + ". " + item.text());
            row.put("by", PRESIDIUM);
            items.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Đại hội " + congress.organisationName() + " nhiệm kỳ " + congress.term());
        data.put("preamble", List.of("Thời gian: " + days(congress) + "."));
        data.put("items", items);
        data.put("blocks", List.of());
        data.put("signature", signature(congress));
        data.put("recipients", List.of("Đại biểu dự đại hội,", filing(congress)));
        return issue(DocumentType.PROGRAMME, congress, data, sourceEventId, createdBy);
    }

    /** The attendee list: each member with their status and cell; a probationary member noted as such. */
    public TemplateIssue attendeeList(CongressNotice congress, List<Attendee> attendees, String sourceEventId,
            String createdBy) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Attendee attendee : attendees) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", attendee.fullName());
            row.put("position", (attendee.probationary() ? "Đảng viên dự bị, " : "Đảng viên chính thức, ")
                    + attendee.cellName());
            row.put("note", attendee.probationary() ? "Dự bị" : "");
            rows.add(row);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Đảng viên dự Đại hội " + congress.organisationName() + " nhiệm kỳ " + congress.term());
        data.put("attendees", rows);
        data.put("signature", signature(congress));
        data.put("recipients", List.of(filing(congress)));
        return issue(DocumentType.ATTENDEE_LIST, congress, data, sourceEventId, createdBy);
    }

    private TemplateIssue issue(DocumentType type, CongressNotice congress, Map<String, Object> data,
            String sourceEventId, String createdBy) {
        String higherBody = congress.higherBodyName() == null || congress.higherBodyName().isBlank()
                ? CongressNoticeValues.FALLBACK_HIGHER_BODY : congress.higherBodyName();
        TemplateIssue.Issuer issuer = new TemplateIssue.Issuer(congress.convenerId(), congress.convenerName(),
                CongressNoticeValues.issuingBody(congress), CongressNoticeValues.issuerCode(congress), higherBody);
        return new TemplateIssue(type, issuer, congress.term(), NumberRun.key(type.code(), congress.congressId()),
                congress.congressId().toString(), sourceEventId, congress.issuedOn(), place, null, data, createdBy);
    }

    private Map<String, Object> signature(CongressNotice congress) {
        Map<String, Object> signature = new LinkedHashMap<>();
        signature.put("authority", congress.convenerIsCell() ? "T/M CHI BỘ" : "T/M BAN THƯỜNG VỤ");
        signature.put("position", "BÍ THƯ");
        signature.put("name", signerName);
        return signature;
    }

    private static String filing(CongressNotice congress) {
        return congress.convenerIsCell() ? "Lưu hồ sơ chi bộ." : "Lưu Văn phòng.";
    }

    private static String days(CongressNotice congress) {
        if (congress.days() > 1 && !congress.endDate().equals(congress.startDate())) {
            return "từ " + PartyDate.date(congress.startDate()) + " đến " + PartyDate.date(congress.endDate());
        }
        return PartyDate.date(congress.startDate());
    }
}

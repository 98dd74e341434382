package vn.dangbo.docs.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.event.EventData.AttendanceClosed;
import vn.dangbo.docs.event.EventData.Attendee;
import vn.dangbo.docs.event.EventData.Gathering;
import vn.dangbo.docs.event.EventData.GroupCount;
import vn.dangbo.docs.event.EventData.Invitation;
import vn.dangbo.docs.event.EventData.InvitationsRequested;
import vn.dangbo.docs.event.EventData.ProgrammeItem;
import vn.dangbo.docs.event.EventData.ProgrammePublished;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The documents of the seminar and the meeting as template values: the invitations (giấy mời, one numbered batch
 * of individually addressed copies, each with the QR code of its invitee's token), the programme (chương trình) and
 * the attendee list (danh sách đại biểu), all in the bloc committee's name. Plain Java.
 */
public final class GatheringPapers {

    /** The characters of the token printed under its QR code, for an entry by hand when the code will not scan. */
    static final int SHORT_CODE_LENGTH = 8;

    private final Letterhead letterhead;

    public GatheringPapers(String place, String signerName) {
        this.letterhead = new Letterhead(place, signerName);
    }

    /** One batch: the document (GM, relatedTo = the batch) and one addressee per invitation, in the event's order. */
    public record InvitationBatch(TemplateIssue issue, List<Map<String, Object>> copies) {
    }

    public InvitationBatch invitations(InvitationsRequested requested, String sourceEventId, LocalDate on,
            String createdBy) {
        Gathering event = requested.event();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inviter", Letterhead.authority(requested.issuer()));
        data.put("event", VietnameseText.nfcStripped(event.title()));
        data.put("time", when(event));
        data.put("place", VietnameseText.nfcStripped(event.venue()));
        data.put("note", "Đề nghị đồng chí mang theo giấy mời này: mã QR in ở cuối giấy mời dùng để điểm danh khi đến dự.");
        data.put("signature", letterhead.signature(requested.issuer(), requested.signature()));
        List<Map<String, Object>> copies = new ArrayList<>();
        for (Invitation i : requested.invitations()) {
            Map<String, Object> addressee = new LinkedHashMap<>();
            addressee.put("name", "Đồng chí " + VietnameseText.nfcStripped(i.name()));
            String position = position(i.title(), i.organisation());
            if (!position.isEmpty()) {
                addressee.put("position", position);
            }
            addressee.put("roles", String.join("; ", i.roles().stream().map(VietnameseText::nfcStripped).toList()));
            addressee.put("qr", i.token());
            addressee.put("code", shortCode(i.token()));
            copies.add(addressee);
        }
        TemplateIssue issue = letterhead.issue(DocumentType.INVITATION, requested.issuer(), requested.higherBody(),
                requested.batchId().toString(), data, "Giấy mời dự " + VietnameseText.nfcStripped(event.title()) + " ("
                        + copies.size() + " đại biểu)", sourceEventId, on, createdBy);
        return new InvitationBatch(issue, copies);
    }

    /** The programme: its items in order, and under the items that carry them their lines (the award recipients). */
    public TemplateIssue programme(ProgrammePublished published, String sourceEventId, LocalDate on,
            String createdBy) {
        Gathering event = published.event();
        List<ProgrammeItem> items = published.items().stream()
                .sorted(java.util.Comparator.comparingInt(ProgrammeItem::order)).toList();
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (ProgrammeItem item : items) {
            rows.add(List.of(String.valueOf(item.order()), VietnameseText.nfcStripped(item.title()),
                    item.performer() == null ? "" : VietnameseText.nfcStripped(item.performer())));
        }
        blocks.add(Map.of("table", table(List.of("TT", "Nội dung", "Người thực hiện"), List.of(1, 8, 4), rows)));
        for (ProgrammeItem item : items) {
            if (item.lines().isEmpty()) {
                continue;
            }
            blocks.add(Map.of("heading", item.order() + ". " + VietnameseText.nfcStripped(item.title())));
            List<List<String>> lines = new ArrayList<>();
            for (String line : item.lines()) {
                lines.add(List.of(String.valueOf(lines.size() + 1), VietnameseText.nfcStripped(line)));
            }
            blocks.add(Map.of("table", table(List.of("STT", "AWARDS".equals(item.kind())
                    ? "Tập thể, cá nhân được khen thưởng" : "Nội dung"), List.of(1, 12), lines)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", VietnameseText.nfcStripped(event.title()));
        data.put("preamble", List.of("Thời gian: " + when(event) + ".", "Địa điểm: " + VietnameseText.nfcStripped(event.venue())
                + "."));
        data.put("blocks", blocks);
        data.put("signature", letterhead.signature(published.issuer(), null));
        return letterhead.issue(DocumentType.PROGRAMME, published.issuer(), published.higherBody(),
                published.publicationId().toString(), data, "Chương trình " + VietnameseText.nfcStripped(event.title()),
                sourceEventId, on, createdBy);
    }

    /**
     * The attendee list: the counts per group (a person in several groups counts in each, once in the totals), then
     * the attendees by group, each listed once, under the first of their groups in the groups' order; their other
     * roles, or whose seat they took, in the note.
     */
    public TemplateIssue attendeeList(AttendanceClosed closed, String sourceEventId, LocalDate on, String createdBy) {
        Gathering event = closed.event();
        List<Map<String, Object>> blocks = new ArrayList<>();
        List<List<String>> counts = new ArrayList<>();
        for (GroupCount g : closed.groups()) {
            counts.add(List.of(VietnameseText.nfcStripped(g.label()), String.valueOf(g.invited()), String.valueOf(g.accepted()),
                    String.valueOf(g.checkedIn())));
        }
        counts.add(List.of("Tổng số (mỗi người tính một lần)", String.valueOf(closed.invited()),
                String.valueOf(closed.accepted()), String.valueOf(closed.checkedIn())));
        blocks.add(Map.of("text", "Số đại biểu dự kiến: " + closed.plannedCount() + "; được mời: " + closed.invited()
                + "; nhận lời: " + closed.accepted() + "; có mặt: " + closed.checkedIn() + "."));
        blocks.add(Map.of("table", table(List.of("Thành phần", "Được mời", "Nhận lời", "Có mặt"), List.of(8, 2, 2, 2),
                counts)));

        Map<String, List<Attendee>> byGroup = new LinkedHashMap<>();
        for (GroupCount g : closed.groups()) {
            byGroup.put(VietnameseText.nfcStripped(g.label()), new ArrayList<>());
        }
        List<Attendee> others = new ArrayList<>();
        for (Attendee a : closed.attendees()) {
            String first = a.roles().stream().map(VietnameseText::nfcStripped).filter(byGroup::containsKey)
                    .min(java.util.Comparator.comparingInt(label -> indexOf(byGroup, label))).orElse(null);
            (first == null ? others : byGroup.get(first)).add(a);
        }
        int section = 0;
        for (Map.Entry<String, List<Attendee>> group : byGroup.entrySet()) {
            if (!group.getValue().isEmpty()) {
                blocks.addAll(section(++section, group.getKey(), group.getValue()));
            }
        }
        if (!others.isEmpty()) {
            blocks.addAll(section(++section, "Đại biểu khác", others));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Đại biểu dự " + VietnameseText.nfcStripped(event.title()));
        data.put("blocks", blocks);
        data.put("signature", letterhead.signature(closed.issuer(), null));
        return letterhead.issue(DocumentType.ATTENDEE_LIST, closed.issuer(), closed.higherBody(),
                event.id().toString(), data, "Danh sách đại biểu dự " + VietnameseText.nfcStripped(event.title()) + " ("
                        + closed.checkedIn() + " đại biểu)", sourceEventId, on, createdBy);
    }

    private static List<Map<String, Object>> section(int number, String label, List<Attendee> attendees) {
        List<List<String>> rows = new ArrayList<>();
        for (Attendee a : attendees) {
            rows.add(List.of(String.valueOf(rows.size() + 1), VietnameseText.nfcStripped(a.name()),
                    position(a.title(), a.organisation()), note(a, label)));
        }
        return List.of(Map.of("heading", roman(number) + ". " + label + " (" + attendees.size() + " đại biểu)"),
                Map.of("table", table(List.of("TT", "Họ và tên", "Chức vụ, đơn vị", "Ghi chú"), List.of(1, 5, 7, 4),
                        rows)));
    }

    private static String note(Attendee a, String listedUnder) {
        List<String> notes = new ArrayList<>();
        if (a.substituteFor() != null && !a.substituteFor().isBlank()) {
            notes.add("Dự thay đồng chí " + VietnameseText.nfcStripped(a.substituteFor()));
        }
        List<String> also = a.roles().stream().map(VietnameseText::nfcStripped).filter(r -> !r.equals(listedUnder)).toList();
        if (!also.isEmpty()) {
            notes.add("Đồng thời: " + String.join("; ", also));
        }
        return String.join(". ", notes);
    }

    private static int indexOf(Map<String, ?> map, String key) {
        return new ArrayList<>(map.keySet()).indexOf(key);
    }

    /** "08 giờ 00 phút đến 11 giờ 30 phút, thứ Sáu, ngày 10 tháng 5 năm 2024". */
    static String when(Gathering event) {
        return Letterhead.clock(LocalTime.parse(event.startsAt())) + " đến " + Letterhead.clock(LocalTime.parse(
                event.endsAt())) + ", " + Letterhead.day(LocalDate.parse(event.date()));
    }

    /** "Bí thư, Chi bộ Phòng Kế toán": title and organisation as far as they are known. */
    static String position(String title, String organisation) {
        String t = title == null ? "" : VietnameseText.nfcStripped(title);
        String o = organisation == null ? "" : VietnameseText.nfcStripped(organisation);
        if (t.isEmpty() || o.isEmpty()) {
            return t + o;
        }
        return t + ", " + o;
    }

    /** The token's first characters, as the door's manual entry takes them. */
    static String shortCode(String token) {
        return token.substring(0, Math.min(SHORT_CODE_LENGTH, token.length()));
    }

    static Map<String, Object> table(List<String> header, List<Integer> widths, List<List<String>> rows) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("widths", widths);
        table.put("header", header);
        table.put("rows", rows);
        return table;
    }

    static String roman(int n) {
        String[] numerals = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return n < numerals.length ? numerals[n] : String.valueOf(n);
    }
}

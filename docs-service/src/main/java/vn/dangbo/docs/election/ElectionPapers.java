package vn.dangbo.docs.election;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.election.ElectionEventData.Congress;
import vn.dangbo.docs.election.ElectionEventData.Convener;
import vn.dangbo.docs.election.ElectionEventData.ElectionResult;
import vn.dangbo.docs.election.ElectionEventData.HigherBody;
import vn.dangbo.docs.election.ElectionEventData.ResultDeclared;
import vn.dangbo.docs.election.ElectionEventData.ResultsSubmitted;
import vn.dangbo.docs.election.ElectionEventData.Teller;
import vn.dangbo.docs.numbering.NumberRun;
import vn.dangbo.docs.rendering.PartyDate;
import vn.dangbo.docs.template.DocumentType;

/**
 * The documents of a congress' results, as the {@code minutes} and {@code submission} templates' values: the
 * counting minutes of one ballot (biên bản kiểm phiếu), the submission asking the higher committee to approve the
 * results (tờ trình đề nghị chuẩn y) and the election part of the congress minutes. All are the congress' documents,
 * numbered in its run (see {@link NumberRun}) in the convener's name, like its programme. Every figure is the
 * event's: nothing is computed here but the wording. Plain Java.
 */
public final class ElectionPapers {

    private final String place;
    private final String signerName;

    /**
     * @param place      the place of the date line, e.g. Lào Cai
     * @param signerName the secretary's name under the submission's signature; blank leaves the line for a
     *                   handwritten name
     */
    public ElectionPapers(String place, String signerName) {
        this.place = place;
        this.signerName = signerName == null ? "" : signerName.strip();
    }

    /** The counting minutes of one ballot, signed for the counting committee by its head. */
    public TemplateIssue countingMinutes(ResultDeclared result, String sourceEventId, ZonedDateTime declaredAt,
            String createdBy) {
        Convener holder = result.congress().holder(result.convener());
        String body = ElectionNames.body(result.election(), holder,
                result.congress().holderHigher(result.convener(), result.higherBody()));
        String round = result.election().roundNo() > 1 ? " (bầu lần thứ " + result.election().roundNo() + ")" : "";
        List<Map<String, Object>> blocks = new ArrayList<>();
        ElectionResult figures = new ElectionResult(result.election(), result.figures(), result.base(),
                result.candidates(), result.vacantSeats(), result.logLastHash());
        ResultBlocks.of(figures, result.congress().delegate(), result.tie(), result.note(), blocks);
        blocks.add(Map.of("text", "Biên bản được lập xong lúc " + clock(declaredAt) + ", đã đọc lại cho Ban kiểm phiếu "
                + "cùng nghe và nhất trí ký tên."));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Kiểm phiếu bầu " + body + " nhiệm kỳ " + result.congress().term() + round);
        data.put("time", clock(declaredAt));
        data.put("place", ElectionNames.meeting(result.election(), holder));
        data.put("attendance", "Ban kiểm phiếu gồm các đồng chí: " + tellers(result.tellers()));
        data.put("blocks", blocks);
        Teller head = head(result.tellers());
        data.put("signature", Map.of("authority", "T/M BAN KIỂM PHIẾU", "position", "TRƯỞNG BAN",
                "name", head == null ? "" : head.fullName()));
        data.put("recipients", List.of("Đoàn Chủ tịch Đại hội,", "Lưu hồ sơ Đại hội."));
        return issue(DocumentType.MINUTES, result.congress(), result.convener(), result.higherBody(), data,
                "Biên bản kiểm phiếu bầu " + body + " nhiệm kỳ " + result.congress().term() + round, sourceEventId,
                declaredAt.toLocalDate(), createdBy);
    }

    /** The submission asking the higher committee to approve (chuẩn y) every result of the congress. */
    public TemplateIssue submission(ResultsSubmitted submitted, String sourceEventId, LocalDate date,
            String createdBy) {
        // from the organisation whose congress it is to the body directly above it, which approves (as
        // congress-service's approval requires): a cell under a committee submits to that committee, not to the
        // committee's higher body
        Convener holder = submitted.congress().holder(submitted.convener());
        HigherBody holderHigher = submitted.congress().holderHigher(submitted.convener(), submitted.higherBody());
        String congress = "Đại hội " + holder.name() + " nhiệm kỳ " + submitted.congress().term();
        String addressee = ElectionNames.approvingBody(holderHigher);
        List<Map<String, Object>> blocks = new ArrayList<>();
        int n = 0;
        for (ElectionResult result : submitted.results()) {
            n++;
            String body = ElectionNames.body(result.election(), holder, holderHigher);
            blocks.add(Map.of("heading", n + ". Kết quả bầu " + body + round(result)));
            ResultBlocks.electedOnly(result, submitted.congress().delegate(), blocks);
        }
        blocks.add(Map.of("text", ElectionNames.issuingBody(holder) + " kính đề nghị " + addressee
                + " xem xét, chuẩn y kết quả bầu cử tại " + congress + " nêu trên./."));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Đề nghị chuẩn y kết quả bầu cử tại " + congress);
        data.put("addressee", addressee);
        data.put("preamble", List.of("Căn cứ Điều lệ Đảng và Quy chế bầu cử trong Đảng;",
                "Căn cứ các biên bản kiểm phiếu của Ban kiểm phiếu tại " + congress + ";",
                ElectionNames.issuingBody(holder) + " báo cáo kết quả bầu cử như sau:"));
        data.put("blocks", blocks);
        data.put("signature", signature(holder));
        data.put("recipients", List.of("Như trên,", filing(holder)));
        return issue(DocumentType.SUBMISSION, submitted.congress(), holder, holderHigher, data,
                "Tờ trình đề nghị chuẩn y kết quả bầu cử tại " + congress, sourceEventId, date, createdBy);
    }

    /** The congress minutes' election part: every ballot of the congress, its figures and its result. */
    public TemplateIssue congressMinutes(ResultsSubmitted submitted, String sourceEventId, LocalDate date,
            String createdBy) {
        Convener convener = submitted.convener();
        Convener holder = submitted.congress().holder(convener);
        HigherBody holderHigher = submitted.congress().holderHigher(convener, submitted.higherBody());
        String congress = "Đại hội " + holder.name() + " nhiệm kỳ " + submitted.congress().term();
        List<Map<String, Object>> blocks = new ArrayList<>();
        int n = 0;
        for (ElectionResult result : submitted.results()) {
            n++;
            String body = ElectionNames.body(result.election(), holder, holderHigher);
            blocks.add(Map.of("heading", n + ". Bầu " + body + round(result)));
            ResultBlocks.of(result, submitted.congress().delegate(), null, null, blocks);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", congress + " (phần bầu cử)");
        data.put("time", days(submitted.congress()));
        data.put("place", "Đại hội " + convener.name());
        data.put("blocks", blocks);
        data.put("signature", Map.of("authority", "", "position", "T/M ĐOÀN CHỦ TỊCH", "name", ""));
        data.put("recipients", List.of(ElectionNames.approvingBody(holderHigher) + ",",
                "Lưu hồ sơ Đại hội."));
        return issue(DocumentType.MINUTES, submitted.congress(), convener, submitted.higherBody(), data,
                "Biên bản " + congress + " (phần bầu cử)", sourceEventId, date, createdBy);
    }

    private TemplateIssue issue(DocumentType type, Congress congress, Convener convener, HigherBody higherBody,
            Map<String, Object> data, String title, String sourceEventId, LocalDate date, String createdBy) {
        return new TemplateIssue(type, ElectionNames.issuer(convener, higherBody), congress.term(),
                NumberRun.key(type.code(), congress.id()), congress.id().toString(), sourceEventId, date, place,
                title, data, createdBy);
    }

    private Map<String, Object> signature(Convener convener) {
        return Map.of("authority", convener.cell() ? "T/M CHI BỘ" : "T/M BAN CHẤP HÀNH", "position", "BÍ THƯ",
                "name", signerName);
    }

    private static String filing(Convener convener) {
        return convener.cell() ? "Lưu hồ sơ chi bộ." : "Lưu Văn phòng.";
    }

    private static String round(ElectionResult result) {
        return result.election().roundNo() > 1 ? " (bầu lần thứ " + result.election().roundNo() + ")" : "";
    }

    /** "A (Trưởng ban), B (Ủy viên)". */
    static String tellers(List<Teller> tellers) {
        List<String> named = new ArrayList<>();
        for (Teller t : tellers) {
            named.add(t.fullName() + (t.role() == null || t.role().isBlank() ? "" : " (" + t.role() + ")"));
        }
        return named.isEmpty() ? "(không ghi)" : String.join(", ", named);
    }

    /** The head of the counting committee signs its minutes: the teller whose role says so, else the first. */
    static Teller head(List<Teller> tellers) {
        for (Teller t : tellers) {
            if (t.role() != null && t.role().toLowerCase(java.util.Locale.ROOT).contains("trưởng")) {
                return t;
            }
        }
        return tellers.isEmpty() ? null : tellers.get(0);
    }

    private static String clock(ZonedDateTime at) {
        return String.format("%02d giờ %02d phút, %s", at.getHour(), at.getMinute(), PartyDate.date(at.toLocalDate()));
    }

    private static String days(Congress congress) {
        if (congress.endDate() != null && !congress.endDate().equals(congress.startDate())) {
            return "từ " + PartyDate.date(LocalDate.parse(congress.startDate())) + " đến "
                    + PartyDate.date(LocalDate.parse(congress.endDate()));
        }
        return PartyDate.date(LocalDate.parse(congress.startDate()));
    }
}

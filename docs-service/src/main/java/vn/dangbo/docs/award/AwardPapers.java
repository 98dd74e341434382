package vn.dangbo.docs.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.docs.award.AwardEventData.AwardDecided;
import vn.dangbo.docs.award.AwardEventData.AwardProposed;
import vn.dangbo.docs.award.AwardEventData.Form;
import vn.dangbo.docs.award.AwardEventData.HigherBody;
import vn.dangbo.docs.award.AwardEventData.Issuer;
import vn.dangbo.docs.award.AwardEventData.Recipient;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.notice.CongressNoticeValues;
import vn.dangbo.docs.numbering.NumberRun;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The documents of an award, as the {@code decision}, {@code certificate} and {@code submission} templates' values:
 * the decision (quyết định khen thưởng) with its annexed list, one certificate (giấy khen) per recipient, and the
 * submission (tờ trình) asking a higher body for a form reserved to it. All are the issuing committee's, each type
 * numbered in its own run and term (the QĐ, GK and TTr runs of the bloc committee). The annex lists the collectives
 * first, then the individuals, each in Vietnamese order, and the certificates follow that order. Plain Java.
 */
public final class AwardPapers {

    static final List<String> ANNEX_HEADER = List.of("STT", "Tên tập thể, cá nhân", "Đơn vị", "Thành tích");
    private static final List<Integer> ANNEX_WIDTHS = List.of(3, 10, 10, 12);

    private final String place;
    private final String signerName;

    /**
     * @param place      the place of the date line, e.g. Lào Cai
     * @param signerName the secretary's name under the signature; blank leaves the line for a handwritten name
     */
    public AwardPapers(String place, String signerName) {
        this.place = place;
        this.signerName = signerName == null ? "" : signerName.strip();
    }

    /**
     * The order of the annex and of the certificates' numbers: collectives (by name, Vietnamese order), then
     * individuals (as a list of people is read: by given name, then the full name); equal names by award id.
     */
    public static List<Recipient> annexOrder(List<Recipient> recipients) {
        Comparator<Recipient> collectives = VietnameseText.byName(Recipient::name, r -> r.awardId().toString());
        Comparator<Recipient> people = Comparator.comparing((Recipient r) -> VietnameseText.sortKey(r.name()))
                .thenComparing(r -> r.awardId().toString());
        List<Recipient> ordered = new ArrayList<>(recipients.stream().filter(Recipient::collective)
                .sorted(collectives).toList());
        ordered.addAll(recipients.stream().filter(r -> !r.collective()).sorted(people).toList());
        return ordered;
    }

    /** The decision, in the committee's QĐ run: its bases, its articles and the annexed list. */
    public TemplateIssue decision(AwardDecided decided, String sourceEventId, String createdBy) {
        Issuer issuer = decided.issuer();
        AwardEventData.Decision decision = decided.decision();
        List<Recipient> annex = annexOrder(decided.recipients());
        String authority = authority(issuer);
        String who = count(annex);
        String head = header(issuer);
        List<String> bases = new ArrayList<>(decision.basis());
        bases.add("Xét đề nghị của Hội đồng Thi đua - Khen thưởng " + head + ",");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Về việc tặng " + decision.form().name() + " cho " + who);
        data.put("authority", caps(authority));
        data.put("bases", bases);
        data.put("articles", List.of(
                "Tặng " + form(decision.form()) + " cho " + who + " (có tên trong danh sách kèm theo) "
                        + sentence(decision.reason()),
                "Quyết định có hiệu lực kể từ ngày ký.",
                "Văn phòng " + head + ", các tổ chức đảng có liên quan và " + who
                        + " có tên tại Điều 1 căn cứ Quyết định thi hành./."));
        data.put("signature", signature(issuer));
        data.put("recipients", List.of("Như Điều 3,", "Lưu Văn phòng."));
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("title", caps("Danh sách tập thể, cá nhân được tặng " + decision.form().name()));
        attachment.put("header", ANNEX_HEADER);
        attachment.put("widths", ANNEX_WIDTHS);
        attachment.put("rows", rows(annex));
        data.put("attachment", attachment);
        return issue(DocumentType.DECISION, decided.issuer(), decided.higherBody(), decision.id().toString(),
                data, "Quyết định tặng " + decision.form().name() + " cho " + who + " ("
                        + decided.movement().name() + ")",
                sourceEventId, LocalDate.parse(decision.decidedOn()), createdBy);
    }

    /** One certificate per recipient, in annex order (so numbered in it), each related to its award. */
    public List<TemplateIssue> certificates(AwardDecided decided, String sourceEventId, String createdBy) {
        Issuer issuer = decided.issuer();
        LocalDate on = LocalDate.parse(decided.decision().decidedOn());
        List<TemplateIssue> certificates = new ArrayList<>();
        for (Recipient r : annexOrder(decided.recipients())) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("authority", caps(authority(issuer)));
            data.put("awardee", r.name());
            String unit = unit(r);
            if (!unit.isEmpty()) {
                data.put("unit", unit);
            }
            data.put("achievement", stripFullStop(r.achievement()));
            data.put("signature", signature(issuer));
            certificates.add(issue(DocumentType.CERTIFICATE, issuer, decided.higherBody(), r.awardId().toString(),
                    data, decided.decision().form().name() + " " + r.name(), sourceEventId, on, createdBy));
        }
        return certificates;
    }

    /** The submission asking the higher body to award a form reserved to it, with the recipients listed. */
    public TemplateIssue submission(AwardProposed proposed, String sourceEventId, String createdBy) {
        Issuer issuer = proposed.issuer();
        AwardEventData.Proposal proposal = proposed.proposal();
        List<Recipient> annex = annexOrder(proposed.recipients());
        String who = count(annex);
        String head = header(issuer);
        List<Map<String, Object>> blocks = new ArrayList<>();
        blocks.add(Map.of("text", authority(issuer) + " kính trình " + proposal.to() + " xem xét, tặng "
                + form(proposal.form()) + " cho " + who + " " + stripFullStop(proposal.reason()) + ", gồm:"));
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("widths", ANNEX_WIDTHS);
        table.put("header", ANNEX_HEADER);
        table.put("rows", rows(annex));
        blocks.add(Map.of("table", table));
        blocks.add(Map.of("text", authority(issuer) + " kính đề nghị " + proposal.to() + " xem xét, quyết định./."));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("summary", "Đề nghị tặng " + form(proposal.form()) + " cho " + who);
        data.put("addressee", proposal.to());
        data.put("preamble", List.of("Căn cứ kết quả phong trào " + withoutLeadingWord(proposed.movement().name())
                + " và đề nghị của Hội đồng Thi đua - Khen thưởng " + head + ";"));
        data.put("blocks", blocks);
        data.put("signature", signature(issuer));
        data.put("recipients", List.of("Như trên,", "Lưu Văn phòng."));
        return issue(DocumentType.SUBMISSION, issuer, proposed.higherBody(), proposal.id().toString(), data,
                "Tờ trình đề nghị tặng " + form(proposal.form()) + " cho " + who, sourceEventId,
                LocalDate.parse(proposal.proposedOn()), createdBy);
    }

    /** "40 tập thể và 45 cá nhân", "3 tập thể", "1 cá nhân". */
    static String count(List<Recipient> recipients) {
        long collectives = recipients.stream().filter(Recipient::collective).count();
        long people = recipients.size() - collectives;
        if (collectives == 0) {
            return people + " cá nhân";
        }
        return people == 0 ? collectives + " tập thể" : collectives + " tập thể và " + people + " cá nhân";
    }

    /** The annex rows: STT, name, unit (a person's organisation; a collective's own name is not repeated), achievement. */
    static List<List<String>> rows(List<Recipient> annex) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (Recipient r : annex) {
            rows.add(List.of(String.valueOf(++n), r.name(), unit(r), capitalised(stripFullStop(r.achievement()))));
        }
        return rows;
    }

    private TemplateIssue issue(DocumentType type, Issuer issuer, HigherBody higherBody, String relatedTo,
            Map<String, Object> data, String title, String sourceEventId, LocalDate date, String createdBy) {
        String higher = higherBody == null || higherBody.name() == null || higherBody.name().isBlank()
                ? CongressNoticeValues.FALLBACK_HIGHER_BODY : higherBody.name();
        TemplateIssue.Issuer by = new TemplateIssue.Issuer(issuer.id(), issuer.name(), header(issuer),
                CongressNoticeValues.issuerCode(issuer.shortCode(), issuer.cell()), higher);
        return new TemplateIssue(type, by, issuer.term(), NumberRun.key(type.code(), null), relatedTo, sourceEventId,
                date, place, title, data, createdBy);
    }

    private Map<String, Object> signature(Issuer issuer) {
        return Map.of("authority", issuer.cell() ? "T/M CHI BỘ" : "T/M BAN THƯỜNG VỤ", "position", "BÍ THƯ",
                "name", signerName);
    }

    /** The issuing body of the header: a committee through its đảng ủy (Đảng ủy Khối ...), a cell in its name. */
    private static String header(Issuer issuer) {
        return CongressNoticeValues.issuingBody(issuer.name(), issuer.cell());
    }

    /** Who decides and awards: the committee's standing committee (Ban Thường vụ Đảng ủy Khối ...). */
    static String authority(Issuer issuer) {
        return issuer.cell() ? header(issuer) : "Ban Thường vụ " + header(issuer);
    }

    private static String form(Form form) {
        return form.name() + " của " + form.awardedBy();
    }

    private static String unit(Recipient r) {
        String org = VietnameseText.nfcStripped(r.organisationName());
        return r.collective() && org.equals(VietnameseText.nfcStripped(r.name())) ? "" : org;
    }

    private static String caps(String s) {
        return VietnameseText.nfc(s.toUpperCase(VietnameseText.VIETNAMESE));
    }

    private static String sentence(String reason) {
        String r = reason.strip();
        return r.endsWith(".") ? r : r + ".";
    }

    private static String stripFullStop(String s) {
        String t = s.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(VietnameseText.VIETNAMESE) + s.substring(1);
    }

    /** "Phong trào thi đua ..." read after "phong trào": the movement's name without its own first word. */
    private static String withoutLeadingWord(String movement) {
        String m = VietnameseText.nfcStripped(movement);
        return m.regionMatches(true, 0, "Phong trào ", 0, "Phong trào ".length())
                ? m.substring("Phong trào ".length()) : m;
    }
}

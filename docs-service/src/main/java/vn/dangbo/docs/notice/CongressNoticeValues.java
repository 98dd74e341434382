package vn.dangbo.docs.notice;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.numbering.NumberRun;
import vn.dangbo.docs.rendering.PartyDate;
import vn.dangbo.docs.template.DocumentType;
import vn.dangbo.kit.text.VietnameseText;

/**
 * The notice (THÔNG BÁO) that a congress will be held, as the notice template's values: the facts of the event
 * under {@code data.congress}, the wording in the template ({@code templates/docs/notice.txt}, or the office's
 * override), issued in the name of the organisation convening the congress. Plain Java.
 */
public final class CongressNoticeValues {

    /** The header's upper line when the convener has no higher body to name. */
    public static final String FALLBACK_HIGHER_BODY = "ĐẢNG BỘ TỈNH";

    private static final String PARTY_COMMITTEE = "Đảng bộ ";

    private final String place;
    private final String signerName;

    /**
     * @param place      the place of the date line, e.g. Lào Cai
     * @param signerName the secretary's name under the signature; blank leaves the line for a handwritten name
     */
    public CongressNoticeValues(String place, String signerName) {
        this.place = place;
        this.signerName = signerName == null ? "" : signerName.strip();
    }

    /**
     * The notice to issue for the congress: numbered in the convener's own notice run (TB), not the congress run,
     * since it is issued before the congress, by the organisation convening it, among its other notices.
     *
     * @param createdBy e.g. {@code event:/dangbo/congress-service}
     */
    public TemplateIssue issue(CongressNotice notice, String sourceEventId, String createdBy) {
        String higherBody = notice.higherBodyName() == null || notice.higherBodyName().isBlank()
                ? FALLBACK_HIGHER_BODY : notice.higherBodyName();
        TemplateIssue.Issuer issuer = new TemplateIssue.Issuer(notice.convenerId(), notice.convenerName(),
                issuingBody(notice), issuerCode(notice), higherBody);
        return new TemplateIssue(DocumentType.NOTICE, issuer, notice.term(),
                NumberRun.key(DocumentType.NOTICE.code(), null), notice.congressId().toString(), sourceEventId,
                notice.issuedOn(), place, null, data(notice), createdBy);
    }

    /**
     * {@code data.congress}: what the template's congress wording needs, and {@code data.signature.name}.
     */
    Map<String, Object> data(CongressNotice notice) {
        Map<String, Object> congress = new LinkedHashMap<>();
        congress.put("organisation", notice.organisationName());
        congress.put("term", notice.term());
        congress.put("delegate", notice.kind() == CongressNotice.Kind.DELEGATE);
        congress.put("pilot", notice.pilot());
        int days = Math.max(1, notice.days());
        congress.put("firstDay", PartyDate.date(notice.startDate()));
        if (days > 1 && !notice.endDate().equals(notice.startDate())) {
            congress.put("lastDay", PartyDate.date(notice.endDate()));
        }
        congress.put("days", String.format(Locale.ROOT, "%02d", days));
        congress.put("ownCongress", notice.ownCongress());
        congress.put("convener", issuingBody(notice));
        congress.put("convenerIsCell", notice.convenerIsCell());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("congress", congress);
        data.put("signature", Map.of("name", signerName));
        return data;
    }

    /** The issuer's code in the document symbol: the registry's short code, else CB for a cell, ĐU for a committee. */
    public static String issuerCode(CongressNotice notice) {
        return issuerCode(notice.convenerShortCode(), notice.convenerIsCell());
    }

    /** As {@link #issuerCode(CongressNotice)}, for a convener named by another event (an election's). */
    public static String issuerCode(String shortCode, boolean convenerIsCell) {
        if (shortCode != null && !shortCode.isBlank()) {
            return shortCode.strip().replaceAll("\\s+", "");
        }
        return convenerIsCell ? "CB" : "ĐU";
    }

    /**
     * The issuing body of the header: a party organisation (đảng bộ) issues through its committee (đảng ủy),
     * a cell (chi bộ) in its own name.
     */
    static String issuingBody(CongressNotice notice) {
        return issuingBody(notice.convenerName(), notice.convenerIsCell());
    }

    /** As {@link #issuingBody(CongressNotice)}, for an organisation named by another event (an election's). */
    public static String issuingBody(String organisationName, boolean cell) {
        String name = VietnameseText.nfc(organisationName).strip();
        if (!cell && name.regionMatches(true, 0, PARTY_COMMITTEE, 0, PARTY_COMMITTEE.length())) {
            return "Đảng ủy " + name.substring(PARTY_COMMITTEE.length());
        }
        return name;
    }
}

package vn.dangbo.docs.election;

import java.util.Locale;
import vn.dangbo.docs.document.TemplateIssue;
import vn.dangbo.docs.election.ElectionEventData.Convener;
import vn.dangbo.docs.election.ElectionEventData.Election;
import vn.dangbo.docs.election.ElectionEventData.HigherBody;
import vn.dangbo.docs.notice.CongressNoticeValues;
import vn.dangbo.kit.text.VietnameseText;

/**
 * How the election documents name things, from the event's facts: the body elected with its organisation
 * ("Ban Chấp hành Đảng bộ Văn phòng UBND tỉnh"), the meeting that elects it, an outcome. The event gives the
 * office's title alone ("Ban Chấp hành Đảng bộ", "Bí thư"); the organisation comes from the convener. Plain Java.
 */
public final class ElectionNames {

    private static final String PARTY_ORGANISATION = "Đảng bộ";
    private static final String HIGHER = "cấp trên";

    private ElectionNames() {
    }

    /**
     * The body elected with its organisation: a cell's offices in the cell's name ("Bí thư Chi bộ I"), a
     * committee's congress elects "Ban Chấp hành Đảng bộ X", its committee's offices are the đảng ủy's ("Ban
     * Thường vụ Đảng ủy X"), a delegation goes to the higher body's congress.
     */
    public static String body(Election election, Convener convener, HigherBody higherBody) {
        String title = VietnameseText.nfcStripped(election.title());
        String name = VietnameseText.nfcStripped(convener.name());
        if (contains(title, name) || contains(title, withoutPartyOrganisation(name))) {
            return title;
        }
        if (election.delegation()) {
            if (higherBody != null && title.endsWith(HIGHER)) {
                return title.substring(0, title.length() - HIGHER.length()) + VietnameseText.nfcStripped(higherBody.name());
            }
            return title;
        }
        if (title.endsWith(PARTY_ORGANISATION) && name.startsWith(PARTY_ORGANISATION + " ")) {
            return title + name.substring(PARTY_ORGANISATION.length());
        }
        boolean committeeOffice = !"CELL_COMMITTEE".equals(election.office()) && !"PARTY_COMMITTEE".equals(election.office());
        return title + " " + (committeeOffice ? issuingBody(convener) : name);
    }

    /** The meeting that elects: the congress, or the new committee's first meeting. */
    public static String meeting(Election election, Convener convener) {
        if ("NEW_COMMITTEE".equals(election.electorate())) {
            return convener.cell() ? "Hội nghị Chi ủy " + convener.name()
                    : "Hội nghị lần thứ nhất Ban Chấp hành " + convener.name();
        }
        return "Đại hội " + convener.name();
    }

    /** The issuing body of the header: a committee issues through its đảng ủy, a cell in its own name. */
    public static String issuingBody(Convener convener) {
        return CongressNoticeValues.issuingBody(convener.name(), convener.cell());
    }

    /** The issuer's code in the document symbol: the registry's short code, else CB for a cell, ĐU otherwise. */
    public static String issuerCode(Convener convener) {
        return CongressNoticeValues.issuerCode(convener.shortCode(), convener.cell());
    }

    /**
     * The convener as issuer of the election's documents: its name, its header (through its đảng ủy unless a
     * cell), its code and the higher body above it in the header.
     */
    public static TemplateIssue.Issuer issuer(Convener convener, HigherBody higherBody) {
        String higher = higherBody == null || higherBody.name() == null || higherBody.name().isBlank()
                ? CongressNoticeValues.FALLBACK_HIGHER_BODY : higherBody.name();
        return new TemplateIssue.Issuer(convener.id(), convener.name(), issuingBody(convener), issuerCode(convener),
                higher);
    }

    /** The higher body's standing committee, to whom the results are submitted. */
    public static String approvingBody(HigherBody higherBody) {
        if (higherBody == null || higherBody.name() == null || higherBody.name().isBlank()) {
            return "Ban Thường vụ cấp ủy cấp trên";
        }
        return "Ban Thường vụ " + CongressNoticeValues.issuingBody(higherBody.name(), false);
    }

    /** An outcome as the minutes print it. */
    public static String outcome(String outcome, boolean delegation) {
        if (outcome == null) {
            return "";
        }
        return switch (outcome) {
            case "ELECTED" -> delegation ? "Đại biểu chính thức" : "Trúng cử";
            case "ALTERNATE" -> "Đại biểu dự khuyết";
            case "TIED" -> "Bằng phiếu";
            case "NOT_ELECTED" -> "Không trúng cử";
            default -> outcome;
        };
    }

    /** "54.55" as a Vietnamese decimal: "54,55". */
    public static String percent(String percentOfBase) {
        return percentOfBase == null ? "" : percentOfBase.replace('.', ',');
    }

    /** Who the base counts: members at an all-member congress, delegates at a delegate one. */
    public static String voters(boolean delegate) {
        return delegate ? "đại biểu" : "đảng viên";
    }

    private static String withoutPartyOrganisation(String name) {
        return name.startsWith(PARTY_ORGANISATION + " ") ? name.substring(PARTY_ORGANISATION.length() + 1) : name;
    }

    private static boolean contains(String title, String part) {
        Locale vi = VietnameseText.VIETNAMESE;
        return !part.isBlank() && title.toLowerCase(vi).contains(part.toLowerCase(vi));
    }
}

package vn.dangbo.congress.congress;

import java.time.LocalDate;
import java.util.Optional;
import vn.dangbo.congress.ruleset.RuleSet;
import vn.dangbo.kit.organisation.OrganisationType;

/**
 * The schedule rules of the congress plan (rule 1), as plain functions a unit test can call. The limits come from
 * the rule set passed in (2020: a cell's congress lasts at most 1 day, a committee's at most 2).
 */
public final class CongressRules {

    public static final String ACTIVE = "ACTIVE";

    private CongressRules() {
    }

    public static int maxDays(RuleSet rules, OrganisationType type) {
        return type.holdsMembers() ? rules.congresses().cellMaxDays() : rules.congresses().committeeMaxDays();
    }

    /** @return why the organisation cannot hold a congress, or empty when it is known and active */
    public static Optional<String> organisationProblem(String name, String status) {
        if (!ACTIVE.equals(status)) {
            return Optional.of(name + " đã giải thể hoặc hợp nhất, không tổ chức đại hội");
        }
        return Optional.empty();
    }

    /** @return why the length is refused, or empty when it is within the plan's limit */
    public static Optional<String> durationProblem(RuleSet rules, OrganisationType type, int days) {
        if (days < 1) {
            return Optional.of("Đại hội kéo dài ít nhất 1 ngày");
        }
        int max = maxDays(rules, type);
        if (days > max) {
            return Optional.of(type.holdsMembers()
                    ? "Đại hội chi bộ tổ chức không quá " + pad(max) + " ngày; đề nghị " + days + " ngày"
                    : "Đại hội đảng bộ tổ chức không quá " + pad(max) + " ngày; đề nghị " + days + " ngày");
        }
        return Optional.empty();
    }

    /** @return why the kind is refused: a cell always holds an all-member congress */
    public static Optional<String> kindProblem(OrganisationType type, CongressKind kind) {
        if (type.holdsMembers() && kind != CongressKind.ALL_MEMBER) {
            return Optional.of("Chi bộ tiến hành đại hội toàn thể đảng viên (ALL_MEMBER), không tổ chức đại hội đại biểu");
        }
        return Optional.empty();
    }

    /** @return why the term is refused (its end year must follow its start year), or empty */
    public static Optional<String> termProblem(String term) {
        String[] years = term == null ? new String[0] : term.split("-");
        try {
            if (years.length == 2 && Integer.parseInt(years[1]) > Integer.parseInt(years[0])) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        return Optional.of("Nhiệm kỳ " + term + " không hợp lệ: năm kết thúc phải sau năm bắt đầu");
    }

    /**
     * The organisation that convenes the congress and issues its documents: a cell under a committee
     * (chi bộ trực thuộc) has its congress convened by that committee; any other organisation convenes
     * its own.
     */
    public static boolean convenedByParent(OrganisationType type) {
        return type == OrganisationType.CELL;
    }

    /** @return why the congress cannot be recorded as held yet: it has not begun */
    public static Optional<String> heldProblem(LocalDate startDate, LocalDate today) {
        if (today.isBefore(startDate)) {
            return Optional.of("Đại hội bắt đầu ngày " + String.format("%02d/%02d/%d", startDate.getDayOfMonth(),
                    startDate.getMonthValue(), startDate.getYear()) + ", chưa thể ghi nhận đã tiến hành");
        }
        return Optional.empty();
    }

    public static LocalDate endDate(LocalDate startDate, int days) {
        return startDate.plusDays(days - 1L);
    }

    private static String pad(int days) {
        return String.format("%02d", days);
    }
}

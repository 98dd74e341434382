package vn.dangbo.congress.ruleset;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether one member may stand for a committee, as far as membership and age go, and why not. Pure: the rule
 * set and the reference month are parameters. A birth date known only to the month is exact enough (age is
 * counted in months); a year alone is read as January of that year (26-HD/BTCTW: 01/01).
 */
public final class CandidateEligibility {

    public static final String FULL = "FULL";
    public static final String PROBATIONARY = "PROBATIONARY";

    /** yyyy, yyyy-MM or yyyy-MM-dd. */
    private static final Pattern BIRTH = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-\\d{2})?)?");

    /**
     * What is known of the member.
     *
     * @param sex        {@code MALE} or {@code FEMALE}, as the registry publishes it
     * @param birth      {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}
     * @param membership {@link #FULL} or {@link #PROBATIONARY}
     * @param reElection true when the member holds a seat in the body being elected
     */
    public record Candidate(String sex, String birth, String membership, boolean reElection) {
    }

    /**
     * @param monthsOfWorkLeft months from the reference month to retirement; null when not worked out
     * @param retirementMonth  null when not worked out
     * @param reason           one Vietnamese sentence: why not, or what makes the member eligible
     */
    public record Eligibility(boolean eligible, Long monthsOfWorkLeft, int monthsOfWorkRequired,
            YearMonth retirementMonth, String reason) {
    }

    private CandidateEligibility() {
    }

    /** @return why the member cannot stand, or empty when they can */
    public static Optional<String> candidateProblem(RuleSet ruleSet, YearMonth reference, Candidate candidate) {
        Eligibility eligibility = check(ruleSet, reference, candidate);
        return eligibility.eligible() ? Optional.empty() : Optional.of(eligibility.reason());
    }

    public static Eligibility check(RuleSet ruleSet, YearMonth reference, Candidate candidate) {
        int need = ruleSet.candidacy().monthsOfWork(candidate.reElection());
        if (!FULL.equals(candidate.membership())) {
            return new Eligibility(false, null, need, null, PROBATIONARY.equals(candidate.membership())
                    ? "Đảng viên dự bị không được giới thiệu ứng cử, đề cử vào cấp ủy"
                    : "Chưa rõ đảng viên chính thức hay dự bị (" + candidate.membership() + ")");
        }
        Optional<Sex> sex = Sex.parse(candidate.sex());
        if (sex.isEmpty()) {
            return new Eligibility(false, null, need, null, "Chưa rõ giới tính (" + candidate.sex()
                    + ") nên chưa tính được tuổi nghỉ hưu");
        }
        Optional<YearMonth> birth = birthMonth(candidate.birth());
        if (birth.isEmpty()) {
            return new Eligibility(false, null, need, null, "Ngày sinh " + candidate.birth()
                    + " không đọc được (năm, tháng/năm hoặc ngày/tháng/năm)");
        }
        var age = ruleSet.retirementAge().of(sex.get());
        YearMonth retirement = AgeCutOffs.retirementMonth(age, birth.get());
        long left = AgeCutOffs.monthsOfWorkLeft(age, birth.get(), reference);
        String purpose = candidate.reElection() ? "tái cử cấp ủy" : "tham gia cấp ủy lần đầu";
        String until = "đến tháng nghỉ hưu " + monthYear(retirement) + " (tính từ tháng " + monthYear(reference) + ")";
        if (left >= need) {
            return new Eligibility(true, left, need, retirement, "Đủ tuổi " + purpose + ": còn " + left
                    + " tháng công tác " + until + ", cần ít nhất " + need + " tháng");
        }
        return new Eligibility(false, left, need, retirement, "Không đủ tuổi " + purpose + ": "
                + (left > 0 ? "chỉ còn " + left + " tháng công tác " : "không còn tháng công tác nào ") + until
                + ", cần ít nhất " + need + " tháng");
    }

    /** The birth month; a year alone is January. Empty when the text is none of the three forms. */
    public static Optional<YearMonth> birthMonth(String birth) {
        Matcher m = birth == null ? null : BIRTH.matcher(birth.trim());
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return Optional.empty();
        }
        return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month));
    }

    private static String monthYear(YearMonth month) {
        return month.getMonthValue() + "/" + month.getYear();
    }
}

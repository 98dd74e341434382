package vn.dangbo.emulation.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a dedicated work and its progress reports must respect (§II.1, the movement's settings {@code works} and its
 * period). Plain functions: each returns the Vietnamese message of the rule broken, naming the value.
 */
public final class WorkRules {

    /** A rule broken by one field of a request or of an imported row. */
    public record FieldProblem(String field, String message) {
    }

    private WorkRules() {
    }

    /** A day as Vietnamese readers write it: 19/4/2024. */
    static String day(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** @param registered the titles of the works the organisation has already registered, oldest first */
    public static Optional<String> limitProblem(List<String> registered, int maxPerOrganisation) {
        if (registered.size() < maxPerOrganisation) {
            return Optional.empty();
        }
        return Optional.of("Mỗi tổ chức cơ sở đảng đăng ký từ 1 đến " + maxPerOrganisation
                + " công trình, phần việc; tổ chức đã đăng ký " + registered.size() + ": "
                + registered.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ")));
    }

    public static Optional<FieldProblem> categoryProblem(WorkSettings settings, String categoryCode) {
        if (settings.category(categoryCode).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("categoryCode", "Nhóm nội dung \"" + categoryCode
                + "\" không có trong kế hoạch; các nhóm: " + settings.categories().stream()
                        .map(WorkSettings.Category::code).collect(Collectors.joining(", "))));
    }

    public static Optional<FieldProblem> targetDateProblem(LocalDate targetDate, LocalDate from, LocalDate to) {
        if (!targetDate.isBefore(from) && !targetDate.isAfter(to)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem("targetDate", "Ngày hoàn thành dự kiến " + day(targetDate)
                + " nằm ngoài thời gian thi đua (từ " + day(from) + " đến " + day(to)
                + ")"));
    }

    /**
     * A progress report against the work's last one: dated inside the period, not before the last report, a percent
     * from 0 to 100 not below the last report's, and no report once the work is completed.
     *
     * @param lastReportedOn null when the work has no report yet
     */
    public static List<FieldProblem> reportProblems(LocalDate reportedOn, int percent, LocalDate from, LocalDate to,
            int lastPercent, LocalDate lastReportedOn) {
        List<FieldProblem> problems = new ArrayList<>();
        if (lastPercent >= 100) {
            problems.add(new FieldProblem("percent", "Công trình, phần việc đã hoàn thành (100%): không báo cáo "
                    + "tiến độ thêm"));
            return problems;
        }
        if (reportedOn.isBefore(from) || reportedOn.isAfter(to)) {
            problems.add(new FieldProblem("reportedOn", "Ngày báo cáo " + day(reportedOn)
                    + " nằm ngoài thời gian thi đua (từ " + day(from) + " đến "
                    + day(to) + ")"));
        } else if (lastReportedOn != null && reportedOn.isBefore(lastReportedOn)) {
            problems.add(new FieldProblem("reportedOn", "Ngày báo cáo " + day(reportedOn)
                    + " trước ngày báo cáo gần nhất " + day(lastReportedOn)));
        }
        if (percent < 0 || percent > 100) {
            problems.add(new FieldProblem("percent", "Tỷ lệ hoàn thành phải từ 0 đến 100, không phải " + percent));
        } else if (percent < lastPercent) {
            problems.add(new FieldProblem("percent", "Tỷ lệ hoàn thành " + percent
                    + "% thấp hơn lần báo cáo gần nhất (" + lastPercent + "%)"));
        }
        return problems;
    }
}

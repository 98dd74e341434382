package vn.dangbo.congress.round;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules of a round's plan as plain functions: the windows non-empty and in the plan's order (the pilot first,
 * the cells, then the committee), the terms well formed, the rule set shipped. Each answers why a field is
 * refused, or empty.
 */
public final class RoundRules {

    private static final Pattern TERM = Pattern.compile("\\d{4}-\\d{4}");

    private RoundRules() {
    }

    /** @return why the window is refused: it must not end before it begins */
    public static Optional<String> windowProblem(String label, DateWindow window) {
        if (window.to().isBefore(window.from())) {
            return Optional.of("Thời gian " + label + " không hợp lệ: ngày kết thúc " + DateWindow.format(window.to())
                    + " trước ngày bắt đầu " + DateWindow.format(window.from()));
        }
        return Optional.empty();
    }

    /** @return why the pilot's window is refused: the pilot is held before (or as) the other cells begin */
    public static Optional<String> pilotOrderProblem(DateWindow pilot, DateWindow cells) {
        if (pilot.from().isAfter(cells.from()) || pilot.to().isAfter(cells.to())) {
            return Optional.of("Đại hội điểm (" + pilot.text() + ") phải tổ chức trước đại hội các chi bộ ("
                    + cells.text() + ")");
        }
        return Optional.empty();
    }

    /** @return why the committee's window is refused: the committee holds its congress after its cells */
    public static Optional<String> committeeOrderProblem(DateWindow cells, DateWindow committee) {
        if (committee.from().isBefore(cells.from()) || committee.to().isBefore(cells.to())) {
            return Optional.of("Đại hội đảng bộ (" + committee.text() + ") phải tổ chức sau đại hội các chi bộ ("
                    + cells.text() + ")");
        }
        return Optional.empty();
    }

    /** @return why the term is refused: {@code yyyy-yyyy}, the end year after the start year */
    public static Optional<String> termProblem(String term) {
        if (term != null && TERM.matcher(term).matches()) {
            String[] years = term.split("-");
            if (Integer.parseInt(years[1]) > Integer.parseInt(years[0])) {
                return Optional.empty();
            }
        }
        return Optional.of("Nhiệm kỳ " + term + " không hợp lệ: phải có dạng 2020-2025, năm kết thúc sau năm bắt đầu");
    }

    /** @return why the rule set is refused: it must be one of the shipped rule sets */
    public static Optional<String> ruleSetProblem(String ruleSetId, Collection<String> shipped) {
        if (!shipped.contains(ruleSetId)) {
            return Optional.of("Không có bộ quy tắc đại hội với mã " + ruleSetId + "; các bộ hiện có: "
                    + String.join(", ", shipped.stream().sorted().toList()));
        }
        return Optional.empty();
    }

    /** @return why the age reference months are refused: at least one level needs its month */
    public static Optional<String> ageReferenceProblem(Map<RoundLevel, ?> months) {
        if (months == null || months.isEmpty() || months.values().stream().anyMatch(m -> m == null)) {
            return Optional.of("Cần mốc tính tuổi (tháng/năm) cho ít nhất một cấp, ví dụ GRASSROOTS: 2020-04");
        }
        return Optional.empty();
    }

    /** @return why the pilot is refused: an organisation and a window, both or neither */
    public static Optional<String> pilotProblem(Object pilotOrganisationId, DateWindow pilotWindow) {
        if ((pilotOrganisationId == null) != (pilotWindow == null)) {
            return Optional.of("Đại hội điểm cần cả tổ chức (pilotOrganisationId) và thời gian (pilotWindow)");
        }
        return Optional.empty();
    }

    /** @return why the plan file is refused: the round follows a checklist or agenda the service ships */
    public static Optional<String> planFileProblem(String label, String id, Collection<String> shipped) {
        if (!shipped.contains(id)) {
            return Optional.of("Không có " + label + " với mã " + id + "; hiện có: " + String.join(", ", shipped));
        }
        return Optional.empty();
    }

    /**
     * @return why the date for the committee's drafts is refused: the body above approves them before the
     *         committee's congress, so by the last day of its window at the latest
     */
    public static Optional<String> committeeDraftsDueProblem(LocalDate due, DateWindow committee) {
        if (due != null && due.isAfter(committee.to())) {
            return Optional.of("Hạn duyệt văn kiện đại hội đảng bộ (" + DateWindow.format(due)
                    + ") phải trước khi kết thúc thời gian đại hội đảng bộ (" + committee.text() + ")");
        }
        return Optional.empty();
    }
}

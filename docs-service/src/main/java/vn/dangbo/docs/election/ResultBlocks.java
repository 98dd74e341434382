package vn.dangbo.docs.election;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dangbo.docs.election.ElectionEventData.CandidateVotes;
import vn.dangbo.docs.election.ElectionEventData.ElectionResult;
import vn.dangbo.docs.election.ElectionEventData.Exclusion;
import vn.dangbo.docs.election.ElectionEventData.Tie;

/**
 * One ballot's result as the blocks of the {@code minutes} and {@code submission} templates: the figures, the base
 * with each exclusion and who approved it, every candidate's votes and percent of the base, who is elected, what
 * is left open, and the counting log's last hash. Plain Java.
 */
final class ResultBlocks {

    private ResultBlocks() {
    }

    /** The whole result (the counting minutes, the congress minutes). */
    static void of(ElectionResult r, boolean delegate, Tie tie, String note, List<Map<String, Object>> blocks) {
        String voters = ElectionNames.voters(delegate);
        figures(r, blocks);
        base(r, voters, blocks);
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (CandidateVotes c : r.candidates()) {
            rows.add(List.of(Integer.toString(++n), c.fullName(), Integer.toString(c.votes()),
                    ElectionNames.percent(c.percentOfBase()), ElectionNames.outcome(c.outcome(), r.election().delegation())));
        }
        blocks.add(Map.of("text", "Kết quả bầu cử (tỷ lệ so với " + r.base().base() + " " + voters
                + " là căn cứ tính kết quả; trúng cử khi được quá một nửa):"));
        blocks.add(Map.of("table", table(List.of("TT", "Họ và tên", "Số phiếu", "Tỷ lệ (%)", "Kết quả"), rows,
                List.of(1, 6, 2, 2, 3))));
        elected(r, blocks);
        if (tie != null && tie.candidates() != null && !tie.candidates().isEmpty()) {
            blocks.add(Map.of("text", "Bằng phiếu ở vị trí thứ " + tie.seat() + " giữa các đồng chí: "
                    + String.join(", ", tie.candidates().stream().map(CandidateVotes::fullName).toList())
                    + "; Đại hội bầu lại trong số các đồng chí này."));
        }
        if (note != null && !note.isBlank()) {
            blocks.add(Map.of("text", note));
        }
        hash(r, blocks);
    }

    /** The figures and the elected only (the submission). */
    static void electedOnly(ElectionResult r, boolean delegate, List<Map<String, Object>> blocks) {
        figures(r, blocks);
        base(r, ElectionNames.voters(delegate), blocks);
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (CandidateVotes c : r.candidates()) {
            if ("ELECTED".equals(c.outcome()) || "ALTERNATE".equals(c.outcome())) {
                rows.add(List.of(Integer.toString(++n), c.fullName(), Integer.toString(c.votes()),
                        ElectionNames.percent(c.percentOfBase()),
                        ElectionNames.outcome(c.outcome(), r.election().delegation())));
            }
        }
        if (rows.isEmpty()) {
            blocks.add(Map.of("text", "Không có đồng chí nào trúng cử."));
        } else {
            blocks.add(Map.of("table", table(List.of("TT", "Họ và tên", "Số phiếu", "Tỷ lệ (%)", "Kết quả"), rows,
                    List.of(1, 6, 2, 2, 3))));
        }
        if (r.vacantSeats() > 0) {
            blocks.add(Map.of("text", "Còn " + r.vacantSeats() + " chỗ chưa bầu đủ."));
        }
    }

    private static void figures(ElectionResult r, List<Map<String, Object>> blocks) {
        String seats = r.election().delegation()
                ? r.election().seats() + " đại biểu chính thức" + (r.election().alternateSeats() > 0
                        ? " và " + r.election().alternateSeats() + " đại biểu dự khuyết" : "")
                : r.election().seats() + " đồng chí";
        blocks.add(Map.of("text", "Số lượng bầu: " + seats
                + "; số người trong danh sách bầu cử: " + r.candidates().size() + "; hình thức: "
                + (r.election().strikeOut() ? "phiếu gạch tên." : "phiếu đồng ý, không đồng ý.")));
        blocks.add(Map.of("text", "- Số phiếu phát ra: " + r.figures().ballotsIssued() + "."));
        blocks.add(Map.of("text", "- Số phiếu thu vào: " + r.figures().ballotsReturned() + "."));
        blocks.add(Map.of("text", "- Số phiếu hợp lệ: " + r.figures().validBallots() + "."));
        blocks.add(Map.of("text", "- Số phiếu không hợp lệ: " + r.figures().invalidBallots() + "."));
    }

    private static void base(ElectionResult r, String voters, List<Map<String, Object>> blocks) {
        List<Exclusion> exclusions = r.base().exclusions() == null ? List.of() : r.base().exclusions();
        blocks.add(Map.of("text", "Số " + voters + " được triệu tập: " + r.base().convened() + "; trừ "
                + exclusions.stream().mapToInt(Exclusion::count).sum() + "; căn cứ tính kết quả bầu cử: "
                + r.base().base() + " " + voters + "."));
        if (!exclusions.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            int n = 0;
            for (Exclusion e : exclusions) {
                rows.add(List.of(Integer.toString(++n), e.label(), Integer.toString(e.count()),
                        e.approvedBy() == null ? "" : e.approvedBy()));
            }
            blocks.add(Map.of("table", table(List.of("TT", "Trường hợp không tính vào căn cứ", "Số lượng",
                    "Người quyết định"), rows, List.of(1, 7, 2, 4))));
        }
    }

    private static void elected(ElectionResult r, List<Map<String, Object>> blocks) {
        List<String> elected = names(r.candidates(), "ELECTED");
        List<String> alternates = names(r.candidates(), "ALTERNATE");
        String who = r.election().delegation() ? "Các đồng chí trúng cử đại biểu chính thức: " : "Các đồng chí trúng cử: ";
        blocks.add(Map.of("text", who + (elected.isEmpty() ? "không có" : String.join(", ", elected)) + "."));
        if (!alternates.isEmpty()) {
            blocks.add(Map.of("text", "Các đồng chí trúng cử đại biểu dự khuyết (theo thứ tự): "
                    + String.join(", ", alternates) + "."));
        }
        if (r.vacantSeats() > 0) {
            blocks.add(Map.of("text", "Còn " + r.vacantSeats() + " chỗ chưa bầu đủ."));
        }
    }

    private static void hash(ElectionResult r, List<Map<String, Object>> blocks) {
        blocks.add(Map.of("text", "Mã kiểm tra cuối của nhật ký kiểm phiếu:"));
        blocks.add(Map.of("plain", r.logLastHash()));
    }

    private static List<String> names(List<CandidateVotes> candidates, String outcome) {
        return candidates.stream().filter(c -> outcome.equals(c.outcome())).map(CandidateVotes::fullName).toList();
    }

    private static Map<String, Object> table(List<String> header, List<List<String>> rows, List<Integer> widths) {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("header", header);
        table.put("rows", rows);
        table.put("widths", widths);
        return table;
    }
}

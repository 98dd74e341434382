package vn.dangbo.emulation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkRulesTest {

    private static final LocalDate FROM = LocalDate.of(2023, 12, 1);
    private static final LocalDate TO = LocalDate.of(2024, 4, 30);
    private static final WorkSettings SETTINGS = new WorkSettings("II.1", 1, 2, 10, 1024, List.of(
            new WorkSettings.Category("CORE_TASK", "Nhiệm vụ chuyên môn"),
            new WorkSettings.Category("PARTY_LIFE_QUALITY", "Chất lượng sinh hoạt")));

    @Test
    void aThirdWorkIsRefusedNamingTheLimitAndTheTwoWorks() {
        assertTrue(WorkRules.limitProblem(List.of("Số hóa hồ sơ"), 2).isEmpty());
        assertEquals("Mỗi tổ chức cơ sở đảng đăng ký từ 1 đến 2 công trình, phần việc; tổ chức đã đăng ký 2: "
                + "\"Số hóa hồ sơ\", \"Sinh hoạt chuyên đề\"",
                WorkRules.limitProblem(List.of("Số hóa hồ sơ", "Sinh hoạt chuyên đề"), 2).orElseThrow());
    }

    @Test
    void theCategoryComesFromTheSettings() {
        assertTrue(WorkRules.categoryProblem(SETTINGS, "CORE_TASK").isEmpty());
        WorkRules.FieldProblem problem = WorkRules.categoryProblem(SETTINGS, "SPORTS").orElseThrow();
        assertEquals("categoryCode", problem.field());
        assertEquals("Nhóm nội dung \"SPORTS\" không có trong kế hoạch; các nhóm: CORE_TASK, PARTY_LIFE_QUALITY",
                problem.message());
    }

    @Test
    void theTargetDateLiesInThePeriod() {
        assertTrue(WorkRules.targetDateProblem(TO, FROM, TO).isEmpty());
        assertEquals("Ngày hoàn thành dự kiến 1/5/2024 nằm ngoài thời gian thi đua (từ 1/12/2023 đến 30/4/2024)",
                WorkRules.targetDateProblem(LocalDate.of(2024, 5, 1), FROM, TO).orElseThrow().message());
    }

    @Test
    void aReportIsDatedInsideThePeriodOnly() {
        assertEquals(List.of("reportedOn"), fields(WorkRules.reportProblems(LocalDate.of(2023, 11, 30), 10, FROM, TO,
                0, null)));
        List<WorkRules.FieldProblem> may = WorkRules.reportProblems(LocalDate.of(2024, 5, 1), 10, FROM, TO, 0, null);
        assertEquals(List.of("reportedOn"), fields(may));
        assertEquals("Ngày báo cáo 1/5/2024 nằm ngoài thời gian thi đua (từ 1/12/2023 đến 30/4/2024)",
                may.get(0).message());
        assertTrue(WorkRules.reportProblems(LocalDate.of(2023, 12, 1), 10, FROM, TO, 0, null).isEmpty());
        assertTrue(WorkRules.reportProblems(LocalDate.of(2024, 4, 30), 10, FROM, TO, 0, null).isEmpty());
    }

    @Test
    void thePercentNeverGoesBackNorBeyondAHundredNorTheDateBeforeTheLastReport() {
        assertEquals("Tỷ lệ hoàn thành 30% thấp hơn lần báo cáo gần nhất (40%)", WorkRules.reportProblems(
                LocalDate.of(2024, 2, 1), 30, FROM, TO, 40, LocalDate.of(2024, 1, 15)).get(0).message());
        assertEquals(List.of("percent"), fields(WorkRules.reportProblems(LocalDate.of(2024, 2, 1), 101, FROM, TO,
                40, null)));
        assertEquals(List.of("reportedOn"), fields(WorkRules.reportProblems(LocalDate.of(2024, 1, 10), 50, FROM, TO,
                40, LocalDate.of(2024, 1, 15))));
        assertTrue(WorkRules.reportProblems(LocalDate.of(2024, 1, 15), 40, FROM, TO, 40,
                LocalDate.of(2024, 1, 15)).isEmpty(), "the same percent on the same day is a report too");
    }

    @Test
    void aCompletedWorkTakesNoMoreReports() {
        assertEquals(List.of("percent"), fields(WorkRules.reportProblems(LocalDate.of(2024, 3, 1), 100, FROM, TO,
                100, LocalDate.of(2024, 2, 1))));
    }

    private static List<String> fields(List<WorkRules.FieldProblem> problems) {
        return problems.stream().map(WorkRules.FieldProblem::field).toList();
    }
}

package vn.dangbo.congress.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChecklistRulesTest {

    private static final Checklist PLAN = Checklists.shipped();
    private static final LocalDate APRIL_15 = LocalDate.of(2020, 4, 15);

    @Test
    void aCellCongressOn15AprilHasItsDraftsDueBy10AprilAndItsAfterReportBy18April() {
        List<ChecklistItem> items = ChecklistRules.itemsFor(PLAN, CongressLevel.CELL, APRIL_15, APRIL_15, null);

        assertEquals(13, items.size());
        for (ChecklistItem item : items) {
            LocalDate expected = item.kind() == DocumentKind.DRAFT ? LocalDate.of(2020, 4, 10)
                    : LocalDate.of(2020, 4, 18);
            assertEquals(expected, item.dueDate(), item.code());
        }
        ChecklistItem report = item(items, "political-report");
        assertEquals("Báo cáo chính trị", report.name());
        assertEquals("Đảng ủy Văn phòng", report.body());
        assertEquals("Thường trực Đảng ủy Văn phòng", item(items, "after-minutes").body());
    }

    @Test
    void theAfterReportCountsFromTheLastDayOfATwoDayCongress() {
        List<ChecklistItem> items = ChecklistRules.itemsFor(PLAN, CongressLevel.COMMITTEE,
                LocalDate.of(2020, 6, 10), LocalDate.of(2020, 6, 11), LocalDate.of(2020, 5, 25));

        assertEquals(LocalDate.of(2020, 6, 14), item(items, "after-resolution").dueDate());
        assertEquals("Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh", item(items, "after-resolution").body());
    }

    @Test
    void theCommitteesDraftsAreDueOnTheDateTheRoundSets() {
        LocalDate roundSet = LocalDate.of(2020, 5, 25);
        List<ChecklistItem> items = ChecklistRules.itemsFor(PLAN, CongressLevel.COMMITTEE,
                LocalDate.of(2020, 6, 10), LocalDate.of(2020, 6, 11), roundSet);

        Map<String, LocalDate> drafts = items.stream().filter(i -> i.kind() == DocumentKind.DRAFT)
                .collect(Collectors.toMap(ChecklistItem::code, ChecklistItem::dueDate));
        assertEquals(9, drafts.size());
        assertTrue(drafts.values().stream().allMatch(roundSet::equals), drafts.toString());
        assertEquals("Đề án nhân sự Ủy ban kiểm tra khóa mới", item(items, "inspection-personnel").name());
    }

    @Test
    void beforeTheRoundSetsItsDateTheCommitteesDraftsHaveNoDueDateAndAreNeverLate() {
        List<ChecklistItem> items = ChecklistRules.itemsFor(PLAN, CongressLevel.COMMITTEE,
                LocalDate.of(2020, 6, 10), LocalDate.of(2020, 6, 11), null);

        ChecklistItem draft = item(items, "delegation-personnel");
        assertNull(draft.dueDate());
        assertFalse(ChecklistRules.isOverdue(draft, null, LocalDate.of(2020, 12, 31)));
        assertEquals(LocalDate.of(2020, 6, 14), item(items, "after-minutes").dueDate());
    }

    @Test
    void movingACongressMovesItsDeadlines() {
        List<ChecklistItem> before = ChecklistRules.itemsFor(PLAN, CongressLevel.CELL, APRIL_15, APRIL_15, null);
        LocalDate april22 = LocalDate.of(2020, 4, 22);
        List<ChecklistItem> after = ChecklistRules.itemsFor(PLAN, CongressLevel.CELL, april22, april22, null);

        assertEquals(before.size(), after.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i).code(), after.get(i).code());
            assertEquals(before.get(i).dueDate().plusDays(7), after.get(i).dueDate());
        }
        assertEquals(LocalDate.of(2020, 4, 17), item(after, "programme").dueDate());
        assertEquals(LocalDate.of(2020, 4, 25), item(after, "after-election-approval").dueDate());
    }

    @Test
    void aDraftApprovedOnItsDueDateIsInTimeAndADayLaterIsLate() {
        ChecklistItem draft = item(ChecklistRules.itemsFor(PLAN, CongressLevel.CELL, APRIL_15, APRIL_15, null),
                "political-report");
        LocalDate today = LocalDate.of(2020, 4, 20);

        assertFalse(ChecklistRules.isOverdue(draft, LocalDate.of(2020, 4, 10), today));
        assertTrue(ChecklistRules.isOverdue(draft, LocalDate.of(2020, 4, 11), today));
    }

    @Test
    void anItemNotHandedInIsLateOnlyOnceItsDueDateHasPassed() {
        ChecklistItem report = item(ChecklistRules.itemsFor(PLAN, CongressLevel.CELL, APRIL_15, APRIL_15, null),
                "after-minutes");

        assertFalse(ChecklistRules.isOverdue(report, null, LocalDate.of(2020, 4, 18)));
        assertTrue(ChecklistRules.isOverdue(report, null, LocalDate.of(2020, 4, 19)));
    }

    @Test
    void aCongressEndingBeforeItStartsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChecklistRules.itemsFor(PLAN, CongressLevel.CELL,
                APRIL_15, APRIL_15.minusDays(1), null));
    }

    private static ChecklistItem item(List<ChecklistItem> items, String code) {
        return items.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anIssuedDocumentIsTheItemItsTypeAndTitleWordsName() {
        LocalDate before = LocalDate.of(2020, 4, 3);
        assertEquals("political-report", matched(CongressLevel.CELL, "BC", "Báo cáo chính trị trình đại hội", before));
        assertEquals("committee-review", matched(CongressLevel.CELL, "BC", "BÁO CÁO KIỂM ĐIỂM của chi ủy", before),
                "case and accents aside");
        assertEquals("comments-report", matched(CongressLevel.CELL, "BC",
                "Báo cáo kết quả thảo luận, tham gia ý kiến vào dự thảo văn kiện", before));
        assertEquals("action-programme", matched(CongressLevel.CELL, "CTr",
                "Chương trình hành động thực hiện Nghị quyết", before), "the item naming most words");
        assertEquals("programme", matched(CongressLevel.CELL, "CTr", "Chương trình Đại hội Chi bộ II", before));
        assertEquals("inspection-personnel", matched(CongressLevel.COMMITTEE, "TTr",
                "Tờ trình đề án nhân sự Ủy ban kiểm tra khóa mới", before));
        assertEquals("committee-personnel", matched(CongressLevel.COMMITTEE, "TTr",
                "Tờ trình đề án nhân sự cấp ủy, khóa mới", before), "punctuation aside");
        assertEquals("after-political-report", matched(CongressLevel.CELL, "BC", "Báo cáo chính trị", APRIL_15),
                "issued from the congress' first day on: the after-report's");
        assertEquals("after-election-approval", matched(CongressLevel.CELL, "TTr",
                "Tờ trình đề nghị chuẩn y kết quả bầu cấp ủy", LocalDate.of(2020, 4, 16)));
        assertEquals(null, matched(CongressLevel.CELL, "TB", "Thông báo tổ chức đại hội", before), "no item");
        assertEquals(null, matched(CongressLevel.CELL, "BC", "Báo cáo tổng kết công tác năm", before), "no item");
        assertEquals(null, matched(CongressLevel.CELL, "BC", "Báo cáo chính trịnh", before), "whole words only");
    }

    @Test
    void aDraftIsDoneWhenApprovedAndAnAfterReportWhenSubmitted() {
        assertFalse(ChecklistRules.isDone(DocumentKind.DRAFT, true, false));
        assertTrue(ChecklistRules.isDone(DocumentKind.DRAFT, true, true));
        assertTrue(ChecklistRules.isDone(DocumentKind.AFTER_REPORT, true, false));
        assertFalse(ChecklistRules.isDone(DocumentKind.AFTER_REPORT, false, false));
    }

    @Test
    void anItemIsPastDueFromTheDayAfterItsDueDate() {
        LocalDate due = LocalDate.of(2020, 4, 10);
        assertFalse(ChecklistRules.isPastDue(due, false, due), "the due date itself is in time");
        assertTrue(ChecklistRules.isPastDue(due, false, due.plusDays(1)));
        assertFalse(ChecklistRules.isPastDue(due, true, due.plusDays(1)), "done");
        assertFalse(ChecklistRules.isPastDue(null, false, due), "no due date yet");
        assertEquals(3, ChecklistRules.daysLate(due, LocalDate.of(2020, 4, 13)));
        assertEquals(0, ChecklistRules.daysLate(due, LocalDate.of(2020, 4, 9)));
    }

    private static String matched(CongressLevel level, String type, String title, LocalDate issuedOn) {
        return ChecklistRules.matchIssued(PLAN, level, APRIL_15, type, title, issuedOn).map(Checklist.Document::code)
                .orElse(null);
    }
}

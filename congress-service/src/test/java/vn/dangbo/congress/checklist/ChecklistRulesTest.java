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
}

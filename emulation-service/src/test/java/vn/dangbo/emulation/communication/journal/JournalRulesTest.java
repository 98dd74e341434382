package vn.dangbo.emulation.communication.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.plan.CodeLabel;

class JournalRulesTest {

    @Test
    void theJournalIsDueTheDayBeforeTheMeetingAndMovesWithIt() {
        assertEquals(LocalDate.of(2024, 5, 9), JournalRules.due(LocalDate.of(2024, 5, 10), -1));
        assertEquals(LocalDate.of(2024, 5, 16), JournalRules.due(LocalDate.of(2024, 5, 17), -1));
        assertNull(JournalRules.due(null, -1));
    }

    @Test
    void publishedAfterTheDueDateIsLate() {
        LocalDate due = LocalDate.of(2024, 5, 9);
        assertFalse(JournalRules.late(LocalDate.of(2024, 5, 9), due));
        assertTrue(JournalRules.late(LocalDate.of(2024, 5, 10), due));
    }

    @Test
    void lateAndFewerCopiesWarnNamingTheFigures() {
        assertEquals(List.of("Tập san xuất bản ngày 10/5/2024, sau thời hạn 9/5/2024",
                        "Tập san in 450 cuốn, ít hơn kế hoạch 500 cuốn"),
                JournalRules.publicationWarnings(LocalDate.of(2024, 5, 10), 450, LocalDate.of(2024, 5, 9), 500));
        assertEquals(List.of(), JournalRules.publicationWarnings(LocalDate.of(2024, 5, 8), 500,
                LocalDate.of(2024, 5, 9), 500));
    }

    @Test
    void aSourceGroupWithNoArticleWarns() {
        List<CodeLabel> groups = List.of(new CodeLabel("STANDING", "Bài của Thường trực"),
                new CodeLabel("AGENCIES", "Các cơ quan, đơn vị, doanh nghiệp"));
        assertEquals(List.of("Chưa có bài nào thuộc nhóm \"Các cơ quan, đơn vị, doanh nghiệp\""),
                JournalRules.groupWarnings(groups, Map.of("STANDING", 2L)));
    }
}

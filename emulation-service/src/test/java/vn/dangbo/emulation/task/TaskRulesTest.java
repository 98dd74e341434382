package vn.dangbo.emulation.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.task.TaskSettings.Assignment;
import vn.dangbo.emulation.task.TaskSettings.Block;
import vn.dangbo.emulation.task.TaskSettings.Body;
import vn.dangbo.emulation.task.TaskSettings.DueRule;

class TaskRulesTest {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<String, LocalDate> ANCHORS = Map.of("MEETING", LocalDate.of(2024, 5, 10),
            "SEMINAR", LocalDate.of(2024, 4, 30));

    @Test
    void anAnchoredTaskIsDueItsOffsetFromTheAnchorAndAFixedOneOnItsDate() {
        assertEquals(LocalDate.of(2024, 5, 9), TaskRules.dueOn(new DueRule(null, "MEETING", -1), ANCHORS));
        assertEquals(LocalDate.of(2024, 5, 10), TaskRules.dueOn(new DueRule(null, "MEETING", 0), ANCHORS));
        assertEquals(LocalDate.of(2024, 4, 30), TaskRules.dueOn(new DueRule(null, "SEMINAR", null), ANCHORS));
        assertEquals(LocalDate.of(2023, 12, 31), TaskRules.dueOn(new DueRule(LocalDate.of(2023, 12, 31), null, null),
                ANCHORS));
    }

    @Test
    void movingTheMeetingAWeekLaterMovesTheDayBeforeItAWeekLater() {
        assertEquals(LocalDate.of(2024, 5, 16), TaskRules.dueOn(new DueRule(null, "MEETING", -1),
                Map.of("MEETING", LocalDate.of(2024, 5, 17))));
    }

    @Test
    void anUnknownAnchorIsADefect() {
        assertThrows(IllegalArgumentException.class, () -> TaskRules.dueOn(new DueRule(null, "GALA", 0), ANCHORS));
    }

    @Test
    void aTaskIsOverdueFromTheDayAfterItsDueDayUnlessDone() {
        LocalDate due = LocalDate.of(2024, 5, 9);
        assertFalse(TaskRules.isOverdue(TaskStatus.TODO, due, due));
        assertTrue(TaskRules.isOverdue(TaskStatus.TODO, due, due.plusDays(1)));
        assertTrue(TaskRules.isOverdue(TaskStatus.IN_PROGRESS, due, due.plusDays(1)));
        assertFalse(TaskRules.isOverdue(TaskStatus.DONE, due, due.plusDays(30)));
        assertEquals(1, TaskRules.daysLate(due, due.plusDays(1)));
    }

    @Test
    void todayIsTheDayInHanoiNotOnTheServersClock() {
        // 9/5/2024 17:30 UTC is already 10/5 00:30 in Hanoi
        Clock clock = Clock.fixed(Instant.parse("2024-05-09T17:30:00Z"), ZoneOffset.UTC);
        assertEquals(LocalDate.of(2024, 5, 10), TaskRules.today(clock, HANOI));
    }

    @Test
    void ownersAndHelpersMustBeBodiesAndAnchorsMustExist() {
        TaskSettings settings = new TaskSettings("III", List.of(new Body("BTG", "Ban Tuyên giáo Đảng ủy Khối")),
                List.of(new Block(3, "BTG", List.of(
                        new Assignment("JOURNAL", "Tập san", List.of("UBKT"), new DueRule(null, "MEETING", -1)),
                        new Assignment("GALA", "Dạ tiệc", List.of(), new DueRule(null, "GALA", 0)),
                        new Assignment("BOTH", "Cả hai", List.of(), new DueRule(LocalDate.of(2024, 1, 1), "MEETING",
                                0)))),
                        new Block(4, "BTC", List.of())));

        List<String> problems = TaskRules.problems(settings, Set.of("MEETING", "SEMINAR"));

        assertEquals(List.of(
                "blocks[0].tasks[0].helpers: UBKT không có trong danh sách cơ quan (bodies)",
                "blocks[0].tasks[1].due.anchor: kế hoạch không có mốc GALA (các mốc: MEETING, SEMINAR)",
                "blocks[0].tasks[2].due: phải có hoặc ngày cố định (date), hoặc mốc (anchor) và số ngày (offsetDays)",
                "blocks[1].owner: BTC không có trong danh sách cơ quan (bodies)"), problems);
    }

    @Test
    void aDuplicateKeyIsRefused() {
        Assignment task = new Assignment("JOURNAL", "Tập san", List.of(), new DueRule(LocalDate.of(2024, 5, 9), null,
                null));
        TaskSettings settings = new TaskSettings(null, List.of(new Body("BTG", "Ban Tuyên giáo")),
                List.of(new Block(1, "BTG", List.of(task, task))));

        assertEquals(List.of("blocks[0].tasks[1].key: phải có và không trùng (JOURNAL)"),
                TaskRules.problems(settings, Set.of()));
    }
}

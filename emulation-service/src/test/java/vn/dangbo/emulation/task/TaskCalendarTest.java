package vn.dangbo.emulation.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.task.TaskEvents.BodyRef;
import vn.dangbo.emulation.task.TaskEvents.Due;
import vn.dangbo.emulation.task.TaskEvents.TaskState;
import vn.dangbo.kit.calendar.CalendarEvent;

class TaskCalendarTest {

    private static final UUID ID = UUID.fromString("0b6f3c1e-2d4a-4e5f-9a1b-2c3d4e5f6a7b");

    @Test
    void aTaskIsAnAllDayEventOnItsDueDayWithItsIdAsUidAndItsSequence() {
        CalendarEvent event = TaskCalendar.event(task("TODO", 1));

        assertEquals("task-" + ID + "@dangbo", event.uid());
        assertEquals(1, event.sequence());
        assertEquals(LocalDate.of(2024, 5, 16), event.firstDay());
        assertEquals(LocalDate.of(2024, 5, 16), event.lastDay());
        assertEquals("Hạn: Biên soạn, xuất bản Tập san – chủ trì: Ban Tuyên giáo Đảng ủy Khối", event.summary());
    }

    @Test
    void aDoneTaskSaysSoInItsSummary() {
        assertEquals("[Đã hoàn thành] Hạn: Biên soạn, xuất bản Tập san – chủ trì: Ban Tuyên giáo Đảng ủy Khối",
                TaskCalendar.event(task("DONE", 2)).summary());
    }

    private static TaskState task(String status, int sequence) {
        return new TaskState(ID, 3, "JOURNAL", "Biên soạn, xuất bản Tập san", new BodyRef("BTG",
                "Ban Tuyên giáo Đảng ủy Khối"), List.of(new BodyRef("UBKT", "Ủy ban Kiểm tra Đảng ủy Khối")),
                new Due(null, "MEETING", -1), LocalDate.of(2024, 5, 16), status, sequence);
    }
}

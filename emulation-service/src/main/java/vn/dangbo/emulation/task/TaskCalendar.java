package vn.dangbo.emulation.task;

import java.util.List;
import vn.dangbo.emulation.task.TaskEvents.TaskState;
import vn.dangbo.kit.calendar.CalendarEvent;
import vn.dangbo.kit.calendar.CalendarUid;

/**
 * Tasks as all-day events on their due days: the UID is the task's id (stable across exports), the SEQUENCE the
 * task's, raised whenever its due day moves or it is done or reopened (its summary says so).
 */
public final class TaskCalendar {

    private TaskCalendar() {
    }

    public static List<CalendarEvent> events(List<TaskState> tasks) {
        return tasks.stream().map(TaskCalendar::event).toList();
    }

    public static CalendarEvent event(TaskState task) {
        String summary = (TaskStatus.DONE.name().equals(task.status()) ? "[Đã hoàn thành] " : "") + "Hạn: "
                + task.title() + " – chủ trì: " + task.owner().name();
        return CalendarEvent.allDay(uid(task), task.sequence(), summary, task.dueOn(), task.dueOn());
    }

    public static String uid(TaskState task) {
        return CalendarUid.of("task", task.id().toString());
    }
}

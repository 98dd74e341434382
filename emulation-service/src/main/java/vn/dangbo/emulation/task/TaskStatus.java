package vn.dangbo.emulation.task;

/** Where a task stands: chưa thực hiện, đang thực hiện, hoàn thành. */
public enum TaskStatus {
    TODO,
    IN_PROGRESS,
    DONE
}

package vn.dangbo.emulation.task;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.dangbo.emulation.task.TaskSettings.Assignment;
import vn.dangbo.emulation.task.TaskSettings.Block;
import vn.dangbo.emulation.task.TaskSettings.Body;
import vn.dangbo.emulation.task.TaskSettings.DueRule;

/** The task board's rules: when a task is due, whether it is overdue, what a {@code tasks} section may hold. */
public final class TaskRules {

    private TaskRules() {
    }

    /**
     * The day a task is due: its fixed date, or its anchor's effective day plus the offset.
     *
     * @param anchors the movement's anchors by key, each at its effective day (the date, or its window's end)
     * @throws IllegalArgumentException when the rule names an anchor the movement does not have (the section check
     *                                  refuses such a rule, so this is a defect)
     */
    public static LocalDate dueOn(DueRule rule, Map<String, LocalDate> anchors) {
        if (!rule.isAnchored()) {
            return rule.date();
        }
        LocalDate anchor = anchors.get(rule.anchor());
        if (anchor == null) {
            throw new IllegalArgumentException("no anchor " + rule.anchor() + " among " + anchors.keySet());
        }
        return anchor.plusDays(rule.offsetDays() == null ? 0 : rule.offsetDays());
    }

    /** Overdue: not done, and its due day is over on {@code today} (a task due today is not late yet). */
    public static boolean isOverdue(TaskStatus status, LocalDate dueOn, LocalDate today) {
        return status != TaskStatus.DONE && dueOn.isBefore(today);
    }

    /** How many days after its due day {@code today} is (1 the day after). */
    public static long daysLate(LocalDate dueOn, LocalDate today) {
        return ChronoUnit.DAYS.between(dueOn, today);
    }

    /** The day it is where the movement runs (Asia/Ho_Chi_Minh), whatever the server's zone. */
    public static LocalDate today(Clock clock, ZoneId zone) {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /**
     * What is wrong with a {@code tasks} section, in Vietnamese, each naming its field.
     *
     * @param anchors the keys of the anchors of the plan or movement
     */
    public static List<String> problems(TaskSettings settings, Set<String> anchors) {
        List<String> problems = new ArrayList<>();
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < settings.bodies().size(); i++) {
            Body body = settings.bodies().get(i);
            if (blank(body.code()) || blank(body.name())) {
                problems.add("bodies[" + i + "]: phải có mã (code) và tên (name)");
            } else if (!bodies.add(body.code())) {
                problems.add("bodies[" + i + "].code: mã " + body.code() + " bị trùng");
            }
        }
        Set<String> keys = new HashSet<>();
        Set<Integer> numbers = new HashSet<>();
        for (int b = 0; b < settings.blocks().size(); b++) {
            Block block = settings.blocks().get(b);
            String at = "blocks[" + b + "]";
            if (block.no() < 1 || !numbers.add(block.no())) {
                problems.add(at + ".no: số mục phải từ 1 trở lên và không trùng (" + block.no() + ")");
            }
            if (!bodies.contains(block.owner())) {
                problems.add(at + ".owner: " + block.owner() + " không có trong danh sách cơ quan (bodies)");
            }
            for (int t = 0; t < block.tasks().size(); t++) {
                problems.addAll(problems(block.tasks().get(t), at + ".tasks[" + t + "]", bodies, anchors, keys));
            }
        }
        return problems;
    }

    private static List<String> problems(Assignment task, String at, Set<String> bodies, Set<String> anchors,
            Set<String> keys) {
        List<String> problems = new ArrayList<>();
        if (blank(task.key()) || !keys.add(task.key())) {
            problems.add(at + ".key: phải có và không trùng (" + task.key() + ")");
        }
        if (blank(task.title())) {
            problems.add(at + ".title: phải có");
        }
        for (String helper : task.helpers()) {
            if (!bodies.contains(helper)) {
                problems.add(at + ".helpers: " + helper + " không có trong danh sách cơ quan (bodies)");
            }
        }
        DueRule due = task.due();
        if (due == null || (due.date() == null) == (due.anchor() == null)) {
            problems.add(at + ".due: phải có hoặc ngày cố định (date), hoặc mốc (anchor) và số ngày (offsetDays)");
        } else if (due.isAnchored() && !anchors.contains(due.anchor())) {
            problems.add(at + ".due.anchor: kế hoạch không có mốc " + due.anchor() + " (các mốc: "
                    + String.join(", ", anchors.stream().sorted().toList()) + ")");
        } else if (!due.isAnchored() && due.offsetDays() != null) {
            problems.add(at + ".due.offsetDays: chỉ dùng cùng với mốc (anchor)");
        }
        return problems;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

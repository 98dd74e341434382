package vn.dangbo.emulation.tournament.schedule;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** The frame of a schedule checked alike in the settings and in the office's request: each problem names its field. */
public final class ScheduleChecks {

    private ScheduleChecks() {
    }

    public record Problem(String field, String message) {
    }

    public static List<Problem> frameProblems(int days, int courts, LocalTime dayStartsAt, LocalTime dayEndsAt,
            int matchMinutes, int minRestMinutes) {
        List<Problem> problems = new ArrayList<>();
        if (days < 1) {
            problems.add(new Problem("days", "số ngày thi đấu phải từ 1 trở lên"));
        }
        if (courts < 1) {
            problems.add(new Problem("courts", "số sân phải từ 1 trở lên"));
        }
        if (matchMinutes < 1) {
            problems.add(new Problem("matchMinutes", "thời lượng một trận phải từ 1 phút trở lên"));
        }
        if (minRestMinutes < 0) {
            problems.add(new Problem("minRestMinutes", "thời gian nghỉ tối thiểu không được âm"));
        }
        if (dayStartsAt == null || dayEndsAt == null) {
            problems.add(new Problem(dayStartsAt == null ? "dayStartsAt" : "dayEndsAt", "phải có giờ (HH:mm)"));
        } else if (!dayEndsAt.isAfter(dayStartsAt)) {
            problems.add(new Problem("dayEndsAt", "giờ kết thúc " + dayEndsAt + " phải sau giờ bắt đầu "
                    + dayStartsAt));
        } else if (matchMinutes >= 1
                && java.time.Duration.between(dayStartsAt, dayEndsAt).toMinutes() < matchMinutes) {
            problems.add(new Problem("dayEndsAt", "từ " + dayStartsAt + " đến " + dayEndsAt
                    + " không đủ cho một trận " + matchMinutes + " phút"));
        }
        return problems;
    }
}

package vn.dangbo.emulation.gathering;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * §II.3 and §II.7: the seminar falls in April, the meeting in May (the plan's windows), each lasts half a day. A date
 * outside the window is refused; longer than half a day only warns (the office may have its reasons); an end before
 * the start is a mistake.
 */
public final class GatheringRules {

    private GatheringRules() {
    }

    /** "hội thảo" / "buổi gặp mặt kỷ niệm", as a sentence names the event. */
    public static String label(String kind) {
        return "SEMINAR".equals(kind) ? "hội thảo" : "buổi gặp mặt kỷ niệm";
    }

    /** @return why {@code date} is refused: outside {@code from..to} (both included), naming the window */
    public static Optional<String> windowRefusal(String kind, LocalDate date, LocalDate from, LocalDate to) {
        if (from != null && date.isBefore(from) || to != null && date.isAfter(to)) {
            return Optional.of("Ngày " + day(date) + " nằm ngoài thời gian kế hoạch cho " + label(kind) + " (từ "
                    + day(from) + " đến " + day(to) + ")");
        }
        return Optional.empty();
    }

    /** @return why the times are refused: the end not after the start */
    public static Optional<String> timesRefusal(LocalTime startsAt, LocalTime endsAt) {
        return endsAt.isAfter(startsAt) ? Optional.empty()
                : Optional.of("Giờ kết thúc (" + time(endsAt) + ") phải sau giờ bắt đầu (" + time(startsAt) + ")");
    }

    /** The length in hours, e.g. 3.5 for 08:00-11:30. */
    public static double hours(LocalTime startsAt, LocalTime endsAt) {
        return Duration.between(startsAt, endsAt).toMinutes() / 60.0;
    }

    /** @return the warning when the event lasts longer than half a day ({@code maxHours}) */
    public static Optional<String> lengthWarning(String kind, LocalTime startsAt, LocalTime endsAt, double maxHours) {
        double hours = hours(startsAt, endsAt);
        return hours > maxHours
                ? Optional.of("Thời gian " + label(kind) + " là " + number(hours) + " giờ (" + time(startsAt) + " - "
                        + time(endsAt) + "), dài hơn nửa ngày theo kế hoạch (tối đa " + number(maxHours) + " giờ)")
                : Optional.empty();
    }

    /** 2/5/2024. */
    public static String day(LocalDate date) {
        return date == null ? "?" : date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /** 08:00. */
    public static String time(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** 6, 5,5 (Vietnamese decimal comma). */
    static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value)
                : String.valueOf(Math.round(value * 100) / 100.0).replace('.', ',');
    }
}

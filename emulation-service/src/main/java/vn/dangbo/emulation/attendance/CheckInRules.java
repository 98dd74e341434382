package vn.dangbo.emulation.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** When a scan's own time may be the check-in's, and what a second scan answers. */
public final class CheckInRules {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private CheckInRules() {
    }

    /**
     * An offline scanner's time is the check-in's time: not after now (the server's clock) and not before the
     * event's day in its zone.
     *
     * @return the reason a scan time is refused
     */
    public static Optional<String> scannedAtRefusal(Instant scannedAt, Instant now, LocalDate eventDay, ZoneId zone) {
        if (scannedAt.isAfter(now)) {
            return Optional.of("Thời điểm quét " + local(scannedAt, zone) + " ở tương lai");
        }
        if (LocalDate.ofInstant(scannedAt, zone).isBefore(eventDay)) {
            return Optional.of("Thời điểm quét " + local(scannedAt, zone) + " trước ngày tổ chức "
                    + DAY.format(eventDay));
        }
        return Optional.empty();
    }

    /**
     * The shortest start of a token typed by hand at the door: the invitation prints the token's first 8
     * characters under its QR code (48 random bits: two invitations of one event sharing them is far-fetched, and
     * answered by a lookup by name when it happens).
     */
    static final int SHORT_CODE_LENGTH = 8;

    /** Whether what was entered may be the printed start of a token rather than a whole one. */
    public static boolean mayBeShortCode(String entered) {
        return entered.length() >= SHORT_CODE_LENGTH && entered.length() < 32;
    }

    /** A second scan's answer: the first check-in's time, local to the movement's zone. */
    public static String alreadyCheckedIn(Instant checkedInAt, ZoneId zone) {
        return "Đã điểm danh lúc " + HOUR_MINUTE.format(checkedInAt.atZone(zone));
    }

    private static String local(Instant instant, ZoneId zone) {
        return HOUR_MINUTE.format(instant.atZone(zone)) + " ngày " + DAY.format(instant.atZone(zone));
    }
}

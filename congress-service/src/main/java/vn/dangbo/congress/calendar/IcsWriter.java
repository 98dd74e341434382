package vn.dangbo.congress.calendar;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An RFC 5545 calendar of congresses and deadlines, written by hand: a few properties need no library, and the
 * rules that matter (TEXT escaping, folding at 75 octets without splitting a character, CRLF) are tested here.
 * Times are local to Asia/Ho_Chi_Minh, declared in the calendar's own VTIMEZONE (UTC+7, no daylight saving).
 */
public final class IcsWriter {

    public static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

    private static final String CRLF = "\r\n";
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private IcsWriter() {
    }

    /** The calendar of {@code events}, each stamped {@code stamp} (the time of the export). */
    public static String write(List<CalendarEvent> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//dangbo//congress-service//VI");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + TIME_ZONE);
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19700101T000000");
        line(ics, "TZOFFSETFROM:+0700");
        line(ics, "TZOFFSETTO:+0700");
        line(ics, "TZNAME:ICT");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
        for (CalendarEvent event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid());
            line(ics, "SEQUENCE:" + event.sequence());
            line(ics, "DTSTAMP:" + UTC.format(stamp));
            if (event.isAllDay()) {
                line(ics, "DTSTART;VALUE=DATE:" + DATE.format(event.firstDay()));
                // DTEND of an all-day event is exclusive: the day after the last
                line(ics, "DTEND;VALUE=DATE:" + DATE.format(event.lastDay().plusDays(1)));
            } else {
                line(ics, "DTSTART;TZID=" + TIME_ZONE + ":" + LOCAL.format(event.start()));
                line(ics, "DTEND;TZID=" + TIME_ZONE + ":" + LOCAL.format(event.end()));
            }
            line(ics, "SUMMARY:" + escape(event.summary()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped; NFC so a reader compares alike. */
    static String escape(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder escaped = new StringBuilder(nfc.length());
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    if (i + 1 >= nfc.length() || nfc.charAt(i + 1) != '\n') {
                        escaped.append("\\n");
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * RFC 5545 §3.1: a content line longer than 75 octets continues on lines starting with a space; a break never
     * falls inside a character's UTF-8 bytes (nor between a surrogate pair).
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder(line.length() + 8);
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int chars = Character.charCount(codePoint);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.append(line, i, i + chars);
            octets += size;
            i += chars;
        }
        return folded.toString();
    }

    private static void line(StringBuilder ics, String line) {
        ics.append(fold(line)).append(CRLF);
    }
}

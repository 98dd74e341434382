package vn.dangbo.congress.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    private final Appendable out;
    private final String stamp;

    private IcsWriter(Appendable out, Instant stamp) {
        this.out = out;
        this.stamp = "DTSTAMP:" + UTC.format(stamp);
    }

    /** The calendar of {@code events}, each stamped {@code stamp} (the time of the export). */
    public static String write(List<CalendarEvent> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        IcsWriter writer = start(ics, stamp);
        events.forEach(writer::event);
        writer.end();
        return ics.toString();
    }

    /**
     * A calendar written event by event to {@code out} (a feed streamed as its rows are read): the header and the
     * time zone now, then {@link #event} for each event and {@link #end} once.
     */
    public static IcsWriter start(Appendable out, Instant stamp) {
        IcsWriter writer = new IcsWriter(out, stamp);
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:-//dangbo//congress-service//VI");
        writer.line("CALSCALE:GREGORIAN");
        writer.line("METHOD:PUBLISH");
        writer.line("BEGIN:VTIMEZONE");
        writer.line("TZID:" + TIME_ZONE);
        writer.line("BEGIN:STANDARD");
        writer.line("DTSTART:19700101T000000");
        writer.line("TZOFFSETFROM:+0700");
        writer.line("TZOFFSETTO:+0700");
        writer.line("TZNAME:ICT");
        writer.line("END:STANDARD");
        writer.line("END:VTIMEZONE");
        return writer;
    }

    public void event(CalendarEvent event) {
        line("BEGIN:VEVENT");
        line("UID:" + event.uid());
        line("SEQUENCE:" + event.sequence());
        line(stamp);
        if (event.isAllDay()) {
            line("DTSTART;VALUE=DATE:" + DATE.format(event.firstDay()));
            // DTEND of an all-day event is exclusive: the day after the last
            line("DTEND;VALUE=DATE:" + DATE.format(event.lastDay().plusDays(1)));
        } else {
            line("DTSTART;TZID=" + TIME_ZONE + ":" + LOCAL.format(event.start()));
            line("DTEND;TZID=" + TIME_ZONE + ":" + LOCAL.format(event.end()));
        }
        line("SUMMARY:" + escape(event.summary()));
        line("STATUS:" + event.status().name());
        line("END:VEVENT");
    }

    public void end() {
        line("END:VCALENDAR");
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
        fold(line, folded);
        return folded.toString();
    }

    private static void fold(String line, StringBuilder folded) {
        int octets = 0;
        int from = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = utf8Octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                folded.append(line, from, i).append(CRLF).append(' ');
                from = i;
                octets = 1;
            }
            octets += size;
            i += Character.charCount(codePoint);
        }
        folded.append(line, from, line.length());
    }

    /** Counted rather than encoded: a feed of a province folds millions of characters. */
    private static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    private void line(String line) {
        try {
            if (line.length() <= MAX_OCTETS / 4) {
                out.append(line).append(CRLF); // no line this short can exceed 75 octets
            } else {
                out.append(fold(line)).append(CRLF);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

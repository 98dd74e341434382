package vn.dangbo.kit.calendar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 5545 calendar (congresses and their deadlines, a movement's task board), written by hand: a few properties
 * need no library, and the rules that matter (TEXT escaping, folding at 75 octets without splitting a character,
 * CRLF) are tested here. Times are local to Asia/Ho_Chi_Minh, declared in the calendar's own VTIMEZONE (UTC+7, no
 * daylight saving). Every service's calendar has this one shape; only its PRODID names the service.
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
    /** The event being written, and the property being put together (reused: a feed has thousands of events). */
    private final StringBuilder buffer = new StringBuilder(1024);
    private final StringBuilder scratch = new StringBuilder(256);

    private IcsWriter(Appendable out, Instant stamp) {
        this.out = out;
        this.stamp = "DTSTAMP:" + UTC.format(stamp);
    }

    /**
     * The calendar of {@code events}, each stamped {@code stamp} (the time of the export).
     *
     * @param product the PRODID, e.g. {@code -//dangbo//congress-service//VI}
     */
    public static String write(String product, List<CalendarEvent> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        IcsWriter writer = start(ics, product, stamp);
        events.forEach(writer::event);
        writer.end();
        return ics.toString();
    }

    /**
     * A calendar written event by event to {@code out} (a feed streamed as its rows are read): the header and the
     * time zone now, then {@link #event} for each event and {@link #end} once.
     */
    public static IcsWriter start(Appendable out, String product, Instant stamp) {
        Objects.requireNonNull(product, "product");
        IcsWriter writer = new IcsWriter(out, stamp);
        writer.line("BEGIN:VCALENDAR");
        writer.line("VERSION:2.0");
        writer.line("PRODID:" + product);
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

    /** Writes one event: its lines are put together here and handed to {@code out} at once. */
    public void event(CalendarEvent event) {
        buffer.setLength(0);
        buffer.append("BEGIN:VEVENT").append(CRLF);
        property("UID:").append(event.uid());
        endProperty();
        property("SEQUENCE:").append(event.sequence());
        endProperty();
        property(stamp);
        endProperty();
        if (event.isAllDay()) {
            appendDate(property("DTSTART;VALUE=DATE:"), event.firstDay());
            endProperty();
            // DTEND of an all-day event is exclusive: the day after the last
            appendDate(property("DTEND;VALUE=DATE:"), event.lastDay().plusDays(1));
            endProperty();
        } else {
            property("DTSTART;TZID=" + TIME_ZONE + ":").append(LOCAL.format(event.start()));
            endProperty();
            property("DTEND;TZID=" + TIME_ZONE + ":").append(LOCAL.format(event.end()));
            endProperty();
        }
        appendEscaped(property("SUMMARY:"), event.summary());
        endProperty();
        property("STATUS:").append(event.status().name());
        endProperty();
        buffer.append("END:VEVENT").append(CRLF);
        try {
            out.append(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StringBuilder property(String start) {
        scratch.setLength(0);
        return scratch.append(start);
    }

    private void endProperty() {
        fold(scratch, buffer);
        buffer.append(CRLF);
    }

    /** yyyyMMdd without a formatter: a feed writes two dates per event. */
    private static void appendDate(StringBuilder text, LocalDate date) {
        int year = date.getYear();
        if (year < 1000 || year > 9999) {
            text.append(DATE.format(date));
            return;
        }
        text.append(year);
        int month = date.getMonthValue();
        text.append((char) ('0' + month / 10)).append((char) ('0' + month % 10));
        int day = date.getDayOfMonth();
        text.append((char) ('0' + day / 10)).append((char) ('0' + day % 10));
    }

    public void end() {
        line("END:VCALENDAR");
    }

    /** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and newline escaped; NFC so a reader compares alike. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        appendEscaped(escaped, text);
        return escaped.toString();
    }

    /** {@link #escape} into {@code target}, in one pass copying the runs between special characters whole. */
    private static void appendEscaped(StringBuilder target, String text) {
        String nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        int run = 0;
        for (int i = 0; i < nfc.length(); i++) {
            String replacement = switch (nfc.charAt(i)) {
                case '\\' -> "\\\\";
                case ';' -> "\\;";
                case ',' -> "\\,";
                case '\n' -> "\\n";
                // CRLF is one line break, a lone CR another
                case '\r' -> i + 1 < nfc.length() && nfc.charAt(i + 1) == '\n' ? "" : "\\n";
                default -> null;
            };
            if (replacement != null) {
                target.append(nfc, run, i).append(replacement);
                run = i + 1;
            }
        }
        target.append(nfc, run, nfc.length());
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

    private static void fold(CharSequence line, StringBuilder folded) {
        if (line.length() <= MAX_OCTETS / 3) {
            folded.append(line); // no UTF-16 unit is more than 3 octets: this short a line never folds
            return;
        }
        int octets = 0;
        int from = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = Character.codePointAt(line, i);
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
            out.append(fold(line)).append(CRLF);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

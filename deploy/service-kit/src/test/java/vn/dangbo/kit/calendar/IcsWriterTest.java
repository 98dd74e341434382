package vn.dangbo.kit.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer's own rules; each service reads its calendars back with ical4j in its tests. */
class IcsWriterTest {

    @Test
    void foldingPutsAMultiByteCharacterWhollyOnTheNextLine() {
        // 74 ASCII octets then "ệ" (3 octets): it cannot fit in the 75th octet, so it starts the next line
        String line = "SUMMARY:" + "a".repeat(66) + "ệ" + "b";

        assertEquals("SUMMARY:" + "a".repeat(66) + "\r\n ệb", IcsWriter.fold(line));
    }

    @Test
    void textEscapingFollowsRfc5545() {
        assertEquals("a\\, b\\; c\\\\ d\\ne\\nf", IcsWriter.escape("a, b; c\\ d\ne\r\nf"));
    }

    @Test
    void theCalendarNamesTheServiceThatWroteIt() {
        String ics = IcsWriter.write("-//dangbo//emulation-service//VI", List.of(CalendarEvent.allDay(
                CalendarUid.of("task", "1"), 0, "Hạn", LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 9))),
                Instant.parse("2024-04-01T00:00:00Z"));

        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//dangbo//emulation-service//VI\r\n"), ics);
        assertTrue(ics.contains("\r\nUID:task-1@dangbo\r\n"), ics);
    }

    @Test
    void aUidIsItsPartsInTheDangboDomain() {
        assertEquals("deadline-42-drafts@dangbo", CalendarUid.of("deadline", "42", "drafts"));
        assertThrows(IllegalArgumentException.class, CalendarUid::of);
    }
}

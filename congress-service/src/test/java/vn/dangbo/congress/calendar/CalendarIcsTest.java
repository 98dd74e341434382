package vn.dangbo.congress.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.checklist.ChecklistItem;
import vn.dangbo.congress.checklist.DocumentKind;
import vn.dangbo.kit.calendar.CalendarEvent;
import vn.dangbo.kit.calendar.IcsWriter;

/** The written calendar read back by ical4j, a calendar library independent of the writer. */
class CalendarIcsTest {

    static {
        // never reach out for time zone updates from a test: the calendar carries its own VTIMEZONE
        System.setProperty("net.fortuna.ical4j.timezone.update.enabled", "false");
    }

    private static final UUID CONGRESS = UUID.fromString("6f1c2b8e-3d4a-4e5f-9a1b-2c3d4e5f6a7b");
    private static final Instant STAMP = Instant.parse("2020-04-01T02:30:00Z");
    private static final String LONG_SUMMARY = "Đại hội Chi bộ I, nhiệm kỳ 2020 - 2022; tổng kết thực hiện Nghị quyết "
            + "Đại hội Đảng bộ nhiệm kỳ 2015 - 2020 và xác định mục tiêu, phương hướng, nhiệm vụ của chi bộ \\ nhiệm kỳ tới\n"
            + "Bầu cấp ủy";

    @Test
    void theCalendarReadsBackWithItsUidsSequencesAndTimeZone() throws Exception {
        Calendar calendar = parse(write());

        List<CalendarComponent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(List.of("congress-" + CONGRESS + "@dangbo", "congress-" + CONGRESS + "-day@dangbo",
                "deadline-" + CONGRESS + "-drafts@dangbo", "deadline-" + CONGRESS + "-after-report@dangbo"),
                events.stream().map(e -> value(e, Property.UID)).toList());
        assertEquals(List.of("3", "0", "2", "2"), events.stream().map(e -> value(e, Property.SEQUENCE)).toList());
        assertTrue(events.stream().allMatch(e -> value(e, Property.DTSTAMP).equals("20200401T023000Z")));

        List<CalendarComponent> zones = calendar.getComponents(Component.VTIMEZONE);
        assertEquals(1, zones.size());
        assertEquals("Asia/Ho_Chi_Minh", value(zones.get(0), Property.TZID));
        List<Observance> observances = ((VTimeZone) zones.get(0)).getObservances();
        assertEquals(List.of(Observance.STANDARD), observances.stream().map(Observance::getName).toList());
        assertEquals("+0700", value(observances.get(0), Property.TZOFFSETTO));
        assertEquals("+0700", value(observances.get(0), Property.TZOFFSETFROM));
    }

    @Test
    void aDatedCongressIsInHoChiMinhTimeAndAnAllDayOneEndsTheDayAfterItsLast() throws Exception {
        List<CalendarComponent> events = parse(write()).getComponents(Component.VEVENT);

        Property start = events.get(0).getProperty(Property.DTSTART).orElseThrow();
        assertEquals("20200415T073000", start.getValue());
        assertEquals("Asia/Ho_Chi_Minh", start.getParameter("TZID").orElseThrow().getValue());
        assertEquals("20200610", value(events.get(1), Property.DTSTART));
        assertEquals("20200612", value(events.get(1), Property.DTEND));
        assertEquals("20200410", value(events.get(2), Property.DTSTART));
        assertEquals("20200411", value(events.get(2), Property.DTEND));
    }

    @Test
    void theVietnameseSummaryRoundTripsWithItsCommasSemicolonsBackslashesAndNewlines() throws Exception {
        List<CalendarComponent> events = parse(write()).getComponents(Component.VEVENT);

        assertEquals(LONG_SUMMARY, value(events.get(0), Property.SUMMARY));
        assertTrue(Normalizer.isNormalized(value(events.get(0), Property.SUMMARY), Normalizer.Form.NFC));
        assertEquals("Hạn trình duyệt 1 dự thảo văn kiện – Đại hội Chi bộ I", value(events.get(2), Property.SUMMARY));
        assertEquals("Hạn báo cáo 1 văn kiện sau đại hội – Đại hội Chi bộ I", value(events.get(3), Property.SUMMARY));
    }

    @Test
    void aDecomposedSummaryIsWrittenAsNfc() throws Exception {
        String decomposed = Normalizer.normalize("Đại hội Chi bộ Văn phòng", Normalizer.Form.NFD);
        String ics = IcsWriter.write(CalendarUids.PRODUCT, List.of(CalendarEvent.allDay("x@dangbo", 0, decomposed,
                LocalDate.of(2020, 4, 15), LocalDate.of(2020, 4, 15))), STAMP);

        assertEquals("Đại hội Chi bộ Văn phòng",
                value(parse(ics).getComponents(Component.VEVENT).get(0), Property.SUMMARY));
    }

    @Test
    void everyLineEndsInCrlfAndLongLinesFoldWithin75OctetsWithoutSplittingACharacter() throws Exception {
        String ics = write();

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "a bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "a bare CR");
        String[] lines = ics.split("\r\n");
        int continuations = 0;
        for (String line : lines) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, octets.length + " octets: " + line);
            strictUtf8(octets);
            continuations += line.startsWith(" ") ? 1 : 0;
        }
        assertTrue(continuations >= 2, "the long summary folds: " + continuations);
    }

    @Test
    void aCancelledEventReadsBackAsCancelledAndAConfirmedOneAsConfirmed() throws Exception {
        CalendarEvent confirmed = CalendarEvent.allDay(CalendarUids.congress(CONGRESS), 1, "Đại hội Chi bộ I nhiệm kỳ "
                + "2020-2022", LocalDate.of(2020, 4, 15), LocalDate.of(2020, 4, 15));
        String ics = IcsWriter.write(CalendarUids.PRODUCT, List.of(confirmed, confirmed.cancelled(2)), STAMP);

        List<CalendarComponent> events = parse(ics).getComponents(Component.VEVENT);
        assertEquals(List.of("CONFIRMED", "CANCELLED"), events.stream().map(e -> value(e, Property.STATUS)).toList());
        assertEquals(List.of("1", "2"), events.stream().map(e -> value(e, Property.SEQUENCE)).toList());
        assertEquals(value(events.get(0), Property.UID), value(events.get(1), Property.UID));
    }

    /** Written once by congress-service's own writer before it moved to the kit: every byte is still the same. */
    @Test
    void theCalendarIsByteForByteWhatCongressServiceWroteBeforeTheWriterMovedToTheKit() {
        CalendarEvent dated = CalendarEvent.dated(CalendarUids.congress(CONGRESS), 3,
                "Đại hội Chi bộ I, nhiệm kỳ 2020 - 2022; tổng kết thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ "
                        + "2015 - 2020 \\ và xác định\nBầu cấp ủy",
                LocalDateTime.of(2020, 4, 15, 7, 30), LocalDateTime.of(2020, 4, 15, 17, 0));
        CalendarEvent deadline = CalendarEvent.allDay(CalendarUids.deadline(CONGRESS, DocumentKind.DRAFT), 2,
                "Hạn trình duyệt 2 dự thảo văn kiện – Đại hội Chi bộ I", LocalDate.of(2020, 4, 10),
                LocalDate.of(2020, 4, 11));

        String expected = "BEGIN:VCALENDAR\r\n"
                + "VERSION:2.0\r\n"
                + "PRODID:-//dangbo//congress-service//VI\r\n"
                + "CALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\n"
                + "BEGIN:VTIMEZONE\r\n"
                + "TZID:Asia/Ho_Chi_Minh\r\n"
                + "BEGIN:STANDARD\r\n"
                + "DTSTART:19700101T000000\r\n"
                + "TZOFFSETFROM:+0700\r\n"
                + "TZOFFSETTO:+0700\r\n"
                + "TZNAME:ICT\r\n"
                + "END:STANDARD\r\n"
                + "END:VTIMEZONE\r\n"
                + "BEGIN:VEVENT\r\n"
                + "UID:congress-6f1c2b8e-3d4a-4e5f-9a1b-2c3d4e5f6a7b@dangbo\r\n"
                + "SEQUENCE:3\r\n"
                + "DTSTAMP:20200401T023000Z\r\n"
                + "DTSTART;TZID=Asia/Ho_Chi_Minh:20200415T073000\r\n"
                + "DTEND;TZID=Asia/Ho_Chi_Minh:20200415T170000\r\n"
                + "SUMMARY:Đại hội Chi bộ I\\, nhiệm kỳ 2020 - 2022\\; tổng kết t\r\n"
                + " hực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2015 - \r\n"
                + " 2020 \\\\ và xác định\\nBầu cấp ủy\r\n"
                + "STATUS:CONFIRMED\r\n"
                + "END:VEVENT\r\n"
                + "BEGIN:VEVENT\r\n"
                + "UID:deadline-6f1c2b8e-3d4a-4e5f-9a1b-2c3d4e5f6a7b-drafts@dangbo\r\n"
                + "SEQUENCE:2\r\n"
                + "DTSTAMP:20200401T023000Z\r\n"
                + "DTSTART;VALUE=DATE:20200410\r\n"
                + "DTEND;VALUE=DATE:20200412\r\n"
                + "SUMMARY:Hạn trình duyệt 2 dự thảo văn kiện – Đại hội Chi\r\n"
                + "  bộ I\r\n"
                + "STATUS:CONFIRMED\r\n"
                + "END:VEVENT\r\n"
                + "BEGIN:VEVENT\r\n"
                + "UID:deadline-6f1c2b8e-3d4a-4e5f-9a1b-2c3d4e5f6a7b-drafts@dangbo\r\n"
                + "SEQUENCE:3\r\n"
                + "DTSTAMP:20200401T023000Z\r\n"
                + "DTSTART;VALUE=DATE:20200410\r\n"
                + "DTEND;VALUE=DATE:20200412\r\n"
                + "SUMMARY:Hạn trình duyệt 2 dự thảo văn kiện – Đại hội Chi\r\n"
                + "  bộ I\r\n"
                + "STATUS:CANCELLED\r\n"
                + "END:VEVENT\r\n"
                + "END:VCALENDAR\r\n";

        assertEquals(expected, IcsWriter.write(CalendarUids.PRODUCT, List.of(dated, deadline, deadline.cancelled(3)),
                STAMP));
    }

    private static String write() {
        List<ChecklistItem> items = List.of(
                new ChecklistItem("political-report", DocumentKind.DRAFT, "Báo cáo chính trị", "Đảng ủy Văn phòng",
                        LocalDate.of(2020, 4, 10)),
                new ChecklistItem("after-minutes", DocumentKind.AFTER_REPORT, "Biên bản đại hội",
                        "Thường trực Đảng ủy Văn phòng", LocalDate.of(2020, 4, 18)),
                new ChecklistItem("inspection-personnel", DocumentKind.DRAFT, "Đề án nhân sự Ủy ban kiểm tra",
                        "Đảng ủy Khối", null));
        List<CalendarEvent> events = new java.util.ArrayList<>();
        events.add(CalendarEvent.dated(CalendarUids.congress(CONGRESS), 3, LONG_SUMMARY,
                LocalDateTime.of(2020, 4, 15, 7, 30), LocalDateTime.of(2020, 4, 15, 17, 0)));
        events.add(CalendarEvent.allDay("congress-" + CONGRESS + "-day@dangbo", 0, "Đại hội Đảng bộ Văn phòng",
                LocalDate.of(2020, 6, 10), LocalDate.of(2020, 6, 11)));
        events.addAll(DeadlineEvents.of(CONGRESS, "Đại hội Chi bộ I", items, 2));
        return IcsWriter.write(CalendarUids.PRODUCT, events, STAMP);
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(Component component, String name) {
        return component.getProperty(name).orElseThrow(() -> new AssertionError("no " + name)).getValue();
    }

    private static void strictUtf8(byte[] octets) throws CharacterCodingException {
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
    }
}

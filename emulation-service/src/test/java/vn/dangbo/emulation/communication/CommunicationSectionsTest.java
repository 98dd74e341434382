package vn.dangbo.emulation.communication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.communication.journal.JournalSection;
import vn.dangbo.emulation.communication.journal.JournalSettings;
import vn.dangbo.emulation.communication.press.PressSection;
import vn.dangbo.emulation.communication.press.PressSettings;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomSection;
import vn.dangbo.emulation.communication.traditionroom.TraditionRoomSettings;
import vn.dangbo.emulation.communication.tvreport.TvReportSection;
import vn.dangbo.emulation.communication.tvreport.TvReportSettings;
import vn.dangbo.emulation.communication.webpage.WebPageSection;
import vn.dangbo.emulation.communication.webpage.WebPageSettings;
import vn.dangbo.emulation.plan.CodeLabel;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.MovementSettings;

/** The seed plan's communications sections read as the features read them; a bad value is refused naming it. */
class CommunicationSectionsTest {

    private static JsonNode sections;
    private static MovementSettings settings;

    @BeforeAll
    static void plan() throws IOException {
        try (InputStream in = CommunicationSectionsTest.class.getClassLoader()
                .getResourceAsStream("plans/2024-khoi-65-nam.json")) {
            sections = MovementPlans.JSON.readTree(in).path("sections");
        }
        settings = new MovementSettings(sections, MovementPlans.JSON);
    }

    private static ObjectNode section(String name) {
        return (ObjectNode) sections.get(name).deepCopy();
    }

    @Test
    void pressCountsEachMonthFromJanuaryToMay() {
        assertEquals(List.of(), new PressSection().problems(section("press")));
        PressSettings press = settings.section("press", PressSettings.class);
        assertEquals(YearMonth.of(2024, 1), press.monthlyFrom());
        assertEquals(YearMonth.of(2024, 5), press.monthlyUntil());
        assertEquals(List.of("NEWS", "ARTICLE", "REPORT"), press.kinds().stream().map(CodeLabel::code).toList());

        ObjectNode backwards = section("press").put("monthlyUntil", "2023-12");
        assertEquals(List.of("monthlyUntil: phải từ tháng monthlyFrom trở đi"), new PressSection().problems(backwards));
        ObjectNode notAMonth = section("press").put("monthlyFrom", "tháng 1");
        assertEquals(List.of("monthlyFrom: giá trị không đúng kiểu dữ liệu"), new PressSection().problems(notAMonth));
        ObjectNode twice = section("press");
        twice.withArray("kinds").addObject().put("code", "NEWS").put("label", "Tin ngắn");
        assertEquals(List.of("kinds[3].code: mã NEWS bị trùng"), new PressSection().problems(twice));
    }

    @Test
    void theWebPageIsLiveFromTheFirstOfJanuary() {
        assertEquals(List.of(), new WebPageSection().problems(section("webPage")));
        assertEquals(LocalDate.of(2024, 1, 1), settings.section("webPage", WebPageSettings.class).liveFrom());

        assertEquals(List.of("liveFrom: giá trị không đúng kiểu dữ liệu"),
                new WebPageSection().problems(section("webPage").put("liveFrom", "1/1/2024")));
        assertEquals(List.of("url: không có mục cài đặt này"),
                new WebPageSection().problems(section("webPage").put("url", "https://x")));
    }

    @Test
    void theTvReportRunsFifteenToTwentyMinutes() {
        assertEquals(List.of(), new TvReportSection().problems(section("tvReport")));
        TvReportSettings tv = settings.section("tvReport", TvReportSettings.class);
        assertEquals(15, tv.minMinutes());
        assertEquals(20, tv.maxMinutes());

        assertEquals(List.of("maxMinutes: phải từ minMinutes (15) trở lên"),
                new TvReportSection().problems(section("tvReport").put("maxMinutes", 10)));
        assertEquals(List.of("minMinutes: phải là một số phút nguyên"),
                new TvReportSection().problems(section("tvReport").put("minMinutes", "mười lăm")));
    }

    @Test
    void theJournalHasFiveSourceGroupsAndIsDueTheDayBeforeTheMeeting() {
        assertEquals(List.of(), new JournalSection().problems(section("journal")));
        JournalSettings journal = settings.section("journal", JournalSettings.class);
        assertEquals(500, journal.copies());
        assertEquals("MEETING", journal.due().anchor());
        assertEquals(-1, journal.due().offsetDays());
        assertEquals(5, journal.sourceGroups().size());
        assertTrue(journal.maxPhotoBytes() > 0);

        assertEquals(List.of("copies: số cuốn phải từ 1 trở lên"),
                new JournalSection().problems(section("journal").put("copies", 0)));
        ObjectNode noGroups = section("journal");
        noGroups.putArray("sourceGroups");
        assertEquals(List.of("sourceGroups: phải có ít nhất một mục"), new JournalSection().problems(noGroups));
    }

    @Test
    void theTraditionRoomIsDoneWithinApril() {
        assertEquals(List.of(), new TraditionRoomSection().problems(section("traditionRoom")));
        TraditionRoomSettings room = settings.section("traditionRoom", TraditionRoomSettings.class);
        assertEquals(LocalDate.of(2024, 4, 30), room.dueBy());
        assertEquals(List.of("PHOTO", "DOCUMENT", "ARTEFACT", "AWARD"),
                room.exhibitKinds().stream().map(CodeLabel::code).toList());

        assertEquals(List.of("dueBy: giá trị không đúng kiểu dữ liệu"),
                new TraditionRoomSection().problems(section("traditionRoom").put("dueBy", "tháng 4")));
        ObjectNode unlabelled = section("traditionRoom");
        unlabelled.withArray("exhibitKinds").addObject().put("code", "BOOK");
        assertEquals(List.of("exhibitKinds[4]: phải có mã (code) và tên (label)"),
                new TraditionRoomSection().problems(unlabelled));
    }
}

package vn.dangbo.emulation.tournament.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.MovementSettings;

/** The seed plan's {@code tournamentSchedule} section reads as the schedule reads it; a bad value is refused. */
class ScheduleSectionTest {

    private static final Set<String> ANCHORS = Set.of("MEETING", "SEMINAR", "TOURNAMENT_FINALS");
    private static JsonNode sections;

    @BeforeAll
    static void plan() throws IOException {
        try (InputStream in = ScheduleSectionTest.class.getClassLoader()
                .getResourceAsStream("plans/2024-khoi-65-nam.json")) {
            sections = MovementPlans.JSON.readTree(in).path("sections");
        }
    }

    private static ObjectNode section() {
        return (ObjectNode) sections.get(ScheduleSection.NAME).deepCopy();
    }

    @Test
    void theFinalsAreTwoDaysOnTwoCourtsFromTheAnchor() {
        assertEquals(List.of(), new ScheduleSection().problems(section(), ANCHORS));
        ScheduleSettings s = new MovementSettings(sections, MovementPlans.JSON)
                .section(ScheduleSection.NAME, ScheduleSettings.class);
        assertEquals("TOURNAMENT_FINALS", s.anchor());
        assertEquals(2, s.days());
        assertEquals(2, s.courts());
        assertEquals(LocalTime.of(7, 30), s.dayStartsAt());
        assertEquals(LocalTime.of(17, 30), s.dayEndsAt());
        assertEquals(45, s.matchMinutes());
        assertEquals(45, s.minRestMinutes());
    }

    @Test
    void aFrameHoldingNoMatchOrAnUnknownAnchorIsRefusedNamingTheField() {
        assertEquals(List.of("courts: số sân phải từ 1 trở lên"),
                new ScheduleSection().problems(section().put("courts", 0), ANCHORS));
        assertEquals(List.of("dayEndsAt: giờ kết thúc 07:00 phải sau giờ bắt đầu 07:30"),
                new ScheduleSection().problems(section().put("dayEndsAt", "07:00"), ANCHORS));
        assertEquals(List.of("dayEndsAt: từ 07:30 đến 08:00 không đủ cho một trận 45 phút"),
                new ScheduleSection().problems(section().put("dayEndsAt", "08:00"), ANCHORS));
        assertEquals(List.of("anchor: phong trào không có mốc FINALS"),
                new ScheduleSection().problems(section().put("anchor", "FINALS"), ANCHORS));
        assertEquals(List.of("dayStartsAt: giá trị không đúng kiểu dữ liệu"),
                new ScheduleSection().problems(section().put("dayStartsAt", "sáng"), ANCHORS));
        assertEquals(List.of("courtCount: không có mục cài đặt này"),
                new ScheduleSection().problems(section().put("courtCount", 2), ANCHORS));
    }
}

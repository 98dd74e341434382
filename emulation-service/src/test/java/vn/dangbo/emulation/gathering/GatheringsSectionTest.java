package vn.dangbo.emulation.gathering;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.MovementSettings;

/** The seed plan's {@code gatherings} section reads as the feature reads it; a bad value is refused naming it. */
class GatheringsSectionTest {

    private static final Set<String> ANCHORS = Set.of("MEETING", "SEMINAR", "TOURNAMENT_FINALS");
    private static JsonNode sections;

    @BeforeAll
    static void plan() throws IOException {
        try (InputStream in = GatheringsSectionTest.class.getClassLoader()
                .getResourceAsStream("plans/2024-khoi-65-nam.json")) {
            sections = MovementPlans.JSON.readTree(in).path("sections");
        }
    }

    private static ObjectNode section() {
        return (ObjectNode) sections.get(GatheringsSection.NAME).deepCopy();
    }

    @Test
    void theSeedsSeminarAndMeetingAndProgrammeRead() {
        assertEquals(List.of(), new GatheringsSection().problems(section(), ANCHORS));
        GatheringSettings s = new MovementSettings(sections, MovementPlans.JSON)
                .section(GatheringsSection.NAME, GatheringSettings.class);
        assertEquals(5.0, s.maxHours());
        assertEquals(300, s.of("SEMINAR").plannedCount());
        assertEquals("Ban Tổ chức Đảng ủy Khối", s.seminar().organiser());
        assertEquals(new GatheringSettings.Window(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30)),
                s.seminar().window());
        assertEquals(350, s.of("MEETING").plannedCount());
        assertEquals("Hội trường lớn Trường Chính trị tỉnh", s.meeting().venue());
        assertEquals("MEETING", s.meeting().anchor());
        assertEquals(LocalTime.of(8, 0), s.meeting().startsAt());
        assertEquals(5, s.programme().artsItems().max());
        assertEquals("Thư chúc mừng của đồng chí Bí thư Tỉnh ủy", s.programme().letter().title());
        assertEquals(List.of("ARTS", "OPENING", "SPEECH", "LETTER", "AWARDS", "OTHER", "CLOSING"),
                s.programme().parts().stream().map(GatheringSettings.Part::kind).toList());
    }

    @Test
    void badValuesAreRefusedNamingTheirField() {
        ObjectNode bad = section();
        bad.put("maxHours", 0);
        ((ObjectNode) bad.get("seminar")).put("anchor", "HOI_NGHI").put("plannedCount", 0).put("endsAt", "07:00");
        ((ObjectNode) bad.get("meeting").get("window")).put("to", "2024-04-01");
        ((ObjectNode) bad.get("programme").get("artsItems")).put("max", 0);
        ((ArrayNode) bad.get("programme").get("parts")).remove(0);
        assertEquals(List.of("maxHours: phải lớn hơn 0 giờ", "seminar.anchor: phong trào không có mốc HOI_NGHI",
                "seminar.plannedCount: phải từ 1 người trở lên",
                "seminar.endsAt: Giờ kết thúc (07:00) phải sau giờ bắt đầu (08:00)",
                "meeting.window.to: phải từ ngày window.from trở đi",
                "programme.artsItems.max: phải từ 1 tiết mục trở lên",
                "programme.parts: phần ARTS phải có đúng một lần (có 0)"),
                new GatheringsSection().problems(bad, ANCHORS));
        ObjectNode unknown = section().put("maxHour", 5);
        assertEquals(List.of("maxHour: không có mục cài đặt này"), new GatheringsSection().problems(unknown));
        ObjectNode notATime = section();
        ((ObjectNode) notATime.get("meeting")).put("startsAt", "8 giờ");
        assertEquals(List.of("meeting.startsAt: giá trị không đúng kiểu dữ liệu"),
                new GatheringsSection().problems(notATime));
    }
}

package vn.dangbo.emulation.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.plan.MovementPlans;

/** The plan file's {@code works} section reads as WorkSettings, and the check refuses a bad value. */
class WorksSectionTest {

    private static JsonNode planSection() throws Exception {
        try (InputStream in = WorksSectionTest.class.getResourceAsStream("/plans/2024-khoi-65-nam.json")) {
            return MovementPlans.JSON.readTree(in).path("sections").path("works");
        }
    }

    @Test
    void thePlansSectionReadsAndPasses() throws Exception {
        JsonNode section = planSection();
        assertEquals(java.util.List.of(), new WorksSection().problems(section));
        WorkSettings settings = MovementPlans.JSON.treeToValue(section, WorkSettings.class);
        assertEquals(1, settings.minPerOrganisation());
        assertEquals(2, settings.maxPerOrganisation());
        assertEquals(10, settings.progressMarginPercent());
        assertEquals(3, settings.categories().size());
        assertTrue(settings.category("PARTY_LIFE_QUALITY").isPresent());
    }

    @Test
    void aBadValueIsRefusedNamingItsField() throws Exception {
        ObjectNode section = (ObjectNode) planSection().deepCopy();
        section.put("maxPerOrganisation", 0);
        section.put("evidenceMaxBytes", -1);
        section.put("colour", "đỏ");
        assertEquals(java.util.List.of("colour: không có mục cài đặt này",
                "maxPerOrganisation: phải là số nguyên từ 1 trở lên", "evidenceMaxBytes: phải là số byte lớn hơn 0"),
                new WorksSection().problems(section));
    }
}

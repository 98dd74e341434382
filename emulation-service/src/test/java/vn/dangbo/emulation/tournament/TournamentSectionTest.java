package vn.dangbo.emulation.tournament;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.plan.MovementPlans;

/** The plan file's {@code tournament} section reads as TournamentSettings, and the check refuses a bad value. */
class TournamentSectionTest {

    private static JsonNode planSection() throws Exception {
        try (InputStream in = TournamentSectionTest.class.getResourceAsStream("/plans/2024-khoi-65-nam.json")) {
            return MovementPlans.JSON.readTree(in).path("sections").path("tournament");
        }
    }

    @Test
    void thePlansSectionReadsAndPasses() throws Exception {
        JsonNode section = planSection();
        assertEquals(List.of(), new TournamentSection().problems(section));
        TournamentSettings settings = MovementPlans.JSON.treeToValue(section, TournamentSettings.class);
        assertEquals(3, settings.maxCellsPerJointTeam());
        assertEquals("Nhà thi đấu đa năng tỉnh Lào Cai", settings.venue());
        assertEquals(TournamentRulesCheckTest.defaults(), settings.rules());
    }

    @Test
    void aBadValueIsRefusedNamingItsField() throws Exception {
        ObjectNode section = (ObjectNode) planSection().deepCopy();
        section.put("maxCellsPerJointTeam", 0);
        ((ObjectNode) section.path("rules").path("roster")).put("maxPlayers", 4);
        assertEquals(List.of("maxCellsPerJointTeam: phải từ 1 trở lên",
                "rules.roster.maxPlayers: không được nhỏ hơn roster.minPlayers (6)"),
                new TournamentSection().problems(section));
        section.put("colour", "đỏ");
        assertEquals(List.of("colour: không có mục cài đặt này"), new TournamentSection().problems(section));
    }
}

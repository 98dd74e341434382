package vn.dangbo.emulation.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.nomination.CouncilSection.CouncilSettings;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.MovementSettings;

/** The plan's council section reads, and a value the council could not use is refused naming its field. */
class CouncilSectionTest {

    private final CouncilSection check = new CouncilSection();

    @Test
    void thePlansCouncilIsSevenMembersStrictlyAboveHalfOfAll() throws Exception {
        JsonNode sections = NominationRulesTest.planSections();
        assertEquals(List.of(), check.problems(sections.get("council")));
        CouncilSettings council = new MovementSettings(sections, MovementPlans.JSON).section("council",
                CouncilSettings.class);
        assertEquals(new CouncilVoteRules.Council(7, CouncilVoteRules.Base.ALL_MEMBERS, 50, true), council.council());
    }

    @Test
    void aBadValueIsRefusedNamingTheField() throws Exception {
        ObjectNode council = (ObjectNode) NominationRulesTest.planSections().get("council").deepCopy();
        council.put("members", 0).put("base", "HALF").put("percent", 150).put("strictlyAbove", "yes")
                .put("quorum", 5);
        assertEquals(List.of(
                "members: phải là số nguyên từ 1 trở lên (số thành viên Hội đồng Thi đua - Khen thưởng)",
                "base: phải là ALL_MEMBERS (tổng số thành viên) hoặc PRESENT (số thành viên có mặt)",
                "percent: phải là số nguyên từ 1 đến 100",
                "strictlyAbove: phải là true (trên tỷ lệ) hoặc false (từ tỷ lệ trở lên)",
                "quorum: không có mục cài đặt này"), check.problems(council));
    }
}

package vn.dangbo.emulation.award;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.plan.MovementPlans;

class AwardRulesTest {

    @Test
    void theEightyFifthAwardFillsTheQuotaWithoutAWarning() {
        AwardRules.QuotaVerdict verdict = AwardRules.quota(85, 84, 1);
        assertTrue(verdict.allowed());
        assertEquals(85, verdict.awardedAfter());
        assertEquals(Optional.empty(), verdict.message());
        assertTrue(AwardRules.quota(85, 0, 85).allowed());
    }

    @Test
    void theEightySixthIsRefusedNamingTheQuotaAndTheCount() {
        AwardRules.QuotaVerdict verdict = AwardRules.quota(85, 85, 1);
        assertFalse(verdict.allowed());
        assertEquals("Vượt chỉ tiêu khen thưởng: tối đa 85 tập thể, cá nhân; đã khen 85, quyết định thêm 1 thành 86",
                verdict.message().orElseThrow());
        assertFalse(AwardRules.quota(85, 80, 6).allowed());
    }

    @Test
    void fewerThanTheQuotaWarns() {
        AwardRules.QuotaVerdict verdict = AwardRules.quota(85, 10, 2);
        assertTrue(verdict.allowed());
        assertEquals("Mới khen 12 trên chỉ tiêu 85 tập thể, cá nhân (còn 73)", verdict.message().orElseThrow());
    }

    @Test
    void thePlanFilesSectionReadsAndIsValid() throws Exception {
        JsonNode section = planSection();
        AwardSettings settings = MovementPlans.JSON.treeToValue(section, AwardSettings.class);
        assertEquals(85, settings.quota());
        assertEquals("GIAY_KHEN_BTV_DUK", settings.defaultForm().orElseThrow().code());
        assertTrue(settings.form("BANG_KHEN_TU").orElseThrow().reserved());
        assertEquals(List.of(), new AwardsSection().problems(section));
    }

    @Test
    void aBadSectionIsRefusedNamingTheField() throws Exception {
        ObjectNode section = (ObjectNode) planSection();
        section.put("quota", 0);
        ((ObjectNode) section.withArray("forms").get(1)).put("default", true);
        ((ObjectNode) section.withArray("forms").get(1)).put("code", "GIAY_KHEN_BTV_DUK");
        ((ObjectNode) section.withArray("forms").get(0)).putArray("recipients").add("GUEST");
        assertEquals(List.of("quota: phải từ 1 trở lên", "forms: phải có đúng một hình thức mặc định (đang có 2)",
                "forms[0].recipients: chỉ gồm ORGANISATION và/hoặc MEMBER, ít nhất một",
                "forms[1].code: mã GIAY_KHEN_BTV_DUK bị trùng"), new AwardsSection().problems(section));
        ObjectNode typo = (ObjectNode) planSection();
        typo.put("qouta", 85);
        assertEquals(1, new AwardsSection().problems(typo).size());
        assertTrue(new AwardsSection().problems(typo).get(0).startsWith("qouta: "));
    }

    private static JsonNode planSection() throws Exception {
        try (InputStream in = AwardRulesTest.class.getClassLoader()
                .getResourceAsStream("plans/2024-khoi-65-nam.json")) {
            return MovementPlans.JSON.readTree(in).path("sections").path("awards");
        }
    }
}

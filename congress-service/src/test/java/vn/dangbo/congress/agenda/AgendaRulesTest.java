package vn.dangbo.congress.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.congress.checklist.CongressLevel;

class AgendaRulesTest {

    private static final AgendaPlan PLAN = AgendaLoader.load(AgendaRulesTest.class.getClassLoader(), "2020-office");

    @Test
    void aCommitteesAllMemberCongressHasTheSeedsFourItems() {
        List<AgendaItem> items = AgendaRules.itemsFor(PLAN, CongressLevel.COMMITTEE, false);

        assertEquals(List.of(1, 2, 3, 4), items.stream().map(AgendaItem::number).toList());
        assertEquals(List.of("review-and-directions", "comments-on-higher-documents", "committee-election",
                "delegation-election"), items.stream().map(AgendaItem::code).toList());
        assertEquals("Tổng kết thực hiện Nghị quyết Đại hội Đảng bộ nhiệm kỳ 2015 - 2020 và xác định mục tiêu, "
                + "phương hướng, nhiệm vụ của Đảng bộ, chi bộ nhiệm kỳ tới", items.get(0).text());
        assertEquals("Bầu cấp ủy nhiệm kỳ 2020 - 2025", items.get(2).text());
        assertEquals("Bầu Đoàn đại biểu dự đại hội đảng bộ cấp trên", items.get(3).text());
    }

    @Test
    void aCellOfACommitteeHoldingAnAllMemberCongressHasThreeItemsAndNoDelegation() {
        List<AgendaItem> items = AgendaRules.itemsFor(PLAN, CongressLevel.CELL, true);

        assertEquals(List.of("review-and-directions", "comments-on-higher-documents", "committee-election"),
                items.stream().map(AgendaItem::code).toList());
        assertEquals(3, items.get(2).number());
        assertEquals("Bầu cấp ủy nhiệm kỳ 2020 - 2022", items.get(2).text());
    }

    @Test
    void aCellOfACommitteeHoldingADelegateCongressElectsItsDelegation() {
        List<AgendaItem> items = AgendaRules.itemsFor(PLAN, CongressLevel.CELL, false);

        assertEquals(4, items.size());
        assertEquals("delegation-election", items.get(3).code());
    }

    @Test
    void theTextsAreNfcVietnamese() {
        for (AgendaItem item : AgendaRules.itemsFor(PLAN, CongressLevel.CELL, false)) {
            assertTrue(Normalizer.isNormalized(item.text(), Normalizer.Form.NFC), item.code());
        }
    }

    @Test
    void anUnknownFieldOrAnItemTwiceFailsTheStart() throws IOException {
        String file = Files.readString(Path.of("src/main/resources/agendas/2020-office.json"));
        assertThrows(IOException.class, () -> AgendaLoader.read(stream(file.replace("\"cellText\"", "\"cellTxt\""))));
        assertThrows(IOException.class, () -> AgendaLoader.read(
                stream(file.replace("\"code\": \"committee-election\"", "\"code\": \"review-and-directions\""))));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

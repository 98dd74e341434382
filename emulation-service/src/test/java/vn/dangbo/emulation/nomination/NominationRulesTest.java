package vn.dangbo.emulation.nomination;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.nomination.Nomination.NomineeKind;
import vn.dangbo.emulation.nomination.NominationRules.AwardForm;
import vn.dangbo.emulation.nomination.NominationRules.AwardForms;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.MovementSettings;

/** The form a nomination is for, the nominee's place in the tree, and the order of the list. */
class NominationRulesTest {

    static JsonNode planSections() throws Exception {
        try (InputStream in = NominationRulesTest.class.getResourceAsStream("/plans/2024-khoi-65-nam.json")) {
            return MovementPlans.JSON.readTree(in).get("sections");
        }
    }

    @Test
    void withoutACodeThePlansDefaultFormIsTheBlocsGiayKhen() throws Exception {
        AwardForms forms = new MovementSettings(planSections(), MovementPlans.JSON).section("awards",
                AwardForms.class);
        AwardForm form = NominationRules.form(forms, null, NomineeKind.MEMBER);
        assertEquals("GIAY_KHEN_BTV_DUK", form.code());
        assertEquals("Giấy khen", form.name());
        assertEquals("BANG_KHEN_TU", NominationRules.form(forms, "BANG_KHEN_TU", NomineeKind.ORGANISATION).code());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> NominationRules.form(forms, "HUAN_CHUONG", NomineeKind.MEMBER));
        assertEquals("Không có hình thức khen thưởng \"HUAN_CHUONG\"; các hình thức: GIAY_KHEN_BTV_DUK, BANG_KHEN_TU",
                unknown.getMessage());
    }

    @Test
    void aFormForCollectivesOnlyRefusesAMember() {
        AwardForms forms = new AwardForms(List.of(new AwardForm("CO_THI_DUA", "Cờ thi đua", "Ban Thường vụ Đảng ủy "
                + "Khối", null, List.of("ORGANISATION"), true, true)));
        assertEquals("CO_THI_DUA", NominationRules.form(forms, "", NomineeKind.ORGANISATION).code());
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> NominationRules.form(forms, null, NomineeKind.MEMBER));
        assertEquals("Cờ thi đua của Ban Thường vụ Đảng ủy Khối không dành cho cá nhân", refused.getMessage());
    }

    @Test
    void aNomineeLiesInsideTheProposersSubtreeAndStrictlyInsideTheBloc() {
        UUID bloc = UUID.randomUUID();
        UUID unit = UUID.randomUUID();
        UUID cell = UUID.randomUUID();
        String cellPath = "/" + bloc + "/" + unit + "/" + cell + "/";
        assertTrue(NominationRules.within(cellPath, cell, unit));
        assertTrue(NominationRules.within("/" + bloc + "/" + unit + "/", unit, unit));
        assertFalse(NominationRules.within(cellPath, cell, UUID.randomUUID()));
        assertTrue(NominationRules.insideBloc(cellPath, cell, bloc));
        assertFalse(NominationRules.insideBloc("/" + bloc + "/", bloc, bloc));
    }

    @Test
    void theListReadsCollectivesThenIndividualsEachInVietnameseOrder() {
        record Row(NomineeKind kind, String name) {
        }
        List<Row> rows = new ArrayList<>(List.of(
                new Row(NomineeKind.MEMBER, "Trần Văn Bình"),
                new Row(NomineeKind.ORGANISATION, "Đảng bộ Viễn thông Lào Cai"),
                new Row(NomineeKind.MEMBER, "Nguyễn Thị An"),
                new Row(NomineeKind.ORGANISATION, "Đảng bộ Ủy ban nhân dân tỉnh"),
                new Row(NomineeKind.ORGANISATION, "Chi bộ Sở Tư pháp"),
                new Row(NomineeKind.MEMBER, "Lê Thị Ánh")));
        rows.sort(Comparator.comparing(r -> NomineeOrder.sortKey(r.kind(), r.name())));
        // code points would put "Đảng bộ Viễn…" before "Đảng bộ Ủy…" and "Ánh" after "Bình"
        assertEquals(List.of("Chi bộ Sở Tư pháp", "Đảng bộ Ủy ban nhân dân tỉnh", "Đảng bộ Viễn thông Lào Cai",
                "Nguyễn Thị An", "Lê Thị Ánh", "Trần Văn Bình"), rows.stream().map(Row::name).toList());
        assertTrue(NomineeOrder.sortKey(NomineeKind.ORGANISATION, "Đảng bộ " + "Công ty ".repeat(200)).length()
                <= NomineeOrder.MAX_LENGTH);
    }
}

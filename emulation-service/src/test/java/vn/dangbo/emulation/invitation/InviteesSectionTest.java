package vn.dangbo.emulation.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.invitation.InviteeSettings.Source;
import vn.dangbo.emulation.plan.MovementPlan;
import vn.dangbo.emulation.plan.MovementPlans;

/** The seed plan's {@code invitees} section: the seminar's 5 groups (§II.3), the meeting's 7 (§II.7); bad values named. */
class InviteesSectionTest {

    private final InviteesSection section = new InviteesSection();

    @Test
    void theSeedPlansFiveAndSevenGroupsReadAndPass() throws Exception {
        ObjectNode invitees = invitees();
        assertEquals(List.of(), section.problems(invitees));
        InviteeSettings settings = MovementPlans.JSON.treeToValue(invitees, InviteeSettings.class);
        assertEquals(List.of("PROVINCIAL_LEADERS", "BLOC_COMMITTEE", "GRASSROOTS_SECRETARIES", "CELL_SECRETARIES",
                "BLOC_STAFF"), settings.groups("SEMINAR").stream().map(InviteeSettings.Group::code).toList());
        assertEquals(7, settings.groups("MEETING").size());
        InviteeSettings.Group secretaries = settings.group("SEMINAR", "GRASSROOTS_SECRETARIES").orElseThrow();
        assertEquals("Bí thư (hoặc Phó Bí thư) các chi, đảng bộ cơ sở", secretaries.label());
        assertEquals("DEPUTY_SECRETARY", secretaries.substitute());
        assertEquals(Source.AWARD_RECIPIENTS, settings.group("MEETING", "AWARD_RECIPIENTS").orElseThrow().source());
        assertEquals(Source.CHOSEN_CELL_SECRETARIES,
                settings.group("SEMINAR", "CELL_SECRETARIES").orElseThrow().source());
    }

    @Test
    void aDuplicateCodeARegistryGroupWithoutRolesAndAnUnknownFieldAreRefused() throws Exception {
        ObjectNode twice = invitees();
        ((ObjectNode) twice.at("/MEETING/1")).put("code", "PROVINCIAL_LEADERS");
        assertEquals(List.of("MEETING[1].code: mã PROVINCIAL_LEADERS bị trùng"), section.problems(twice));

        ObjectNode noRoles = invitees();
        ((ObjectNode) noRoles.at("/SEMINAR/1")).remove("roles");
        assertEquals(List.of("SEMINAR[1].roles: nhóm lấy từ sổ đảng viên phải nêu chức vụ (ví dụ SECRETARY)"),
                section.problems(noRoles));

        ObjectNode typo = invitees();
        ((ObjectNode) typo.at("/SEMINAR/0")).put("lable", "x");
        assertEquals(List.of("SEMINAR[0].lable: không có mục cài đặt này"), section.problems(typo));

        ObjectNode empty = invitees();
        empty.set("MEETING", ((ArrayNode) empty.get("MEETING")).removeAll());
        assertEquals(List.of("MEETING: phải có ít nhất một nhóm thành phần"), section.problems(empty));
    }

    private static ObjectNode invitees() throws Exception {
        try (InputStream in = InviteesSectionTest.class.getClassLoader()
                .getResourceAsStream("plans/2024-khoi-65-nam.json")) {
            MovementPlan plan = MovementPlans.JSON.readValue(in, MovementPlan.class);
            return plan.sections().get("invitees").deepCopy();
        }
    }
}

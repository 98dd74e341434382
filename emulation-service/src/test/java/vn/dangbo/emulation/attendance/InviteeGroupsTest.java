package vn.dangbo.emulation.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.attendance.InviteeGroups.Group;
import vn.dangbo.emulation.invitation.InviteeSettings;
import vn.dangbo.emulation.plan.MovementPlans;

class InviteeGroupsTest {

    @Test
    void theSectionsGroupsComeInItsOrderThenCodesItNoLongerLists() throws Exception {
        InviteeSettings section = MovementPlans.JSON.readValue("""
                {"source": "II.7", "MEETING": [
                  {"code": "PROVINCE", "label": "Lãnh đạo tỉnh", "source": "EXTERNAL"},
                  {"code": "BLOC_COMMITTEE", "label": "Ban Chấp hành Đảng bộ Khối", "source": "BLOC_COMMITTEE"}],
                 "SEMINAR": []}""", InviteeSettings.class);
        InviteeGroups groups = InviteeGroups.of(section, "MEETING");
        assertEquals("Ban Chấp hành Đảng bộ Khối", groups.label("BLOC_COMMITTEE"));
        assertEquals(List.of(new Group("PROVINCE", "Lãnh đạo tỉnh"),
                new Group("BLOC_COMMITTEE", "Ban Chấp hành Đảng bộ Khối"), new Group("GONE", "GONE")),
                groups.ordered(List.of("BLOC_COMMITTEE", "GONE")));
        assertEquals("X", InviteeGroups.of(section, "SEMINAR").label("X"));
    }
}

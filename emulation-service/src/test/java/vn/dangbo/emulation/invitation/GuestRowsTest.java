package vn.dangbo.emulation.invitation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dangbo.emulation.invitation.InvitationRecords.FieldError;
import vn.dangbo.emulation.invitation.InviteeSettings.Group;
import vn.dangbo.emulation.invitation.InviteeSettings.Source;

class GuestRowsTest {

    private static final List<Group> GROUPS = List.of(
            new Group("FORMER_LEADERS", "Nguyên Ủy viên Ban Thường vụ Đảng ủy Khối", Source.EXTERNAL, null, null),
            new Group("BLOC_STAFF", "Lãnh đạo, chuyên viên cơ quan Đảng ủy Khối", Source.EXTERNAL, null, null));

    @Test
    void columnsAreFoundByTheirVietnameseOrEnglishNamesInAnyOrder() {
        GuestRows.Header header = GuestRows.header(List.of("Đơn vị", "HỌ VÀ TÊN", "Chức vụ", "Nhóm"));
        assertEquals(List.of(), header.missing());
        GuestRows.Parsed parsed = GuestRows.parse(header, List.of("Sở Nội vụ", " Hoàng Văn Sơn ", "", "bloc_staff"),
                GROUPS);
        assertEquals(new GuestRows.Guest("BLOC_STAFF", "Hoàng Văn Sơn", null, "Sở Nội vụ"), parsed.guest());
        GuestRows.Parsed byLabel = GuestRows.parse(header, List.of("", "Vũ Thị Lan", "", "nguyen uy vien ban thuong vu"
                + " dang uy khoi"), GROUPS);
        assertEquals("FORMER_LEADERS", byLabel.guest().groupCode());
        assertEquals(List.of("nhóm", "họ tên"), GuestRows.header(List.of("chức vụ")).missing());
    }

    @Test
    void aRowWithoutANameOrWithAnUnknownGroupNamesItsFields() {
        GuestRows.Header header = GuestRows.header(List.of("nhóm", "họ tên", "chức vụ", "đơn vị"));
        GuestRows.Parsed parsed = GuestRows.parse(header, List.of("KHACH", "", "Giám đốc", "Sở Y tế"), GROUPS);
        assertNull(parsed.guest());
        assertEquals(List.of("group", "fullName"), parsed.errors().stream().map(FieldError::field).toList());
        assertTrue(parsed.errors().get(0).message().startsWith("không có nhóm khách mời “KHACH”"));
        assertEquals("thiếu họ tên", parsed.errors().get(1).message());
    }
}

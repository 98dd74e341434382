package vn.dangbo.emulation.invitation;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.dangbo.emulation.invitation.InviteeSettings.Group;
import vn.dangbo.emulation.invitation.InviteeSettings.Source;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code invitees} section: every group has a code, a label and a source; registry groups name roles. */
@ApplicationScoped
public class InviteesSection implements SettingsSection {

    public static final String NAME = "invitees";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        InviteeSettings settings = SectionReading.read(MovementPlans.JSON, section, InviteeSettings.class, problems);
        if (settings == null) {
            return problems;
        }
        check("SEMINAR", settings.seminar(), problems);
        check("MEETING", settings.meeting(), problems);
        return problems;
    }

    private static void check(String kind, List<Group> groups, List<String> problems) {
        if (groups == null || groups.isEmpty()) {
            problems.add(kind + ": phải có ít nhất một nhóm thành phần");
            return;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            String at = kind + "[" + i + "]";
            if (g == null || SectionReading.blank(g.code()) || SectionReading.blank(g.label()) || g.source() == null) {
                problems.add(at + ": phải có mã (code), tên (label) và nguồn (source)");
                continue;
            }
            if (!codes.add(g.code())) {
                problems.add(at + ".code: mã " + g.code() + " bị trùng");
            }
            boolean byRole = g.source() != Source.EXTERNAL;
            if (byRole && g.roles().isEmpty()) {
                problems.add(at + ".roles: nhóm lấy từ sổ đảng viên phải nêu chức vụ (ví dụ SECRETARY)");
            }
            if (!byRole && !g.roles().isEmpty()) {
                problems.add(at + ".roles: nhóm khách mời ngoài sổ đảng viên không nêu chức vụ");
            }
            if (g.substitute() != null && (g.source() == Source.EXTERNAL || g.source() == Source.BLOC_COMMITTEE)) {
                problems.add(at + ".substitute: chỉ nhóm đại diện một tổ chức mới có người dự thay");
            }
        }
    }
}

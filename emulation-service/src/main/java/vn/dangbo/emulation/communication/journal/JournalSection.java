package vn.dangbo.emulation.communication.journal;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code journal} section: copies, photo size, the anchor of the due date, the source groups. */
@ApplicationScoped
public class JournalSection implements SettingsSection {

    public static final String NAME = "journal";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        JournalSettings s = SectionReading.read(MovementPlans.JSON, section, JournalSettings.class, problems);
        if (s == null) {
            return problems;
        }
        if (SectionReading.blank(s.title())) {
            problems.add("title: phải có tên tập san");
        }
        if (s.copies() < 1) {
            problems.add("copies: số cuốn phải từ 1 trở lên");
        }
        if (s.maxPhotoBytes() < 1) {
            problems.add("maxPhotoBytes: dung lượng ảnh tối đa phải từ 1 byte trở lên");
        }
        if (s.due() == null || SectionReading.blank(s.due().anchor())) {
            problems.add("due.anchor: phải nêu mốc tính thời hạn (ví dụ MEETING)");
        }
        SectionReading.checkCodes("sourceGroups", s.sourceGroups(), problems);
        return problems;
    }
}

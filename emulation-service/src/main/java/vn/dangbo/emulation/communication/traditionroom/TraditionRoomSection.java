package vn.dangbo.emulation.communication.traditionroom;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code traditionRoom} section: its due day, photo size and exhibit kinds. */
@ApplicationScoped
public class TraditionRoomSection implements SettingsSection {

    public static final String NAME = "traditionRoom";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        TraditionRoomSettings s = SectionReading.read(MovementPlans.JSON, section, TraditionRoomSettings.class,
                problems);
        if (s == null) {
            return problems;
        }
        if (s.dueBy() == null) {
            problems.add("dueBy: phải là một ngày (yyyy-MM-dd)");
        }
        if (s.maxPhotoBytes() < 1) {
            problems.add("maxPhotoBytes: dung lượng ảnh tối đa phải từ 1 byte trở lên");
        }
        SectionReading.checkCodes("exhibitKinds", s.exhibitKinds(), problems);
        return problems;
    }
}

package vn.dangbo.emulation.communication.press;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code press} section: the months are given in order, the kinds are coded. */
@ApplicationScoped
public class PressSection implements SettingsSection {

    public static final String NAME = "press";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        PressSettings s = SectionReading.read(MovementPlans.JSON, section, PressSettings.class, problems);
        if (s == null) {
            return problems;
        }
        if (s.monthlyFrom() == null) {
            problems.add("monthlyFrom: phải là một tháng (yyyy-MM)");
        }
        if (s.monthlyUntil() == null) {
            problems.add("monthlyUntil: phải là một tháng (yyyy-MM)");
        }
        if (s.monthlyFrom() != null && s.monthlyUntil() != null && s.monthlyUntil().isBefore(s.monthlyFrom())) {
            problems.add("monthlyUntil: phải từ tháng monthlyFrom trở đi");
        }
        SectionReading.checkCodes("kinds", s.kinds(), problems);
        return problems;
    }
}

package vn.dangbo.emulation.communication.tvreport;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code tvReport} section: a range of whole minutes, the shortest first. */
@ApplicationScoped
public class TvReportSection implements SettingsSection {

    public static final String NAME = "tvReport";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        if (!section.path("minMinutes").isInt() || !section.path("maxMinutes").isInt()) {
            problems.add((section.path("minMinutes").isInt() ? "maxMinutes" : "minMinutes")
                    + ": phải là một số phút nguyên");
            return problems;
        }
        TvReportSettings s = SectionReading.read(MovementPlans.JSON, section, TvReportSettings.class, problems);
        if (s == null) {
            return problems;
        }
        if (s.minMinutes() < 1) {
            problems.add("minMinutes: phải từ 1 phút trở lên");
        }
        if (s.maxMinutes() < s.minMinutes()) {
            problems.add("maxMinutes: phải từ minMinutes (" + s.minMinutes() + ") trở lên");
        }
        return problems;
    }
}

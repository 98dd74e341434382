package vn.dangbo.emulation.deadline;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code summary} section: {@code dueBefore} is the day reports and nominations are due before. */
@ApplicationScoped
public class SummarySection implements SettingsSection {

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        SubmissionDeadlines.SummarySettings settings = SectionReading.read(MovementPlans.JSON, section,
                SubmissionDeadlines.SummarySettings.class, problems);
        if (settings != null && settings.dueBefore() == null) {
            problems.add("dueBefore: phải là một ngày (yyyy-MM-dd)");
        }
        return problems;
    }
}

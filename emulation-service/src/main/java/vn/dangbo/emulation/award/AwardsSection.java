package vn.dangbo.emulation.award;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code awards} section: the quota and the catalogue of forms. */
@ApplicationScoped
public class AwardsSection implements SettingsSection {

    static final String NAME = "awards";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        AwardSettings settings = SectionReading.read(MovementPlans.JSON, section, AwardSettings.class, problems);
        return settings == null ? problems : AwardRules.problems(settings);
    }
}

package vn.dangbo.emulation.communication.webpage;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code webPage} section: the day the page is due live. */
@ApplicationScoped
public class WebPageSection implements SettingsSection {

    public static final String NAME = "webPage";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        WebPageSettings s = SectionReading.read(MovementPlans.JSON, section, WebPageSettings.class, problems);
        if (s != null && s.liveFrom() == null) {
            problems.add("liveFrom: phải là một ngày (yyyy-MM-dd)");
        }
        return problems;
    }
}

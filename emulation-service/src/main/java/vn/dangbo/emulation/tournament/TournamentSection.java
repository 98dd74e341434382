package vn.dangbo.emulation.tournament;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code tournament} section of a plan file or of the office's change: its fields, then its rules. */
@ApplicationScoped
public class TournamentSection implements SettingsSection {

    @Override
    public String name() {
        return TournamentSettings.SECTION;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        TournamentSettings settings = SectionReading.read(MovementPlans.JSON, section, TournamentSettings.class,
                problems);
        if (settings == null) {
            return problems;
        }
        if (SectionReading.blank(settings.name())) {
            problems.add("name: bắt buộc");
        }
        if (SectionReading.blank(settings.venue())) {
            problems.add("venue: bắt buộc");
        }
        if (settings.maxCellsPerJointTeam() < 1) {
            problems.add("maxCellsPerJointTeam: phải từ 1 trở lên");
        }
        TournamentRulesCheck.problems(settings.rules()).forEach(p -> problems.add(
                p.startsWith("rules:") ? p : "rules." + p));
        return problems;
    }
}

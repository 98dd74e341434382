package vn.dangbo.emulation.tournament.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.SettingsSection;

/** Checks the {@code tournamentSchedule} section: the anchor of the finals and a frame holding at least one match. */
@ApplicationScoped
public class ScheduleSection implements SettingsSection {

    public static final String NAME = "tournamentSchedule";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        List<String> problems = new ArrayList<>();
        ScheduleSettings s = SectionReading.read(MovementPlans.JSON, section, ScheduleSettings.class, problems);
        if (s == null) {
            return problems;
        }
        if (SectionReading.blank(s.anchor())) {
            problems.add("anchor: phải nêu mốc ngày chung kết (ví dụ TOURNAMENT_FINALS)");
        }
        problems.addAll(ScheduleChecks.frameProblems(s.days(), s.courts(), s.dayStartsAt(), s.dayEndsAt(),
                s.matchMinutes(), s.minRestMinutes()).stream().map(p -> p.field() + ": " + p.message()).toList());
        return problems;
    }

    @Override
    public List<String> problems(JsonNode section, Set<String> anchors) {
        List<String> problems = problems(section);
        String anchor = section.path("anchor").asText("");
        if (problems.isEmpty() && !anchors.contains(anchor)) {
            problems.add("anchor: phong trào không có mốc " + anchor);
        }
        return problems;
    }
}

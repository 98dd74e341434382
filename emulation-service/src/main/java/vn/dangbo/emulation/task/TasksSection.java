package vn.dangbo.emulation.task;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.SectionReading;
import vn.dangbo.emulation.plan.SettingsSection;

/**
 * Checks the {@code tasks} section: every owner and helper is one of its bodies, every anchored deadline hangs on
 * an anchor the plan has. How many blocks there are is the plan's business (the seed has 8).
 */
@ApplicationScoped
public class TasksSection implements SettingsSection {

    public static final String NAME = "tasks";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> problems(JsonNode section) {
        return problems(section, null);
    }

    @Override
    public List<String> problems(JsonNode section, Set<String> anchors) {
        List<String> unreadable = new ArrayList<>();
        TaskSettings settings = SectionReading.read(MovementPlans.JSON, section, TaskSettings.class, unreadable);
        if (settings == null) {
            return unreadable;
        }
        return TaskRules.problems(settings, anchors == null ? anchorsNamed(settings) : anchors);
    }

    /** Without the plan's anchors (a check of the section alone), the anchors it names are taken as they are. */
    private static Set<String> anchorsNamed(TaskSettings settings) {
        return settings.blocks().stream().flatMap(b -> b.tasks().stream())
                .filter(t -> t.due() != null && t.due().isAnchored())
                .map(t -> t.due().anchor())
                .collect(Collectors.toSet());
    }
}

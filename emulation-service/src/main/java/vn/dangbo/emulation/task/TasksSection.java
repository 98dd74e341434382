package vn.dangbo.emulation.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.dangbo.emulation.plan.MovementPlans;
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
        TaskSettings settings;
        try {
            settings = MovementPlans.JSON.treeToValue(section, TaskSettings.class);
        } catch (JsonProcessingException e) {
            return List.of(field(e) + ": không đọc được (" + e.getOriginalMessage() + ")");
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

    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (var ref : mapping.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
                } else {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return path.toString();
        }
        return "tasks";
    }
}

package vn.dangbo.emulation.movement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.List;
import java.util.Optional;
import vn.dangbo.emulation.plan.MovementPlans;
import vn.dangbo.emulation.plan.MovementSettings;
import vn.dangbo.emulation.plan.SettingsSection;

/** Reads a movement's settings, and checks a section the office changes with the feature that reads it. */
@ApplicationScoped
public class MovementSettingsStore {

    private final List<SettingsSection> sections;

    public MovementSettingsStore(Instance<SettingsSection> sections) {
        this.sections = sections.stream().toList();
    }

    public MovementSettings settings(Movement movement) {
        return new MovementSettings(tree(movement), MovementPlans.JSON);
    }

    /** Shortcut for {@code settings(movement).section(name, type)}. */
    public <T> T section(Movement movement, String name, Class<T> type) {
        return settings(movement).section(name, type);
    }

    public Optional<SettingsSection> check(String name) {
        return sections.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    ObjectNode tree(Movement movement) {
        try {
            return (ObjectNode) MovementPlans.JSON.readTree(movement.settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("movement " + movement.id + " has settings that are not JSON", e);
        }
    }

    static String write(JsonNode sections) {
        try {
            return MovementPlans.JSON.writeValueAsString(sections);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

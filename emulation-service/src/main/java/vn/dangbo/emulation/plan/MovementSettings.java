package vn.dangbo.emulation.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Objects;

/**
 * A movement's settings: the sections of its plan as copied at launch and changed since by the office. Each feature
 * reads its own section into its own record ({@code works} into {@code WorkSettings}...), so the features do not
 * share one settings class. Plain Java.
 */
public final class MovementSettings {

    private final JsonNode sections;
    private final ObjectMapper json;

    public MovementSettings(JsonNode sections, ObjectMapper json) {
        this.sections = Objects.requireNonNull(sections, "sections");
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * @throws IllegalStateException when the section is missing or does not read as {@code type}: the plan file is
     *                               checked at start and each change by the section's {@link SettingsSection}, so
     *                               this is a defect, not the user's error
     */
    public <T> T section(String name, Class<T> type) {
        JsonNode node = sections.get(name);
        if (node == null || node.isNull()) {
            throw new IllegalStateException("the movement's settings have no section " + name);
        }
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("section " + name + " does not read as " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    public JsonNode sections() {
        return sections.deepCopy();
    }
}

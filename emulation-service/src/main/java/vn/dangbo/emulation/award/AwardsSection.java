package vn.dangbo.emulation.award;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.dangbo.emulation.plan.MovementPlans;
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
        try {
            return AwardRules.problems(MovementPlans.JSON.treeToValue(section, AwardSettings.class));
        } catch (JsonProcessingException e) {
            return List.of(field(e) + ": giá trị không hợp lệ (" + e.getOriginalMessage() + ")");
        }
    }

    private static String field(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return NAME;
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}

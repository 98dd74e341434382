package vn.dangbo.emulation.attendance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The invitee groups of an event's kind as the settings section {@code invitees} lists them (owned by the
 * invitations): their order and labels, for the counts and the attendee list. A code the section no longer lists
 * (a group removed after the invitations) is shown by its code, after the listed ones.
 */
public final class InviteeGroups {

    public record Group(String code, String label) {
    }

    private final Map<String, String> labels;

    private InviteeGroups(Map<String, String> labels) {
        this.labels = labels;
    }

    /** @param section the {@code invitees} section; per kind a list of groups {code, label, ...} */
    public static InviteeGroups of(JsonNode section, String kind) {
        Map<String, String> labels = new LinkedHashMap<>();
        JsonNode groups = section == null ? null : section.get(kind);
        if (groups != null && groups.isObject()) {
            groups = groups.get("groups");
        }
        if (groups != null && groups.isArray()) {
            for (JsonNode group : groups) {
                String code = group.path("code").asText(null);
                if (code != null) {
                    labels.put(code, group.path("label").asText(code));
                }
            }
        }
        return new InviteeGroups(labels);
    }

    public String label(String code) {
        return labels.getOrDefault(code, code);
    }

    /** The section's groups in its order, then the {@code others} codes it does not list, in their order. */
    public List<Group> ordered(Iterable<String> others) {
        List<Group> ordered = new ArrayList<>();
        labels.forEach((code, label) -> ordered.add(new Group(code, label)));
        for (String code : others) {
            if (!labels.containsKey(code)) {
                ordered.add(new Group(code, code));
            }
        }
        return ordered;
    }
}
